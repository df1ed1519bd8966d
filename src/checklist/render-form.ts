/** The questions and the storage controls of the checklist: everything the visitor answers with. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Checklist } from '../content/kinds.js';
import type { Language } from '../shared/locale.js';
import type { ChecklistStrings } from './checklist-content.js';

export interface QuestionsOptions {
  checklist: Checklist;
  ticked: ReadonlySet<string>;
  strings: ChecklistStrings;
  lang: Language;
  onChange: (event: Event) => void;
}

/**
 * Real checkboxes in a fieldset. No `<form>` and no `name`: nothing here can be submitted, so
 * pressing Enter never puts answers into a URL.
 */
export function renderQuestions({ checklist, ticked, strings, lang, onChange }: QuestionsOptions): TemplateResult {
  return html`<fieldset part="questions" lang=${checklist.lang}>
    <legend>${checklist.legend}</legend>
    <p class="privacy" part="privacy-note" lang=${lang}>${strings.privacyNote}</p>
    <ul class="items" role="list">
      ${checklist.items.map(
        (item) => html`<li>
          <label class="item" part="item">
            <input type="checkbox" part="checkbox" value=${item.id} .checked=${live(ticked.has(item.id))} @change=${onChange} />
            <span>${item.text}</span>
          </label>
        </li>`,
      )}
    </ul>
  </fieldset>`;
}

export interface StorageOptions {
  remember: boolean;
  message: string;
  strings: ChecklistStrings;
  onRememberChange: (event: Event) => void;
  onForget: () => void;
}

export function renderStorage({ remember, message, strings, onRememberChange, onForget }: StorageOptions): TemplateResult {
  return html`<div class="storage" part="storage">
    <label class="remember">
      <input type="checkbox" .checked=${live(remember)} aria-describedby="remember-hint" @change=${onRememberChange} />
      <span>${strings.remember}</span>
    </label>
    <p class="hint" id="remember-hint">${strings.rememberHint}</p>
    <button type="button" @click=${onForget}>${strings.forget}</button>
    <p class="storage-status" role="status">${message}</p>
  </div>`;
}

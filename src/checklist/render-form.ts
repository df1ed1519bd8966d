/** The questions of the checklist: real checkboxes in a fieldset. */
import { html, nothing, type TemplateResult } from 'lit';
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
  const list = (items: Checklist['items'], labelledBy?: string) => html`<ul class="items choices" role="list" aria-labelledby=${labelledBy ?? nothing}>
    ${items.map(
      (item) => html`<li>
        <label class="item choice" part="item">
          <input type="checkbox" part="checkbox" value=${item.id} data-risk=${item.risk ? '' : nothing} .checked=${live(ticked.has(item.id))} @change=${onChange} />
          <span>${item.text}</span>
        </label>
      </li>`,
    )}
  </ul>`;
  // Chunking: a long list reads more easily under a few short subheadings.
  const groups = checklist.groups?.map(
    (group) => html`<div class="group" part="group">
      <h3 class="group-heading" id=${`group-${group.id}`}>${group.title}</h3>
      ${list(
        checklist.items.filter((item) => item.group === group.id),
        `group-${group.id}`,
      )}
    </div>`,
  );
  return html`<fieldset part="questions" lang=${checklist.lang}>
    <legend>${checklist.legend}</legend>
    <p class="privacy" part="privacy-note" lang=${lang}>${strings.privacyNote}</p>
    ${groups ?? list(checklist.items)}
  </fieldset>`;
}

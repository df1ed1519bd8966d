/**
 * The opt-in storage controls under a component's questions: "Remember my answers on this device"
 * (off by default), what that means, "Forget my answers", and a status line that confirms each.
 */
import { css, html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AnswerStorageStrings } from './answer-memory.js';

export interface AnswerStorageViewOptions {
  remember: boolean;
  message: string;
  strings: AnswerStorageStrings;
  onRememberChange: (event: Event) => void;
  onForget: () => void;
}

export function renderAnswerStorage({ remember, message, strings, onRememberChange, onForget }: AnswerStorageViewOptions): TemplateResult {
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

export const answerStorageStyles = css`
  .storage {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding-block-start: var(--_stall-space);
    border-block-start: 1px solid var(--_stall-color-border);
  }
  .remember {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    cursor: pointer;
  }
  .hint,
  .storage-status {
    margin: 0;
    font-size: 0.9em;
  }
`;

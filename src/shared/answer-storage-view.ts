/**
 * The opt-in storage controls under a component's questions: "Remember my answers on this device"
 * (off by default), what that means, "Forget my answers", and a status line that confirms each.
 * They appear once there is something to remember: after a first answer, whenever answers are
 * stored (so "Forget" is always there while anything is kept), and while their status line still
 * says what just happened (so focus on "Forget" survives the click).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AnswerStorageStrings } from './answer-memory.js';

export interface AnswerStorageViewOptions {
  remember: boolean;
  message: string;
  /** The visitor has answered something (or answers came back from storage). */
  answered: boolean;
  /** Whether "Forget" has something to forget (default: shown with the rest); it also stays while the status line speaks, so focus on it survives the click. */
  forgettable?: boolean;
  strings: AnswerStorageStrings;
  onRememberChange: (event: Event) => void;
  onForget: () => void;
}

export function renderAnswerStorage({ remember, message, answered, forgettable = true, strings, onRememberChange, onForget }: AnswerStorageViewOptions): TemplateResult {
  const shown = answered || remember || message !== '';
  // The status line stays in the page, hidden or not, so each confirmation is announced.
  if (!shown) return html`<div class="storage" part="storage" hidden><p class="storage-status" role="status"></p></div>`;
  return html`<div class="storage" part="storage">
    <label class="remember">
      <input type="checkbox" .checked=${live(remember)} aria-describedby="remember-hint" @change=${onRememberChange} />
      <span>${strings.remember}</span>
    </label>
    <p class="hint" id="remember-hint">${strings.rememberHint}</p>
    ${forgettable || remember || message !== '' ? html`<button type="button" @click=${onForget}>${strings.forget}</button>` : nothing}
    <p class="storage-status" role="status">${message}</p>
  </div>`;
}

export const answerStorageStyles = css`
  .storage {
    display: grid;
    gap: var(--_stall-space-s);
    justify-items: start;
  }
  .storage[hidden] {
    display: none;
  }
  /* Like an answer row: the box beside the first line when the label wraps on a phone. */
  .remember {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_stall-space) * 0.75);
    box-sizing: border-box;
    min-block-size: 44px;
    padding-block: 10px;
    cursor: pointer;
  }
  .hint,
  .storage-status {
    margin: 0;
    font-size: var(--_stall-font-size-small);
  }

`;

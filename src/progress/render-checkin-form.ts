/**
 * The check-in itself: each question a group of real radio buttons (arrow keys move between
 * points, and choosing one never moves focus), the safety question, an optional note and Save. No
 * `<form>`: nothing here can be submitted, so pressing Enter never puts answers into a URL.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Progress } from '../content/kinds.js';
import type { ProgressStrings } from './progress-content.js';

/** The answers being given now, before Save. */
export interface CheckinDraft {
  answers: Readonly<Record<string, number>>;
  safety?: string;
  note: string;
}

export interface CheckinFormOptions {
  progress: Progress;
  strings: ProgressStrings;
  draft: CheckinDraft;
  /** The crisis panel, shown right after the safety question while a risk answer is chosen. */
  crisis: TemplateResult | typeof nothing;
  error: string;
  status: string;
  onAnswer: (question: string, value: number) => void;
  onSafety: (answer: string) => void;
  onNote: (note: string) => void;
  onSave: () => void;
}

const NOTE_LIMIT = 200;

export function renderCheckinForm(options: CheckinFormOptions): TemplateResult {
  const { progress, strings, draft } = options;
  const { min, max, anchors } = progress.scale;
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const anchorOf = new Map(anchors.map((a) => [a.value, a.label]));
  return html`<div class="checkin" part="form">
    <fieldset class="questions" part="questions" lang=${progress.lang} aria-describedby="scale-hint">
      <legend>${progress.legend}</legend>
      <p class="scale-hint" id="scale-hint">${anchors.map((a) => `${a.value}: ${a.label}`).join(' · ')}</p>
      ${progress.questions.map(
        (question) => html`<fieldset class="question" part="question">
          <legend>${question.text}</legend>
          <div class="scale">
            ${points.map(
              (value) => html`<label class="point">
                <input type="radio" name=${question.id} .value=${String(value)} .checked=${live(draft.answers[question.id] === value)} @change=${() => options.onAnswer(question.id, value)} />
                <span>${value}</span>${anchorOf.has(value) ? html`<span class="visually-hidden">, ${anchorOf.get(value)}</span>` : nothing}
              </label>`,
            )}
          </div>
        </fieldset>`,
      )}
      <fieldset class="question safety" part="safety">
        <legend>${progress.safety.text}</legend>
        <ul class="choices" role="list">
          ${progress.safety.answers.map(
            (answer) => html`<li>
              <label class="choice">
                <input type="radio" name=${progress.safety.id} .value=${answer.id} .checked=${live(draft.safety === answer.id)} @change=${() => options.onSafety(answer.id)} />
                <span>${answer.label}</span>
              </label>
            </li>`,
          )}
        </ul>
      </fieldset>
      ${options.crisis}
    </fieldset>
    <div class="note">
      <label for="note">${strings.note}</label>
      <input id="note" type="text" maxlength=${NOTE_LIMIT} autocomplete="off" .value=${live(draft.note)} @input=${(e: Event) => options.onNote((e.target as HTMLInputElement).value)} />
    </div>
    <p><button type="button" class="primary" id="save" @click=${options.onSave}>${strings.save}</button></p>
    <p class="form-error" role="alert">${options.error}</p>
    <p class="form-status" role="status">${options.status}</p>
  </div>`;
}

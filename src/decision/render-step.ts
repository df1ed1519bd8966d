/**
 * One step of a decision in a fieldset: the question as the legend's heading (focus moves to it),
 * the help text, and radio buttons (one answer) or checkboxes (the values step). No `<form>`:
 * nothing here can be submitted, so Enter never puts answers into a URL.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Answer, Step } from './decision-flow.js';
import type { DecisionStrings } from './decision-content.js';

export interface StepViewOptions {
  step: Step;
  answer: Answer | undefined;
  /** The language of the decision file (may differ from the UI's). */
  contentLang: string;
  strings: DecisionStrings;
  /** Next was pressed without an answer. */
  missing: boolean;
  onAnswer: (event: Event) => void;
}

export function renderStep({ step, answer, contentLang, strings, missing, onAnswer }: StepViewOptions): TemplateResult {
  const describedBy = [step.help ? 'step-help' : '', step.values ? 'step-hint' : '', missing ? 'step-missing' : ''].filter(Boolean).join(' ');
  return html`<fieldset part="step" aria-describedby=${describedBy || nothing} aria-invalid=${missing ? 'true' : nothing}>
    <legend lang=${contentLang}><h3 id="step-heading" tabindex="-1">${step.question}</h3></legend>
    ${step.help ? html`<p class="help" id="step-help" lang=${contentLang}>${step.help}</p>` : nothing}
    ${step.values ? html`<p class="help" id="step-hint">${strings.valuesHint}</p>` : nothing}
    <ul class="choices" role="list" lang=${contentLang}>
      ${step.answers?.map(
        (choice) => html`<li>
          <label class="choice" part="choice">
            <input type="radio" name=${`step-${step.id}`} value=${choice.id} data-risk=${choice.risk ? '' : nothing} .checked=${live(answer === choice.id)} @change=${onAnswer} />
            <span>${choice.label}</span>
          </label>
        </li>`,
      )}
      ${step.values?.map(
        (value) => html`<li>
          <label class="choice" part="choice">
            <input type="checkbox" value=${value.id} .checked=${live(Array.isArray(answer) && answer.includes(value.id))} @change=${onAnswer} />
            <span>${value.label}</span>
          </label>
        </li>`,
      )}
    </ul>
    ${missing ? html`<p class="missing" id="step-missing" role="alert">${strings.chooseAnswer}</p>` : nothing}
  </fieldset>`;
}

/**
 * The session summary as shown on the page: a heading that takes focus when it opens, the
 * sections as lists, the "not a diagnosis" note, then Print, Copy, Download and Close, with a
 * status line that confirms each action. Print shows only this view (see `print-only.ts`).
 */
import { html, type TemplateResult } from 'lit';
import type { SessionSummary, SessionSummaryStrings } from './session-summary.js';
import type { SessionSummaryActions } from './summary-actions.js';

// The styles live apart so that a component can load this view only when it first opens.
export { sessionSummaryStyles } from './summary-styles.js';

export interface SessionSummaryViewOptions {
  summary: SessionSummary;
  strings: SessionSummaryStrings;
  actions: SessionSummaryActions;
  headingId: string;
  /** Id of the component's title, named with the heading so that two summaries on a page have different names. */
  contextId?: string;
  onClose: () => void;
}

export function renderSessionSummary({ summary, strings, actions, headingId, contextId, onClose }: SessionSummaryViewOptions): TemplateResult {
  return html`<section class="summary" part="summary" aria-labelledby=${contextId ? `${headingId} ${contextId}` : headingId}>
    <h3 id=${headingId} tabindex="-1">${strings.summaryHeading}</h3>
    <p class="summary-intro no-print">${strings.summaryIntro}</p>
    <div class="summary-sheet">
      <p class="summary-title">${summary.title}</p>
      ${summary.sections
        .filter((section) => section.lines.length)
        .map(
          (section) => html`<h4>${section.heading}</h4>
            <ul>
              ${section.lines.map((line) => html`<li>${line}</li>`)}
            </ul>`,
        )}
      <p class="summary-note">${summary.note}</p>
    </div>
    <div class="summary-actions no-print" part="summary-actions">
      <button type="button" @click=${() => actions.print()}>${strings.print}</button>
      <button type="button" @click=${() => actions.copy(summary, strings)}>${strings.copy}</button>
      <button type="button" @click=${() => actions.download(summary, strings)}>${strings.download}</button>
      <button type="button" @click=${onClose}>${strings.summaryClose}</button>
    </div>
    <p class="summary-status no-print" role="status">${actions.message}</p>
  </section>`;
}

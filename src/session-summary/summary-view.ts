/**
 * The session summary as shown on the page: a heading that takes focus when it opens, the
 * sections as lists, the "not a diagnosis" note, then Print, Copy, Download and Close, with a
 * status line that confirms each action. Print shows only this view (see `print-only.ts`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { lineText, type SessionSummary, type SessionSummaryStrings } from './session-summary.js';
import type { SessionSummaryActions } from './summary-actions.js';

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
      <p class="summary-title" lang=${summary.lang ?? nothing}>${summary.title}</p>
      ${summary.sections
        .filter((section) => section.lines.length)
        .map(
          (section) => html`<h4>${section.heading}</h4>
            <ul>
              ${section.lines.map((line) => html`<li lang=${typeof line === 'string' ? nothing : line.lang}>${lineText(line)}</li>`)}
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

export const sessionSummaryStyles = css`
  .summary {
    padding: var(--_stall-space);
    border: 1px solid var(--_stall-color-border);
    border-radius: var(--_stall-radius);
    /* Lines may carry a source's address, a long unbroken word: it wraps on a phone. */
    overflow-wrap: anywhere;
  }
  .summary-title {
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .summary h4 {
    margin: var(--_stall-space) 0 0.25rem;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .summary-note {
    margin: var(--_stall-space) 0 0;
    font-style: italic;
  }
  .summary-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: var(--_stall-space);
  }
  .summary-status {
    margin: 0.5rem 0 0;
  }
  /* data-stall-printing: set by print-only.ts while this component prints. */
  @media print {
    :host([data-stall-printing]) {
      visibility: visible !important;
      color: #000 !important;
      background: #fff !important;
    }
    :host([data-stall-printing]) .no-print {
      display: none !important;
    }
    :host([data-stall-printing]) .summary {
      border: none;
      padding: 0;
    }
  }
`;

/**
 * The session summary's styles, apart from its view (summary-view.ts): a component adopts them
 * with its other styles from the start, and loads the view itself only when the summary can open.
 */
import { css } from 'lit';

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

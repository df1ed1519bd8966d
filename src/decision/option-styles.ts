import { css } from 'lit';

/**
 * The outcome's list of options (render-options.ts): one under another, the ones to look at first
 * marked by an accent rule as well as in words, each one's details behind a disclosure. Part of the
 * decision helper's one sheet (decision-styles.ts), not a sheet of its own.
 */
export const optionStyles = css`
  /* One option under another, divided by a rule: no boxes in the outcome, no half-empty rows. */
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
    border-block-start: 1px solid var(--_stall-color-border);
  }
  .option {
    padding-block: var(--_stall-space-m);
    border-block-end: 1px solid var(--_stall-color-border);
    background: var(--stall-decision-option-background, transparent);
  }
  /* An option the outcome suggests looking at first: an accent rule beside it as well as the words. */
  .option.first {
    padding-inline-start: var(--_stall-space-m);
    border-inline-start: 4px solid var(--_stall-color-accent);
  }
  .option h5 {
    margin: 0 0 var(--_stall-space-xs);
    font-size: var(--_stall-font-size-h4);
    line-height: 1.25;
  }
  .badge {
    display: inline-block;
    margin: 0 0 var(--_stall-space-xs);
    padding: 0.1rem var(--_stall-space-s);
    border: 1px solid var(--_stall-color-accent);
    border-radius: 999px;
    color: var(--_stall-color-accent);
    font-weight: 700;
    font-size: var(--_stall-font-size-small);
  }
  .option-details summary {
    display: list-item;
    min-block-size: 24px;
    padding-block: var(--_stall-space-xs);
    color: var(--_stall-color-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .option-details[open] summary {
    margin-block-end: var(--_stall-space-s);
  }
  .fits {
    margin: 0 0 var(--_stall-space-xs);
    font-style: italic;
  }
`;

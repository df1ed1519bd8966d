import { css } from 'lit';

export const decisionStyles = css`
  :host {
    --_stall-choice-background: var(--stall-decision-choice-background, transparent);
    --_stall-choice-background-checked: var(--stall-decision-choice-background-checked, var(--_stall-color-accent-tint));
  }
  .decision,
  .view,
  .outcome {
    display: grid;
    gap: var(--_stall-space-l);
  }
  /* A readable line length on a wide page (GOV.UK's two-thirds column). */
  .decision {
    max-inline-size: var(--stall-max-width, 48rem);
  }
  .outcome {
    gap: var(--_stall-space-m);
  }
  .head h2 {
    margin-block-end: var(--_stall-space-s);
  }
  .view > p,
  .decision-statement,
  .privacy,
  .progress,
  .help,
  .values,
  .not-advice,
  .compare-intro {
    margin: 0;
  }
  .privacy {
    font-size: var(--_stall-font-size-small);
  }
  .progress {
    font-weight: 600;
  }
  legend h3 {
    margin: 0;
    font-size: 1em;
  }
  .help {
    margin-block-end: 0.75rem;
  }
  .missing {
    margin: 0.75rem 0 0;
    font-weight: 600;
    color: var(--_stall-color-emergency);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .nav .restart {
    margin-inline-start: auto;
  }
  .outcome {
    border-radius: var(--_stall-radius);
    background: var(--stall-decision-outcome-background, var(--_stall-color-surface));
  }
  .outcome h3,
  .outcome-summary > :first-child {
    margin-block: 0;
  }
  .outcome-summary > :last-child {
    margin-block-end: 0;
  }
  .not-advice {
    font-weight: 600;
  }
  .compare {
    display: grid;
    gap: var(--_stall-space-s);
  }
  .outcome h4 {
    margin-block: var(--_stall-space-s) 0;
  }
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
  .like {
    margin: 0;
  }
  .label {
    font-weight: 600;
    margin: 0.75rem 0 0.25rem;
  }
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: 0 var(--_stall-space);
  }
  .sides ul,
  .next-steps,
  .questions {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .about {
    padding-block-start: var(--_stall-space-m);
    border-block-start: 1px solid var(--_stall-color-border);
    font-size: var(--_stall-font-size-small);
  }
  .about summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 24px;
  }
  .about dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.5rem 1rem;
    margin: var(--_stall-space) 0 0;
  }
  .about dt {
    font-weight: 600;
  }
  .about dd {
    margin: 0;
  }
  .sources {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .sources li + li {
    margin-block-start: var(--_stall-space-xs);
  }
  .outcome sup.citation {
    line-height: 0;
  }
  .outcome sup.citation a {
    display: inline;
    text-decoration: none;
  }
  .sources a {
    display: inline;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    .about dl {
      grid-template-columns: 1fr;
    }
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .option.first {
      border-color: Highlight;
    }
  }
  /* While the summary prints (print-only.ts marks the host), nothing else of the decision prints. */
  @media print {
    :host([data-stall-printing]) .decision > :not(.view),
    :host([data-stall-printing]) .view > :not(.summary) {
      display: none !important;
    }
  }
`;

import { css } from 'lit';

export const decisionStyles = css`
  :host {
    --_stall-choice-background: var(--stall-decision-choice-background, transparent);
    --_stall-choice-background-checked: var(--stall-decision-choice-background-checked, light-dark(#eef4fb, #1b2a3d));
  }
  .decision,
  .view,
  .outcome {
    display: grid;
    gap: calc(var(--_stall-space) * 1.25);
  }
  .outcome {
    gap: var(--_stall-space);
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
    font-size: 0.95em;
  }
  .progress {
    font-weight: 600;
  }
  legend h3 {
    margin: 0;
    font-size: 1.15em;
  }
  h3:focus,
  legend h3:focus {
    outline: var(--_stall-focus-ring);
    outline-offset: 4px;
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
    padding: var(--_stall-space);
    border-radius: var(--_stall-radius);
    background: var(--stall-decision-outcome-background, var(--_stall-color-surface));
  }
  .outcome h3,
  .outcome h4,
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
    gap: 0.5rem;
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_stall-space);
  }
  .option {
    padding: var(--_stall-space);
    border: 1px solid var(--_stall-color-border);
    border-radius: var(--_stall-radius);
    background: var(--stall-decision-option-background, transparent);
  }
  .option.first {
    border: 3px solid var(--_stall-color-accent);
  }
  .option h5 {
    margin: 0 0 0.5rem;
    font-size: 1.05em;
  }
  .badge {
    display: inline-block;
    margin: 0 0 0.5rem;
    padding: 0.1rem 0.5rem;
    border: 1px solid var(--_stall-color-accent);
    border-radius: 999px;
    color: var(--_stall-color-accent);
    font-weight: 700;
    font-size: 0.9em;
  }
  .fits {
    margin: 0 0 0.5rem;
    font-style: italic;
  }
  .like {
    margin: 0;
  }
  .evidence {
    margin: 0.5rem 0 0;
    font-size: 0.95em;
  }
  .evidence dt {
    font-weight: 600;
  }
  .evidence dd {
    margin: 0 0 0.25rem;
  }
  .evidence-quality,
  .problem {
    overflow-wrap: break-word;
  }
  .about dd p {
    margin: 0 0 0.25rem;
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
    padding-block-start: var(--_stall-space);
    border-block-start: 1px solid var(--_stall-color-border);
    /* Source addresses are long unbroken words: they wrap rather than widen a phone's page. */
    overflow-wrap: anywhere;
  }
  .about summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 24px;
  }
  .about dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr);
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
    padding-inline-start: 1.25rem;
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
    .option,
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
  /* A prerendered page without script: the crisis panel shows once a risk answer is chosen. */
  .crisis-when-chosen {
    display: none;
  }
  .decision:has(input[data-risk]:checked) .crisis-when-chosen {
    display: block;
  }
`;

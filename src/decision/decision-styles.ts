import { css } from 'lit';
import { optionStyles } from './option-styles.js';

export const decisionStyles = css`
  ${optionStyles}
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
    margin-block-end: var(--_stall-space-s);
  }
  .missing {
    margin: var(--_stall-space-s) 0 0;
    font-weight: 600;
    color: var(--_stall-color-emergency);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_stall-space-s);
    align-items: center;
  }
  /* As tall as the button it stands for, so that nothing below moves when the button comes. */
  .needs-script {
    display: flex;
    align-items: center;
    min-block-size: 44px;
    margin: 0;
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
  .like {
    margin: 0;
  }
  .evidence {
    margin: var(--_stall-space-s) 0 0;
    font-size: var(--_stall-font-size-small);
  }
  .evidence dt {
    font-weight: 600;
  }
  .evidence dd {
    margin: 0 0 var(--_stall-space-xs);
  }
  .evidence-quality,
  .problem {
    overflow-wrap: break-word;
  }
  .problem > :last-child {
    margin-block-end: 0;
  }
  .about dd p {
    margin: 0 0 var(--_stall-space-xs);
  }
  .label {
    font-weight: 600;
    margin: var(--_stall-space-s) 0 var(--_stall-space-xs);
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
    gap: var(--_stall-space-s) var(--_stall-space-m);
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
  /* A prerendered page without script: the crisis panel shows once a risk answer is chosen. */
  .crisis-when-chosen {
    display: none;
  }
  .decision:has(input[data-risk]:checked) .crisis-when-chosen {
    display: block;
  }
`;

import { css } from 'lit';

export const checklistStyles = css`
  :host {
    --_stall-choice-background: var(--stall-checklist-item-background, transparent);
    --_stall-choice-background-checked: var(--stall-checklist-item-background-checked, light-dark(#eef4fb, #1b2a3d));
  }
  .checklist {
    display: grid;
    gap: calc(var(--_stall-space) * 1.25);
  }
  .intro > :first-child {
    margin-block-start: 0;
  }
  .intro > :last-child {
    margin-block-end: 0;
  }
  .privacy {
    margin: 0 0 var(--_stall-space);
    font-size: 0.95em;
  }
  .group + .group {
    margin-block-start: var(--_stall-space);
  }
  .group-heading {
    font-size: 1.05em;
    margin: 0 0 0.5rem;
  }
  .results {
    display: grid;
    gap: var(--_stall-space);
    padding: var(--_stall-space);
    border-radius: var(--_stall-radius);
    background: var(--stall-checklist-results-background, var(--_stall-color-surface));
  }
  .results:not(:has(.crisis-panel, .themes, .summary, button)) .results-heading {
    margin: 0;
  }
  .status p {
    margin: 0 0 0.5rem;
  }
  .status p:last-child {
    font-weight: 600;
    margin: 0;
  }
  .themes {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_stall-space);
  }
  .theme {
    padding: var(--_stall-space);
    border: 1px solid var(--_stall-color-border);
    border-radius: var(--_stall-radius);
  }
  .theme h4 {
    margin: 0 0 0.5rem;
    font-size: 1.05em;
  }
  .label {
    font-weight: 600;
    margin: 0.75rem 0 0.25rem;
  }
  .helps > :first-child {
    margin-block-start: 0;
  }
  .starter {
    margin: 0 0 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--_stall-color-accent);
    font-style: italic;
  }
  .starter p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .theme {
      border-color: ButtonText;
    }
  }
  /* While the summary prints (print-only.ts marks the host), nothing else of the checklist prints. */
  @media print {
    :host([data-stall-printing]) .checklist > :not(.results),
    :host([data-stall-printing]) .results > :not(.summary) {
      display: none !important;
    }
    :host([data-stall-printing]) .results {
      padding: 0;
      background: none;
    }
  }
  /* A prerendered page without script: the crisis panel shows once the risk item is ticked. */
  .crisis-when-ticked {
    display: none;
  }
  .checklist:has(input[data-risk]:checked) .crisis-when-ticked {
    display: block;
  }
`;

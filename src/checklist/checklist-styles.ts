import { css } from 'lit';

export const checklistStyles = css`
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
  fieldset {
    margin: 0;
    padding: var(--_stall-space);
    border: 1px solid var(--_stall-color-border);
    border-radius: var(--_stall-radius);
    min-inline-size: 0;
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: 700;
  }
  .privacy {
    margin: 0 0 var(--_stall-space);
    font-size: 0.95em;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 0.5rem;
    border-radius: calc(var(--_stall-radius) / 2);
    background: var(--stall-checklist-item-background, transparent);
    cursor: pointer;
    transition: background-color 150ms ease-out;
  }
  .item:has(input:checked) {
    background: var(--stall-checklist-item-background-checked, light-dark(#eef4fb, #1b2a3d));
  }
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_stall-color-accent);
    cursor: pointer;
  }
  .storage {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding-block-start: var(--_stall-space);
    border-block-start: 1px solid var(--_stall-color-border);
  }
  .remember {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    cursor: pointer;
  }
  .hint,
  .storage-status {
    margin: 0;
    font-size: 0.9em;
  }
  button {
    font: inherit;
    padding: 0.4rem 0.9rem;
    border: 2px solid var(--_stall-color-accent);
    border-radius: var(--_stall-radius);
    background: transparent;
    color: var(--_stall-color-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_stall-color-accent);
    color: var(--stall-color-on-accent, light-dark(#ffffff, #0b1220));
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
  .crisis-panel {
    animation: stall-appear 200ms ease-out;
  }
  .error {
    padding: var(--_stall-space);
    border: 2px solid var(--_stall-color-border);
    border-radius: var(--_stall-radius);
  }
  .issues code {
    white-space: pre-wrap;
  }
  @keyframes stall-appear {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .item:has(input:checked) {
      outline: 2px solid Highlight;
    }
    button,
    fieldset,
    .theme {
      border-color: ButtonText;
    }
    button.primary {
      background: ButtonFace;
      color: ButtonText;
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
`;

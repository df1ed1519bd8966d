import { css } from 'lit';

export const checklistStyles = css`
  :host {
    --_stall-choice-background: var(--stall-checklist-item-background, transparent);
    --_stall-choice-background-checked: var(--stall-checklist-item-background-checked, var(--_stall-color-accent-tint));
  }
  /* A readable line length on a wide page (GOV.UK's two-thirds column). */
  .checklist {
    display: grid;
    gap: var(--_stall-space-l);
    max-inline-size: var(--stall-max-width, 48rem);
  }
  .heading h2 {
    margin-block-end: var(--_stall-space-s);
  }
  .intro > :first-child {
    margin-block-start: 0;
  }
  .intro > :last-child {
    margin-block-end: 0;
  }
  .privacy {
    margin: 0 0 var(--_stall-space-m);
    font-size: var(--_stall-font-size-small);
  }
  /* The results share the questions' left edge (no inset of their own). */
  .group + .group {
    margin-block-start: var(--_stall-space);
  }
  .group-heading {
    font-size: var(--_stall-font-size-h4);
    margin: 0 0 var(--_stall-space-s);
  }
  .results {
    display: grid;
    gap: var(--_stall-space-m);
    border-radius: var(--_stall-radius);
    background: var(--stall-checklist-results-background, var(--_stall-color-surface));
  }
  /* Nothing ticked yet: no empty area. The live status stays in the accessibility tree, so its
     first sentence is announced. A prerendered page's crisis panel waits hidden until the risk item is ticked. */
  .results:not(:has(:is(.status p, .crisis-panel, .themes, .summary, button):not(.crisis-when-ticked *))):not(.checklist:has(input[data-risk]:checked) *) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .results-heading {
    margin: 0;
  }
  .status p {
    margin: 0 0 var(--_stall-space-s);
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
    gap: var(--_stall-space-l);
  }
  /* A theme is set off by a single accent rule, not a box inside the results. */
  .theme {
    padding-inline-start: var(--_stall-space-m);
    border-inline-start: 4px solid var(--_stall-color-accent);
  }
  .theme h4 {
    margin: 0 0 var(--_stall-space-s);
  }
  .label {
    font-weight: 600;
    margin: var(--_stall-space-s) 0 var(--_stall-space-xs);
  }
  .helps > :first-child {
    margin-block-start: 0;
  }
  /* A list in the theme's text is a first-level list to the reader, not one nested in the themes. */
  .helps ul {
    list-style-type: disc;
  }
  /* Inside a theme that already has its accent rule: set off by italics and an inset, not a second rule. */
  .starter {
    margin: 0 0 var(--_stall-space-s);
    padding-inline-start: var(--_stall-space-m);
    font-style: italic;
  }
  .starter p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .theme {
      border-color: CanvasText;
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

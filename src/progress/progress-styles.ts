import { css } from 'lit';
import { chartStyles } from './chart-styles.js';

export const progressStyles = [
  chartStyles,
  css`
  .progress,
  .checkin,
  .history,
  .tools,
  .signals {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_stall-space);
    min-inline-size: 0;
  }
  /* A readable line length on a wide page, the same column as the checklist and the decision. */
  .progress {
    gap: var(--_stall-space-l);
    max-inline-size: var(--stall-max-width, 48rem);
  }
  /* Title, intro and the privacy line: one rhythm, no paragraphs glued together. */
  .heading {
    display: grid;
    gap: var(--_stall-space-s);
  }
  .heading h2 {
    margin: 0;
  }
  .intro > :first-child {
    margin-block-start: 0;
  }
  .intro > :last-child,
  .privacy,
  .scale-hint,
  .summary,
  .checkin > p,
  .tools > p {
    margin: 0;
  }
  .questions {
    display: grid;
    gap: var(--_stall-space);
  }
  /* A grid item here (the legend is floated, see styles.ts): the grid's gap spaces it. */
  .questions > legend {
    margin: 0;
  }
  .question {
    border: none;
    padding: 0;
  }
  .question legend {
    padding: 0;
    margin-block-end: var(--_stall-space-s);
    font-weight: 600;
    font-size: var(--_stall-font-size-h4);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_stall-space-xs);
  }
  /* A scale point: its radio and number, the whole box a 44 px target. */
  .point {
    display: grid;
    justify-items: center;
    gap: 0.125rem;
    min-inline-size: 2.5rem;
    padding: var(--_stall-space-xs);
    border: 1px solid var(--_stall-color-border);
    border-radius: calc(var(--_stall-radius) / 2);
    cursor: pointer;
  }
  .point:has(input:checked) {
    background: var(--_stall-color-accent-tint);
    outline: 2px solid var(--_stall-color-accent);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .note {
    display: grid;
    gap: var(--_stall-space-xs);
  }
  .note input {
    font: inherit;
    box-sizing: border-box;
    min-block-size: 44px;
    padding: var(--_stall-space-xs) var(--_stall-space-s);
    max-inline-size: 100%;
    border: 1px solid var(--_stall-color-border);
    border-radius: calc(var(--_stall-radius) / 2);
    background: transparent;
    color: inherit;
  }
  .form-error:not(:empty) {
    color: var(--_stall-color-emergency);
    font-weight: 600;
  }
  .summary {
    font-weight: 600;
  }
  .signals {
    gap: var(--_stall-space-s);
  }
  .signals h4 {
    margin: 0;
  }
  .signal-list,
  .links,
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .signal {
    padding: var(--_stall-space);
    border-inline-start: 0.25rem solid var(--_stall-color-accent);
    background: var(--_stall-color-surface);
  }
  .signal p,
  .not-a-verdict {
    margin: 0 0 var(--_stall-space-s);
  }
  .label {
    font-weight: 600;
  }
  .starter {
    margin: 0 0 var(--_stall-space-s);
    font-style: italic;
  }
  .links {
    display: grid;
    gap: var(--_stall-space-xs);
  }
  .show-each {
    display: flex;
    align-items: center;
    gap: calc(var(--_stall-space) * 0.75);
    cursor: pointer;
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_stall-space-xs);
  }
  th,
  td {
    padding: var(--_stall-space-xs) var(--_stall-space-s);
    border-block-end: 1px solid var(--_stall-color-border);
    text-align: start;
    vertical-align: top;
  }
  /* A date on one line: "Nov 29, 2026" broken over three made every row three lines tall on a phone. */
  tbody th {
    white-space: nowrap;
  }
  .note-cell {
    min-inline-size: 8rem;
  }
  .file-actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_stall-space-s);
    align-items: center;
  }
  .confirm {
    padding: var(--_stall-space);
    border: 2px solid var(--_stall-color-border);
    border-radius: var(--_stall-radius);
  }
  .confirm p {
    flex-basis: 100%;
  }
  /* On a line of its own: its label above its button does not sit in a row of plain buttons. */
  .import {
    flex-basis: 100%;
    justify-items: start;
    display: grid;
    gap: var(--_stall-space-xs);
    max-inline-size: 100%;
  }
  .import input {
    font: inherit;
    max-inline-size: 100%;
  }
  /* The browser's own "Choose file" button, drawn like the other secondary buttons. */
  .import input::file-selector-button {
    font: inherit;
    font-weight: 600;
    min-block-size: 44px;
    margin-inline-end: var(--_stall-space-s);
    padding: var(--_stall-space-xs) var(--_stall-space-m);
    border: 2px solid var(--_stall-color-accent);
    border-radius: var(--_stall-radius);
    background: transparent;
    color: var(--_stall-color-accent);
    cursor: pointer;
  }
  .file-error:not(:empty) {
    color: var(--_stall-color-emergency);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .point:has(input:checked) {
      outline-color: Highlight;
    }
  }
  /* While printing (print-only.ts marks the host), only the chart, the table and the summary print. */
  @media print {
    :host([data-stall-printing]) .progress > :not(.history),
    :host([data-stall-printing]) .history > :is(.signals, .show-each) {
      display: none !important;
    }
    :host([data-stall-printing]) .table-wrap {
      overflow: visible;
    }
  }
`,
];

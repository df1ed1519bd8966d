import { css } from 'lit';

export const progressStyles = css`
  :host {
    --_stall-progress-line-1: var(--stall-progress-line-1, light-dark(#8a4b00, #f0b46b));
    --_stall-progress-line-2: var(--stall-progress-line-2, light-dark(#6b3fa0, #c9a7f2));
    --_stall-progress-line-3: var(--stall-progress-line-3, light-dark(#1d6b35, #8fd6a0));
    --_stall-progress-line-4: var(--stall-progress-line-4, light-dark(#00607a, #7fd3e8));
  }
  .progress,
  .checkin,
  .history,
  .tools {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_stall-space);
    min-inline-size: 0;
  }
  .progress {
    gap: calc(var(--_stall-space) * 1.5);
  }
  .intro > :first-child {
    margin-block-start: 0;
  }
  .intro > :last-child,
  .privacy,
  .scale-hint,
  .summary,
  .checkin p,
  .tools p {
    margin: 0;
  }
  .questions {
    display: grid;
    gap: var(--_stall-space);
  }
  .question {
    border: none;
    padding: 0;
  }
  .question legend {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 600;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  /* A scale point: its radio and number, the whole box a 44 px target. */
  .point {
    display: grid;
    justify-items: center;
    gap: 0.125rem;
    min-inline-size: 2.5rem;
    padding: 0.25rem;
    border: 1px solid var(--_stall-color-border);
    border-radius: calc(var(--_stall-radius) / 2);
    cursor: pointer;
  }
  .point:has(input:checked) {
    background: light-dark(#eef4fb, #1b2a3d);
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
    gap: 0.25rem;
  }
  .note input {
    font: inherit;
    padding: 0.4rem;
    max-inline-size: 100%;
    border: 1px solid var(--_stall-color-border);
    border-radius: calc(var(--_stall-radius) / 2);
    background: transparent;
    color: inherit;
  }
  .error:not(:empty) {
    color: var(--_stall-color-emergency);
    font-weight: 600;
  }
  .history h3:focus,
  .confirm p:focus {
    outline: var(--_stall-focus-ring);
    outline-offset: 4px;
  }
  .summary {
    font-weight: 600;
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
    margin: 0 0 0.5rem;
  }
  .label {
    font-weight: 600;
  }
  .starter {
    margin: 0 0 0.75rem;
    font-style: italic;
  }
  .links {
    display: grid;
    gap: 0.25rem;
  }
  .chart-figure {
    margin: 0;
  }
  /* Drawn at the width it is given (chart-width.ts), so it never widens the layout it measures. */
  .chart {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  .grid {
    stroke: var(--_stall-color-border);
    stroke-width: 1;
  }
  .tick,
  .axis {
    fill: currentColor;
    font-size: 13px;
  }
  .line polyline,
  line.line {
    fill: none;
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .line circle {
    stroke: none;
  }
  .overall polyline,
  line.overall {
    stroke: var(--_stall-color-accent);
    stroke-width: 3;
  }
  .overall circle {
    fill: var(--_stall-color-accent);
  }
  .q0 { stroke: var(--_stall-progress-line-1); fill: var(--_stall-progress-line-1); stroke-dasharray: 6 4; }
  .q1 { stroke: var(--_stall-progress-line-2); fill: var(--_stall-progress-line-2); stroke-dasharray: 2 4; }
  .q2 { stroke: var(--_stall-progress-line-3); fill: var(--_stall-progress-line-3); stroke-dasharray: 10 4 2 4; }
  .q3 { stroke: var(--_stall-progress-line-4); fill: var(--_stall-progress-line-4); stroke-dasharray: 1 5; }
  .q0 polyline, .q1 polyline, .q2 polyline, .q3 polyline { fill: none; }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block-start: 0.5rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  .show-each {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    cursor: pointer;
  }
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    font-size: 0.95em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--_stall-color-border);
    text-align: start;
    vertical-align: top;
  }
  .note-cell {
    min-inline-size: 8rem;
  }
  .file-actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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
  .import {
    display: grid;
    gap: 0.25rem;
    max-inline-size: 100%;
  }
  .import input {
    font: inherit;
    max-inline-size: 100%;
  }
  .file-error:not(:empty) {
    color: var(--_stall-color-emergency);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .overall polyline, .q0, .q1, .q2, .q3, line.line {
      stroke: CanvasText;
    }
    .line circle {
      fill: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
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
`;

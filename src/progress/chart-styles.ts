import { css } from 'lit';

/**
 * The chart's look: the average line in the accent colour, each question's line in a colour of its
 * own with its own dash pattern (told apart without colour too), all in CanvasText under forced
 * colours. Colours come in light and dark pairs that keep 3:1 on the page.
 */
export const chartStyles = css`
  :host {
    --_stall-progress-line-1: var(--stall-progress-line-1, light-dark(#8a4b00, #f0b46b));
    --_stall-progress-line-2: var(--stall-progress-line-2, light-dark(#6b3fa0, #c9a7f2));
    --_stall-progress-line-3: var(--stall-progress-line-3, light-dark(#1d6b35, #8fd6a0));
    --_stall-progress-line-4: var(--stall-progress-line-4, light-dark(#00607a, #7fd3e8));
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
  .q3 { stroke: var(--_stall-progress-line-4); fill: var(--_stall-progress-line-4); stroke-dasharray: 12 3 2 3 2 3; }
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
  }
`;

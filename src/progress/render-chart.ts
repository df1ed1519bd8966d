/**
 * The chart of every check-in: an SVG drawn here (no chart library), one unit per CSS pixel of the
 * width it is given so its labels stay readable on a phone. The average of each check-in is the
 * main line; each question gets a line of its own on demand, told apart by dash pattern as well as
 * colour so the chart also reads in forced colours and for colour-blind visitors. The same data is
 * in the table below it.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Progress } from '../content/kinds.js';
import type { Checkin } from '../content/progress-schema.js';
import { fillText } from '../shared/locale.js';
import type { ProgressStrings } from './progress-content.js';
import { averageOf } from './progress-trend.js';

export interface ChartOptions {
  progress: Progress;
  checkins: readonly Checkin[];
  strings: ProgressStrings;
  showEach: boolean;
  /** The width the chart has, in CSS pixels. */
  width: number;
  summary: string;
}

const HEIGHT = 220;
const PAD = { left: 32, right: 14, top: 12, bottom: 40 };
/** Per-question line styles (dash pattern and colour, in progress-styles.ts), in question order. */
const LINE_STYLES = 4;

interface Series {
  name: string;
  values: (number | undefined)[];
  className: string;
}

export function renderChart({ progress, checkins, strings, showEach, width, summary }: ChartOptions): TemplateResult {
  const w = Math.max(260, Math.round(width));
  const { min, max } = progress.scale;
  const plotW = w - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const n = checkins.length;
  const x = (i: number) => PAD.left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => PAD.top + ((max - v) / (max - min)) * plotH;
  const series: Series[] = [
    ...(showEach ? progress.questions.map((q, k) => ({ name: q.short, values: checkins.map((c) => c.answers[q.id]), className: `line q${k % LINE_STYLES}` })) : []),
    { name: strings.overall, values: checkins.map((c) => averageOf(c, progress)), className: 'line overall' },
  ];
  // Label about ten check-ins at most, so the numbers never overlap.
  const step = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(plotW / 36))));
  const chart = html`<svg class="chart" part="chart" viewBox="0 0 ${w} ${HEIGHT}" role="img" aria-label=${`${strings.chartLabel}. ${summary}`}>
    ${progress.scale.anchors.map(
      (a) => svg`<line class="grid" x1=${PAD.left} x2=${w - PAD.right} y1=${y(a.value)} y2=${y(a.value)}></line>
        <text class="tick" x=${PAD.left - 6} y=${y(a.value) + 4} text-anchor="end">${a.value}</text>`,
    )}
    ${checkins.map((_, i) => (i % step === 0 || i === n - 1 ? svg`<text class="tick" x=${x(i)} y=${HEIGHT - PAD.bottom + 18} text-anchor="middle">${i + 1}</text>` : nothing))}
    <text class="axis" x=${PAD.left + plotW / 2} y=${HEIGHT - 4} text-anchor="middle">${fillText(strings.checkinNumber, { n: '' }).trim()}</text>
    ${series.map((s) => renderSeries(s, x, y))}
  </svg>`;
  return html`<figure class="chart-figure">
    ${chart}
    ${showEach
      ? html`<ul class="legend" role="list" aria-hidden="true">
          ${series.map(
            (s) => html`<li><svg width="32" height="12" viewBox="0 0 32 12"><line class=${s.className} x1="2" x2="30" y1="6" y2="6"></line></svg>${s.name}</li>`,
          )}
        </ul>`
      : nothing}
  </figure>`;
}

function renderSeries(series: Series, x: (i: number) => number, y: (v: number) => number) {
  const points = series.values.flatMap((v, i) => (v === undefined ? [] : [[x(i), y(v)] as const]));
  return svg`<g class=${series.className}>
    <polyline points=${points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}></polyline>
    ${points.map(([px, py]) => svg`<circle cx=${px.toFixed(1)} cy=${py.toFixed(1)} r="3.5"></circle>`)}
  </g>`;
}

/** How things are moving: the one-sentence summary, the signals, the chart and the table. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Progress } from '../content/kinds.js';
import type { Checkin } from '../content/progress-schema.js';
import { followSamePageLink } from '../shared/article-link.js';
import type { ProgressStrings } from './progress-content.js';
import { signalsFor, summarySentence } from './progress-trend.js';
import { renderChart } from './render-chart.js';
import { renderSignals } from './render-signals.js';
import { renderTable } from './render-table.js';

export interface HistoryOptions {
  progress: Progress;
  checkins: readonly Checkin[];
  strings: ProgressStrings;
  /** The page's BCP 47 tag, for dates and numbers. */
  langTag: string;
  showEach: boolean;
  chartWidth: number;
  articleHref: string;
  checklistHref: string;
  onShowEach: (show: boolean) => void;
}

export function renderHistory(o: HistoryOptions): TemplateResult {
  const { progress, checkins, strings } = o;
  const summary = summarySentence(progress, checkins);
  return html`<section class="history" part="history" aria-labelledby="history-heading" @click=${followSamePageLink}>
    <h3 id="history-heading" tabindex="-1">${strings.historyHeading}</h3>
    <p class="summary" part="summary" lang=${progress.lang}>${summary}</p>
    ${renderSignals({ progress, signals: signalsFor(progress, checkins), strings, articleHref: o.articleHref, checklistHref: o.checklistHref })}
    ${checkins.length
      ? html`${renderChart({ progress, checkins, strings, showEach: o.showEach, width: o.chartWidth, summary })}
          <label class="show-each">
            <input type="checkbox" .checked=${o.showEach} @change=${(e: Event) => o.onShowEach((e.target as HTMLInputElement).checked)} />
            <span>${strings.showEach}</span>
          </label>
          ${renderTable(progress, checkins, strings, o.langTag)}`
      : nothing}
  </section>`;
}

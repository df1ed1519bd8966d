/** The check-ins as a table: the chart's data for screen readers, print and anyone who prefers numbers. */
import { html, type TemplateResult } from 'lit';
import type { Progress } from '../content/kinds.js';
import type { Checkin } from '../content/progress-schema.js';
import type { ProgressStrings } from './progress-content.js';
import { averageOf } from './progress-trend.js';

export function renderTable(progress: Progress, checkins: readonly Checkin[], strings: ProgressStrings, lang: string): TemplateResult {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  // A wide table scrolls inside its own focusable region; the page never scrolls sideways.
  return html`<div class="table-wrap" role="region" aria-labelledby="table-caption" tabindex="0">
    <table part="table">
      <caption id="table-caption">${strings.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${strings.dateColumn}</th>
          ${progress.questions.map((q) => html`<th scope="col">${q.short}</th>`)}
          <th scope="col">${strings.overall}</th>
          <th scope="col">${strings.noteColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${checkins.map((c) => {
          const average = averageOf(c, progress);
          return html`<tr>
            <th scope="row">${date.format(new Date(c.savedAt))}</th>
            ${progress.questions.map((q) => html`<td>${c.answers[q.id] ?? '–'}</td>`)}
            <td>${average === undefined ? '–' : number.format(average)}</td>
            <td class="note-cell">${c.note ?? ''}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/**
 * What the visitor can do with their check-ins: keep them on this device (off by default), export
 * them as JSON or CSV, import an export back, print the chart and table, and forget them all after
 * a confirmation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderAnswerStorage } from '../shared/answer-storage-view.js';
import { fillText } from '../shared/locale.js';
import type { ProgressStrings } from './progress-content.js';

export interface ToolsOptions {
  strings: ProgressStrings;
  count: number;
  keep: boolean;
  storageMessage: string;
  confirmingForget: boolean;
  fileMessage: string;
  fileError: string;
  onKeepChange: (event: Event) => void;
  onForgetAsk: () => void;
  onForgetAnswer: (forget: boolean) => void;
  onExport: (format: 'json' | 'csv') => void;
  onImport: (event: Event) => void;
  onPrint: () => void;
}

export function renderTools(o: ToolsOptions): TemplateResult {
  const { strings } = o;
  const has = o.count > 0;
  return html`<section class="tools" part="tools" aria-labelledby="tools-heading">
    <h3 id="tools-heading">${strings.toolsHeading}</h3>
    ${renderAnswerStorage({ remember: o.keep, message: o.storageMessage, answered: true, forgettable: has, strings, onRememberChange: o.onKeepChange, onForget: o.onForgetAsk })}
    ${o.confirmingForget
      ? html`<div class="confirm" part="confirm" role="group" aria-labelledby="forget-question">
          <p id="forget-question" tabindex="-1">${fillText(strings.forgetConfirm, { count: String(o.count) })}</p>
          <button type="button" class="danger" @click=${() => o.onForgetAnswer(true)}>${strings.forgetYes}</button>
          <button type="button" id="forget-keep" @click=${() => o.onForgetAnswer(false)}>${strings.forgetNo}</button>
        </div>`
      : nothing}
    <div class="file-actions" part="file-actions">
      ${has
        ? html`<button type="button" @click=${() => o.onExport('json')}>${strings.exportJson}</button>
            <button type="button" @click=${() => o.onExport('csv')}>${strings.exportCsv}</button>
            <button type="button" @click=${o.onPrint}>${strings.print}</button>`
        : nothing}
      <label class="import">
        <span>${strings.importFile}</span>
        <input type="file" accept=".json,application/json" @change=${o.onImport} />
      </label>
    </div>
    <p class="file-error" role="alert">${o.fileError}</p>
    <p class="file-status" role="status">${o.fileMessage}</p>
  </section>`;
}

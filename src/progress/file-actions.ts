import type { ReactiveControllerHost } from 'lit';
import type { Progress } from '../content/kinds.js';
import type { CheckinHistory } from './checkin-history.js';
import { checkinCsv, checkinFile, download, readCheckinFile } from './checkin-files.js';
import type { ProgressStrings } from './progress-content.js';
import { fillText } from '../shared/locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Export (JSON or CSV) and Import of a visitor's check-ins, and what to say after each: a polite
 * confirmation, or an error (announced at once) that says what is wrong with the file.
 */
export class CheckinFileActions {
  message = '';
  error = '';
  private readonly host: Host;
  private readonly history: CheckinHistory;

  constructor(host: Host, history: CheckinHistory) {
    this.host = host;
    this.history = history;
  }

  clear(): void {
    this.message = '';
    this.error = '';
    this.host.requestUpdate();
  }

  export(progress: Progress, format: 'json' | 'csv', strings: ProgressStrings): void {
    const name = `${strings.exportName}.${format}`;
    const checkins = this.history.checkins;
    if (format === 'json') download(this.host, name, 'application/json', JSON.stringify(checkinFile(progress, checkins), null, 2));
    else download(this.host, name, 'text/csv;charset=utf-8', checkinCsv(progress, checkins, strings));
    this.error = '';
    this.message = fillText(strings.exported, { file: name });
    this.host.requestUpdate();
  }

  /** Reads the file picked in `input`, then merges its check-ins without duplicates. */
  async import(progress: Progress, input: HTMLInputElement, strings: ProgressStrings): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const result = await readCheckinFile(file, progress, strings);
    // Emptied so that choosing the same file again is a change, and imports again.
    input.value = '';
    this.message = '';
    this.error = result.ok ? '' : result.message;
    if (result.ok) {
      const { added, skipped } = this.history.merge(result.checkins, progress.id, strings);
      this.message = fillText(strings.imported, { added: String(added), skipped: String(skipped) });
    }
    this.host.requestUpdate();
  }
}

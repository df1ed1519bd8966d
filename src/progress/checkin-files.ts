/**
 * Export and Import of a visitor's check-ins. Export builds the file in the page and hands it to
 * the browser as a `blob:` download: no request, nothing leaves the device but into the visitor's
 * own downloads. Import reads a file the visitor picks, checks it (lazily loaded zod) and says
 * plainly what is wrong with a file that is not an export of this check-in.
 */
import type { Progress } from '../content/kinds.js';
import type { Checkin, CheckinFile } from '../content/progress-schema.js';
import { CHECKIN_FILE_FORMAT } from './checkin-format.js';
import type { ProgressStrings } from './progress-content.js';
import { averageOf, fitsContent } from './progress-trend.js';

/** Larger than any real history (2,000 check-ins are about 300 KB). */
const MAX_IMPORT_BYTES = 1024 * 1024;

export function checkinFile(progress: Progress, checkins: readonly Checkin[]): CheckinFile {
  return { format: CHECKIN_FILE_FORMAT, version: 1, progress: progress.id, exportedAt: new Date().toISOString(), checkins: [...checkins] };
}

/**
 * A spreadsheet-safe cell: quoted, and text that a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@`) starts with an apostrophe, so a note can never become a formula on the visitor's machine.
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function checkinCsv(progress: Progress, checkins: readonly Checkin[], strings: ProgressStrings): string {
  const header = [strings.dateColumn, ...progress.questions.map((q) => q.short), strings.overall, strings.noteColumn];
  const rows = checkins.map((c) => {
    const average = averageOf(c, progress);
    return [c.savedAt, ...progress.questions.map((q) => String(c.answers[q.id] ?? '')), average === undefined ? '' : average.toFixed(1), c.note ?? ''];
  });
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Hands `text` to the browser as a download named `name`, from a `blob:` URL made in the page. */
export function download(host: HTMLElement, name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  (host.shadowRoot ?? host).append(link);
  link.click();
  link.remove();
  // Revoke on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url));
}

export type ImportResult = { ok: true; checkins: Checkin[] } | { ok: false; message: string };

/** Reads an exported file back, or says why it cannot be used. */
export async function readCheckinFile(file: Blob, progress: Progress, strings: ProgressStrings): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: strings.importTooLarge };
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    return { ok: false, message: strings.importNotJson };
  }
  const { parseCheckinFile } = await import('./checkin-validation.js');
  const parsed = parseCheckinFile(value);
  if (!parsed) return { ok: false, message: strings.importWrongFile };
  if (parsed.progress !== progress.id) return { ok: false, message: strings.importOtherCheckin };
  if (!fitsContent(progress, parsed.checkins)) return { ok: false, message: strings.importDoesNotFit };
  return { ok: true, checkins: parsed.checkins };
}

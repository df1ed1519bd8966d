/**
 * A "take it to your next session" summary: what the visitor chose, in words they can print,
 * copy or save and bring to their therapist. Shared by the checklist and the decision helper.
 * Built in memory from the component's state; nothing here stores or sends it.
 */
export type { SessionSummaryStrings } from '../content/schemas.js';

/**
 * A line of a summary: interface words as a plain string, or the content file's words with the
 * file's language, which may not be the page's (a screen reader then reads them right).
 */
export type SessionSummaryLine = string | { text: string; lang: string };

export interface SessionSummarySection {
  heading: string;
  lines: readonly SessionSummaryLine[];
}

export const lineText = (line: SessionSummaryLine) => (typeof line === 'string' ? line : line.text);

export interface SessionSummary {
  title: string;
  /** The language of the title and of the content file the summary rests on. */
  lang?: string;
  sections: readonly SessionSummarySection[];
  /** "This is not a diagnosis": shown and printed with every summary. */
  note: string;
}

/** The summary as plain text, for the clipboard and the `.txt` download. */
export function summaryToText(summary: SessionSummary): string {
  const blocks = [
    summary.title,
    ...summary.sections.filter((section) => section.lines.length).map((section) => [section.heading, ...section.lines.map((line) => `- ${lineText(line)}`)].join('\n')),
    summary.note,
  ];
  return `${blocks.join('\n\n')}\n`;
}

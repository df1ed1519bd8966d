import type { Checklist } from '../content/kinds.js';
import type { SessionSummary } from '../session-summary/session-summary.js';
import { formatDate } from '../shared/locale.js';
import type { ChecklistStrings } from './checklist-content.js';
import type { ChecklistResult } from './scoring.js';

/**
 * The "take it to your next session" summary of a checklist: ticked signs, themes and starters,
 * then when the checklist was reviewed and its sources.
 */
export function checklistSummary(checklist: Checklist, result: ChecklistResult, strings: ChecklistStrings): SessionSummary {
  const ticked = new Set(result.ticked);
  // The file's words keep the file's language; the interface's (the risk line) the page's.
  const fromFile = (text: string) => ({ text, lang: checklist.lang });
  const signs = checklist.items.filter((item) => ticked.has(item.id) && !item.risk).map((item) => fromFile(item.text));
  const themeById = new Map(checklist.themes.map((theme) => [theme.id, theme]));
  const themes = result.themes.map((ranked) => themeById.get(ranked.id)!);
  return {
    title: checklist.title,
    lang: checklist.lang,
    sections: [
      // Said in the visitor's own voice, for them to bring up if they choose to.
      { heading: strings.summarySigns, lines: result.risk ? [...signs, strings.summaryRisk] : signs },
      { heading: strings.summaryThemes, lines: themes.map((theme) => fromFile(theme.title)) },
      { heading: strings.summaryStarters, lines: result.leading.map((theme) => fromFile(theme.starter)) },
      // A printed note outlives the page: how current it is, what it rests on, what the bands are.
      { heading: strings.aboutReviewed, lines: [fromFile(formatDate(checklist.reviewed, checklist.lang))] },
      { heading: strings.aboutSources, lines: checklist.sources.map((s) => fromFile(s.url ? `${s.citation} ${s.url}` : s.citation)) },
    ],
    note: `${strings.notDiagnosis} ${strings.aboutBands} ${strings.summaryNote}`,
  };
}

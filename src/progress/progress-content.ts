/**
 * The bundled check-ins and the words of `<stall-progress>`, compiled at build time from
 * content/. English is in the component's bundle; Spanish is a lazy chunk fetched from beside the
 * bundle (the page's own origin) only when a page asks for it.
 */
import type { Progress, UiStrings } from '../content/kinds.js';
import type { ContentOrigins } from '../shared/content-source.js';
import type { Language } from '../shared/locale.js';
import bundledFiles from 'stall-content/progress';
import uiStrings from 'stall-content/ui/progress';
import { perLanguage } from '../shared/language-packs.js';

export type ProgressStrings = UiStrings<'progress'>;

const strings = perLanguage(uiStrings as Record<Language, () => ProgressStrings>);

export function progressStrings(lang: Language): ProgressStrings {
  return strings[lang] ?? strings.en;
}

type Bundled = Record<Language, () => Progress | Promise<Progress>>;

// Every file of content/progress/, discovered at build time.
const bundled = bundledFiles as Record<string, Bundled>;

export const DEFAULT_PROGRESS = 'session-checkin';

/** A bundled check-in (at once for English, a promise otherwise), or undefined for an unknown id. */
export function bundledProgress(id: string, lang: Language): Progress | Promise<Progress> | undefined {
  return Object.hasOwn(bundled, id) ? bundled[id][lang]() : undefined;
}

/**
 * Bundled check-ins only. A practice's own file is not offered yet: the questions give stored
 * and exported answers their meaning, so they must not change under a visitor's history.
 */
export const progressOrigins: ContentOrigins<Progress> = {
  bundled: bundledProgress,
  bundledIds: Object.keys(bundled),
  load: async () => ({ ok: false, aborted: true }),
};

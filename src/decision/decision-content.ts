/**
 * The bundled decisions and the decision helper's UI strings, compiled at build time from
 * content/. English is in the main bundle; other languages are lazy chunks, fetched from beside
 * the bundle (the page's own origin) only when a page asks for them.
 */
import type { Decision, UiStrings } from '../content/kinds.js';
import type { ContentOrigins } from '../shared/content-source.js';
import type { Language } from '../shared/locale.js';
import bundled from 'stall-content/decisions';
import uiStrings from 'stall-content/ui/decision';
import { perLanguage } from '../shared/language-packs.js';

export type DecisionStrings = UiStrings<'decision'>;

const strings = perLanguage(uiStrings as Record<Language, () => DecisionStrings>);

export function decisionStrings(lang: Language): DecisionStrings {
  return strings[lang] ?? strings.en;
}

export const DEFAULT_DECISION = 'switch-therapist';

/** A bundled decision (at once for English, a promise otherwise), or undefined for an unknown id. */
export function bundledDecision(id: string, lang: Language): Decision | Promise<Decision> | undefined {
  return Object.hasOwn(bundled, id) ? bundled[id][lang]() : undefined;
}

/** Bundled decisions, or a practice's own file through the lazy loader chunk. */
export const decisionOrigins: ContentOrigins<Decision> = {
  bundled: bundledDecision,
  bundledIds: Object.keys(bundled),
  async load(src, lang, signal) {
    // The loader (marked, zod, and the browser's own HTML Sanitizer or, without one, DOMPurify) is a lazy chunk: only pages that use `src` download it.
    const { loadDecision } = await import('../loader/decision-loader.js');
    return loadDecision(src, lang, { signal });
  },
};

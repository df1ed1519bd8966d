/**
 * The bundled checklists and the checklist's UI strings, compiled at build time from content/.
 * English is in the main bundle; other languages are lazy chunks, fetched from beside the bundle
 * (the page's own origin) only when a page asks for them.
 */
import type { Checklist, UiStrings } from '../content/kinds.js';
import type { ContentOrigins } from '../shared/content-source.js';
import type { Language } from '../shared/locale.js';
import bundled from 'stall-content/checklists';
import uiStrings from 'stall-content/ui/checklist';
import { perLanguage } from '../shared/language-packs.js';

export type ChecklistStrings = UiStrings<'checklist'>;

const strings = perLanguage(uiStrings as Record<Language, () => ChecklistStrings>);

export function checklistStrings(lang: Language): ChecklistStrings {
  return strings[lang] ?? strings.en;
}

export const DEFAULT_CHECKLIST = 'stalling-signs';

/** A bundled checklist (at once for English, a promise otherwise), or undefined for an unknown id. */
export function bundledChecklist(id: string, lang: Language): Checklist | Promise<Checklist> | undefined {
  return Object.hasOwn(bundled, id) ? bundled[id][lang]() : undefined;
}

/** Bundled checklists, or a practice's own file through the lazy loader chunk. */
export const checklistOrigins: ContentOrigins<Checklist> = {
  bundled: bundledChecklist,
  bundledIds: Object.keys(bundled),
  async load(src, lang, signal) {
    // The loader (marked, zod, and the browser's own HTML Sanitizer or, without one, DOMPurify) is a lazy chunk: only pages that use `src` download it.
    const { loadChecklist } = await import('../loader/checklist-loader.js');
    return loadChecklist(src, lang, { signal });
  },
};

/** What "Remember on this device" kept: the ticked ids (anything else in storage is ignored). */
export function parseStoredTicks(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * The bundled checklists and the checklist's UI strings, compiled at build time from content/.
 * English is in the main bundle; other languages are lazy chunks, fetched from beside the bundle
 * (the page's own origin) only when a page asks for them.
 */
import type { Checklist, UiStrings } from '../content/kinds.js';
import type { ContentOrigins } from '../shared/content-source.js';
import type { Language } from '../shared/locale.js';
import stallingSignsEn from '../../content/checklists/stalling-signs.en.md';
import stringsEn from '../../content/ui/checklist.en.md';
import stringsEs from '../../content/ui/checklist.es.md';

export type ChecklistStrings = UiStrings<'checklist'>;

const strings: Record<Language, ChecklistStrings> = {
  en: stringsEn as ChecklistStrings,
  es: stringsEs as ChecklistStrings,
};

export function checklistStrings(lang: Language): ChecklistStrings {
  return strings[lang];
}

type Bundled = Record<Language, () => Checklist | Promise<Checklist>>;

const bundled: Record<string, Bundled> = {
  'stalling-signs': {
    en: () => stallingSignsEn as Checklist,
    es: () => import('../../content/checklists/stalling-signs.es.md').then((module) => module.default as Checklist),
  },
};

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
    // The loader (marked, DOMPurify, zod) is a lazy chunk: only pages that use `src` download it.
    const { loadChecklist } = await import('../loader/checklist-loader.js');
    return loadChecklist(src, lang, { signal });
  },
};

/** What "Remember on this device" kept: the ticked ids (anything else in storage is ignored). */
export function parseStoredTicks(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * Interface words and crisis lines in each language. Bundled by npm users, every language is there
 * at once. The drop-in bundle keeps only English in its first load and fetches another language
 * the first time a page speaks it (scripts/build/drop-in.ts): a page that declares Spanish gets it
 * before its components are defined (src/autoload.ts), so it never shows English first; a `lang`
 * changed later shows the English entry of a table until its words arrive, crisis lines included,
 * never none. Readiness is per table: a component loaded later never sends another back to English.
 */
import { UI_LANGUAGES, uiLanguage, type Language } from './locale.js';

/** A registry's loader of one language; `lazy` when it fetches a chunk (scripts/content/registry.ts). */
type LanguageLoader<T> = (() => T | Promise<T>) & { lazy?: boolean };

type Table = { loaders: Record<Language, LanguageLoader<unknown>>; values: Partial<Record<Language, unknown>> };

const tables: Table[] = [];

/** One value per language: those in the bundle at once, the others once `loadLanguage` has fetched them. */
export function perLanguage<T>(loaders: Record<Language, LanguageLoader<T>>): Partial<Record<Language, T>> & { en: T } {
  const values: Partial<Record<Language, T>> = {};
  for (const lang of UI_LANGUAGES) if (!loaders[lang].lazy) values[lang] = loaders[lang]() as T;
  tables.push({ loaders, values });
  return values as Partial<Record<Language, T>> & { en: T };
}

/** Whether every table registered so far has `lang` (if not, `loadLanguage` fetches the rest). */
export function languageReady(lang: Language): boolean {
  return tables.every(({ values }) => lang in values);
}

/** Fetches what is missing of `lang`; rejects when a file cannot be loaded (offline). */
export async function loadLanguage(lang: Language): Promise<void> {
  await Promise.all(
    tables
      .filter(({ values }) => !(lang in values))
      .map(async ({ loaders, values }) => {
        values[lang] = await loaders[lang]();
      }),
  );
}

/**
 * Fetches every language that an element of `root` declares, or a `<stall-practice>` in its
 * settings, before its components first render.
 */
export async function loadDeclaredLanguages(root: ParentNode): Promise<void> {
  const declared = new Set<Language>();
  for (const element of root.querySelectorAll('[lang]')) declared.add(uiLanguage(element.getAttribute('lang') ?? undefined));
  for (const practice of root.querySelectorAll('stall-practice')) declared.add(uiLanguage((practice as { practiceLang?: string }).practiceLang));
  await Promise.all([...declared].filter((lang) => !languageReady(lang)).map((lang) => loadLanguage(lang).catch(() => undefined)));
}

/**
 * The bundled articles and the article viewer's UI strings, compiled at build time from
 * content/. Every article in every language is a lazy chunk of its own, fetched from beside the
 * bundle (the page's own origin) only when a page shows it: a page downloads the one article it
 * shows, not all of them.
 */
import type { Article, UiStrings } from '../content/kinds.js';
import type { ContentOrigins } from '../shared/content-source.js';
import type { Language } from '../shared/locale.js';
import stringsEn from '../../content/ui/article.en.md';
import stringsEs from '../../content/ui/article.es.md';

export type ArticleStrings = UiStrings<'article'>;

const strings: Record<Language, ArticleStrings> = {
  en: stringsEn as ArticleStrings,
  es: stringsEs as ArticleStrings,
};

export function articleStrings(lang: Language): ArticleStrings {
  return strings[lang];
}

type Chunk = Promise<{ default: unknown }>;

// Written out one by one: a bundler makes a chunk of each `import()` it can see.
const bundled: Record<string, Record<Language, () => Chunk>> = {
  'what-is-a-stall': {
    en: () => import('../../content/articles/what-is-a-stall.en.md'),
    es: () => import('../../content/articles/what-is-a-stall.es.md'),
  },
  'why-progress-stalls': {
    en: () => import('../../content/articles/why-progress-stalls.en.md'),
    es: () => import('../../content/articles/why-progress-stalls.es.md'),
  },
  'getting-unstuck': {
    en: () => import('../../content/articles/getting-unstuck.en.md'),
    es: () => import('../../content/articles/getting-unstuck.es.md'),
  },
  'is-therapy-working': {
    en: () => import('../../content/articles/is-therapy-working.en.md'),
    es: () => import('../../content/articles/is-therapy-working.es.md'),
  },
  'switching-therapists': {
    en: () => import('../../content/articles/switching-therapists.en.md'),
    es: () => import('../../content/articles/switching-therapists.es.md'),
  },
};

/** Ids of the bundled articles, in reading order. */
export const BUNDLED_ARTICLES = Object.keys(bundled);

/** A bundled article (a promise for its chunk), or undefined for an unknown id. */
export function bundledArticle(id: string, lang: Language): Promise<Article> | undefined {
  return Object.hasOwn(bundled, id) ? bundled[id][lang]().then((module) => module.default as Article) : undefined;
}

/** Bundled articles, or markdown from outside the bundle through the lazy loader chunk. */
export const articleOrigins = (loadOptions: () => { timeoutMs?: number }): ContentOrigins<Article> => ({
  bundled: bundledArticle,
  bundledIds: BUNDLED_ARTICLES,
  async load(src, _pageLanguage, signal) {
    // The loader (marked, DOMPurify, zod) is a lazy chunk: only pages that use `src` or inline
    // markdown download it. An article's language comes from its file, not from the page.
    const { loadArticle } = await import('../loader/article-loader.js');
    return loadArticle(src, { ...loadOptions(), signal });
  },
  async inline(markdown) {
    const { compileInlineArticle } = await import('../loader/article-loader.js');
    return compileInlineArticle(markdown, location.href.split('#')[0]);
  },
});

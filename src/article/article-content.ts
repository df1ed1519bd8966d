/**
 * The bundled articles and the article viewer's UI strings, compiled at build time from
 * content/. Every article in every language is a lazy chunk of its own, fetched from beside the
 * bundle (the page's own origin) only when a page shows it: a page downloads the one article it
 * shows, not all of them.
 */
import type { Article, UiStrings } from '../content/kinds.js';
import type { ContentOrigins } from '../shared/content-source.js';
import type { Language } from '../shared/locale.js';
import bundled from 'stall-content/articles';
import uiStrings from 'stall-content/ui/article';
import { perLanguage } from '../shared/language-packs.js';

export type ArticleStrings = UiStrings<'article'>;

const strings = perLanguage(uiStrings as Record<Language, () => ArticleStrings>);

export function articleStrings(lang: Language): ArticleStrings {
  return strings[lang] ?? strings.en;
}

/** Ids of the bundled articles (every file of content/articles/), in alphabetical order. */
export const BUNDLED_ARTICLES = Object.keys(bundled);

/** A bundled article (a promise for its chunk), or undefined for an unknown id. */
export function bundledArticle(id: string, lang: Language): Promise<Article> | undefined {
  return Object.hasOwn(bundled, id) ? bundled[id][lang]() : undefined;
}

/** Bundled articles, or markdown from outside the bundle through the lazy loader chunk. */
export const articleOrigins = (loadOptions: () => { timeoutMs?: number }): ContentOrigins<Article> => ({
  bundled: bundledArticle,
  bundledIds: BUNDLED_ARTICLES,
  async load(src, _pageLanguage, signal) {
    // The loader (marked, zod, and the browser's own HTML Sanitizer or, without one, DOMPurify) is a lazy chunk: only pages that use `src` or inline
    // markdown download it. An article's language comes from its file, not from the page.
    const { loadArticle } = await import('../loader/article-loader.js');
    return loadArticle(src, { ...loadOptions(), signal });
  },
  async inline(markdown) {
    const { compileInlineArticle } = await import('../loader/article-loader.js');
    return compileInlineArticle(markdown, location.href.split('#')[0]);
  },
});

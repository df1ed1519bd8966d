/**
 * `stall-elements render --head`: what search engines and link previews read about an article,
 * put into the page's `<head>`: a `<title>` (when the page has none), a meta description from the
 * article's summary (when it has none), and schema.org `Article` data as JSON-LD. JSON-LD is data,
 * not script: a strict Content-Security-Policy does not block it, because nothing runs it.
 */
import type { Article } from '../../src/content/kinds.js';
import { attribute, hasChild, type Element } from './page-tree.js';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** schema.org `Article` for the article: `dateModified` is when it was last reviewed. */
export function articleJsonLd(article: Article): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.summary,
    inLanguage: article.lang,
    dateModified: article.reviewed,
    ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
    citation: article.sources.map((source) => ({ '@type': 'CreativeWork', name: source.citation, ...(source.url ? { url: source.url } : {}) })),
  };
}

/** The markup to add at the end of `head` for the article. */
export function articleHead(head: Element, article: Article): string {
  const lines: string[] = [];
  if (!hasChild(head, (child) => child.tagName === 'title')) lines.push(`<title>${escapeText(article.title)}</title>`);
  if (!hasChild(head, (child) => child.tagName === 'meta' && attribute(child, 'name')?.toLowerCase() === 'description')) {
    lines.push(`<meta name="description" content="${escapeAttribute(article.summary)}">`);
  }
  // `<` written as \u003c: no text of the article can close the script element early.
  const json = JSON.stringify(articleJsonLd(article)).replace(/</g, '\\u003c');
  lines.push(`<script type="application/ld+json">${json}</script>`);
  return lines.map((line) => `${line}\n`).join('');
}

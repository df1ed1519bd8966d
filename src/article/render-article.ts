/**
 * The frame of an article in the shadow root: its header (title, summary, reading time, reviewed
 * date, author) and the table of contents.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Article } from '../content/kinds.js';
import { followSamePageLink } from '../shared/article-link.js';
import { fill, fillText, formatDate } from '../shared/locale.js';
import type { ArticleStrings } from './article-content.js';

/** A table of contents appears from this many sections on. */
export const MIN_SECTIONS_FOR_CONTENTS = 3;

/** `author`: who the page names as the article's author or reviewer; none when undefined. */
export function renderArticleHeader(article: Article, strings: ArticleStrings, author: string | undefined): TemplateResult {
  const reviewed = html`<time datetime=${article.reviewed}>${formatDate(article.reviewed, article.lang)}</time>`;
  return html`<header part="header">
    <h1 id="title" part="title">${article.title}</h1>
    <p class="summary" part="summary">${article.summary}</p>
    <ul class="meta" part="meta">
      <li>${fillText(strings.readingTime, { minutes: String(article.readingMinutes) })}</li>
      <li>${fill(strings.reviewed, { date: reviewed })}</li>
      ${author ? html`<li>${fillText(strings.byAuthor, { author })}</li>` : nothing}
    </ul>
  </header>`;
}

/** Links to the article's sections (its `##` headings), when it has enough of them. */
export function renderContents(article: Article, strings: ArticleStrings): TemplateResult | typeof nothing {
  const sections = article.headings.filter((heading) => heading.depth === 2);
  if (sections.length < MIN_SECTIONS_FOR_CONTENTS) return nothing;
  // The sections are in the page's DOM: followSamePageLink finds them there (the browser's own
  // fragment navigation would too, except under a <base> that points elsewhere).
  return html`<nav part="toc" aria-labelledby="toc-heading" @click=${followSamePageLink}>
    <h2 id="toc-heading">${strings.contents}</h2>
    <ol>
      ${sections.map((section) => html`<li><a class="article-link" part="toc-link" href="#${section.id}">${headingText(section.text)}</a></li>`)}
    </ol>
  </nav>`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A heading's text as the renderer gives it (HTML-escaped, tags removed) turned back into plain text. */
export function headingText(escaped: string): string {
  return escaped.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * The article's text and its numbered sources, rendered into the page's own DOM (light DOM,
 * slotted into the article's shadow frame) rather than into the shadow root. Why:
 * - Anchors: a `#section` in the page's address, a checklist theme's "Read more" link and a
 *   citation marker all find their target by id in the document; ids inside a shadow root are out
 *   of their reach.
 * - The page's typography: headings, paragraphs and lists take the site's own CSS, as the rest of
 *   the blog post around them does; a shadow root would take only inherited properties.
 * - Print: the page's print stylesheet applies to the text as to any other content.
 * - Embedded components (`<stall-checklist>` in the markdown) are ordinary children of the page,
 *   so they get `<stall-practice>` context and the nearest `lang` like any other component.
 * The frame (title, reading time, table of contents, loading note and errors) stays in the shadow
 * root, themable through `::part`. The price: the page's CSS can reach the text (which is the
 * point), and the element adds a child to itself (`div.stall-article-content`), which a framework
 * managing the element's children must leave alone.
 */
import { html, nothing, render } from 'lit';
import type { Article } from '../content/kinds.js';
import { sourceAnchor } from '../content/source-anchor.js';
import { styleSheetFor } from '../shared/adopted-styles.js';
import { followSamePageLink } from '../shared/article-link.js';
import { fillText } from '../shared/locale.js';
import { trustedHtml } from '../shared/trusted-html.js';
import type { ArticleStrings } from './article-content.js';
import { resolveArticleLinks } from './article-links.js';
import { articleBodyStyles } from './article-styles.js';

/** The named slot of the article's shadow frame that shows the text. */
export const BODY_SLOT = 'body';

const SOURCE_PREFIX = `#${sourceAnchor('')}`;
const citationAnchor = (sourceId: string, occurrence: number) => `cite-${sourceId}-${occurrence}`;
/** a, b, … z, then aa, ab, …: the letter of the k-th (0-based) citation of a source. */
const occurrenceLetter = (k: number): string => (k >= 26 ? occurrenceLetter(Math.floor(k / 26) - 1) : '') + String.fromCharCode(97 + (k % 26));
let instances = 0;

export class ArticleBody {
  private readonly host: HTMLElement;
  private readonly container = document.createElement('div');
  private readonly text = document.createElement('div');
  private readonly sources = document.createElement('section');
  private readonly sourcesHeadingId = `stall-article-${++instances}-sources`;
  private shown?: Article;
  private scrolledToHash = false;

  constructor(host: HTMLElement) {
    this.host = host;
    this.container.slot = BODY_SLOT;
    this.container.className = 'stall-article-content';
    this.text.className = 'stall-article-text';
    this.sources.className = 'stall-article-sources';
    this.sources.setAttribute('aria-labelledby', this.sourcesHeadingId);
    this.container.append(this.text, this.sources);
    // Citation markers and back-links scroll to and focus their target without a history entry.
    this.container.addEventListener('click', followSamePageLink);
  }

  /** Whether `node` is part of what this body renders (so changes to it are not the page's). */
  contains(node: Node): boolean {
    return node === this.container || this.container.contains(node);
  }

  /**
   * Shows `article`, or nothing (while loading, or in place of a failed article: a stale or
   * broken text never stays on the page).
   */
  show(article: Article | undefined, strings: ArticleStrings, articleHref?: string): void {
    let prerendered: Element | null = null;
    let focused: Element | null = null;
    if (this.container.parentNode !== this.host) {
      // The text `stall-elements render` put in the page gives way to this one (same task: no flash).
      prerendered = this.host.querySelector(`:scope > .stall-article-content[${PRERENDERED}]`);
      focused = prerendered?.querySelector(':scope :is(stall-checklist, stall-decision):focus-within')?.shadowRoot?.activeElement ?? null;
      prerendered?.remove();
      this.host.append(this.container);
    }
    adoptBodyStyles(this.host);
    this.sources.hidden = !article;
    if (!article) {
      render(nothing, this.text);
      render(nothing, this.sources);
      this.shown = undefined;
      return;
    }
    // Only when it changes: every lang change makes every component re-render (LocaleController).
    for (const part of [this.text, this.sources]) if (part.lang !== article.lang) part.lang = article.lang;
    // Named with the article's title: two articles on a page must not make two regions "Sources".
    this.sources.setAttribute('aria-label', `${strings.sourcesHeading}: ${article.title}`);
    render(trustedHtml(article.html), this.text);
    if (prerendered) keepEmbeddedComponents(prerendered, this.text, focused);
    resolveArticleLinks(this.text, article.id, articleHref);
    const citations = this.linkCitations(article, strings);
    render(renderSources(article, strings, citations, this.sourcesHeadingId), this.sources);
    if (articleHref) {
      for (const embedded of this.text.querySelectorAll('stall-checklist, stall-decision')) {
        if (!embedded.hasAttribute('article-href')) embedded.setAttribute('article-href', articleHref);
      }
    }
    if (article !== this.shown && !this.scrolledToHash) this.scrollToHash();
    this.shown = article;
  }

  /** Called when the host leaves the page: a later visit to it may have its own `#section`. */
  reset(): void {
    this.scrolledToHash = false;
  }

  /**
   * Gives each citation marker an id (for the back-links), the same-page link behaviour and an
   * accessible name in the article's language. Returns how often each source is cited.
   */
  private linkCitations(article: Article, strings: ArticleStrings): Map<string, number> {
    const counts = new Map<string, number>();
    for (const link of this.text.querySelectorAll<HTMLAnchorElement>(`a[href^="${SOURCE_PREFIX}"]`)) {
      const id = link.getAttribute('href')!.slice(SOURCE_PREFIX.length);
      const number = article.sources.findIndex((source) => source.id === id) + 1;
      if (!number) continue;
      const occurrence = (counts.get(id) ?? 0) + 1;
      counts.set(id, occurrence);
      link.id = citationAnchor(id, occurrence);
      link.classList.add('article-link');
      link.setAttribute('aria-label', fillText(strings.citation, { n: String(number) }));
    }
    return counts;
  }

  /** The page's address names a section (`#avoidance`): the browser looked for it before the text existed. */
  private scrollToHash(): void {
    this.scrolledToHash = true;
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!id) return;
    this.container.querySelector(`[id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'start' });
  }
}

/** The numbered sources, each with a link back to every place the text cites it. */
function renderSources(article: Article, strings: ArticleStrings, citations: Map<string, number>, headingId: string) {
  return html`<h2 id=${headingId}>${strings.sourcesHeading}</h2>
    <ol>
      ${article.sources.map((source, i) => {
        const cited = citations.get(source.id) ?? 0;
        const label = fillText(strings.backToText, { n: String(i + 1) });
        return html`<li id=${sourceAnchor(source.id)}>
          ${source.citation}
          ${source.url ? html` <a href=${source.url} rel="noopener noreferrer">${source.url}</a>` : nothing}
          ${Array.from({ length: cited }, (_, k) => {
            // Several citations of one source: a, b, c… in the link and in its name alike.
            const letter = cited > 1 ? occurrenceLetter(k) : '';
            // The name is in the link's text (hidden from view), not aria-label: the visible
            // "↩b" is no word to match a name against.
            return html` <a class="stall-article-backlink article-link" href="#${citationAnchor(source.id, k + 1)}"
              ><span aria-hidden="true">↩${letter}</span><span class="stall-article-visually-hidden"
                >${letter ? `${label} (${letter})` : label}</span
              ></a
            >`;
          })}
        </li>`;
      })}
    </ol>`;
}

/**
 * The checklists and decision helpers in the prerendered text stay, in place of the fresh ones in
 * the browser's text: a visitor may have ticked or chosen something in them before the script
 * arrived (they hand over their own markup), and may still have focus in one.
 */
function keepEmbeddedComponents(prerendered: Element, text: Element, focused: Element | null): void {
  const EMBEDDED = 'stall-checklist, stall-decision';
  const kept = [...prerendered.querySelectorAll(EMBEDDED)];
  [...text.querySelectorAll(EMBEDDED)].forEach((fresh, i) => {
    const old = kept[i];
    if (old?.localName === fresh.localName && [...fresh.attributes].every(({ name, value }) => old.getAttribute(name) === value)) fresh.replaceWith(old);
  });
  if (focused instanceof HTMLElement && focused.isConnected) focused.focus({ preventScroll: true });
}

/** Marks the text `stall-elements render` wrote into the page, which the browser's own replaces. */
const PRERENDERED = 'data-prerendered';
/** Names a prerendered `<style>` in the page's own DOM that `stall-elements render` may link as a file (scripts/render/page-tree.ts). */
export const PRERENDERED_STYLESHEET = 'data-stall-stylesheet';

/**
 * The text and sources for prerendering (in Node, no DOM): the markup ArticleBody builds, without
 * the citation ids and back-links it adds in the browser. The citation markers still link to
 * their numbered source.
 */
export function renderPrerenderedBody(article: Article, strings: ArticleStrings) {
  const headingId = `stall-article-${article.id}-sources`;
  // The text's own styles, which the browser adopts into the page: without them the text would
  // lay out differently until the script arrives, then jump. `stall-elements render` links them as a file.
  const styles = trustedHtml(`<style ${PRERENDERED_STYLESHEET}="stall-article-body">${articleBodyStyles.cssText}</style>`);
  return html`<div slot=${BODY_SLOT} class="stall-article-content" data-prerendered>
    ${styles}
    <div class="stall-article-text" lang=${article.lang}>${trustedHtml(article.html)}</div>
    <section class="stall-article-sources" lang=${article.lang} aria-labelledby=${headingId}>${renderSources(article, strings, new Map(), headingId)}</section>
  </div>`;
}

/** Adds the body's stylesheet to the document (or shadow root) the article is in, once. */
function adoptBodyStyles(host: HTMLElement): void {
  const root = host.getRootNode() as Document | ShadowRoot;
  // A sheet is adoptable only in the document that made it: the article may have moved (an iframe).
  const sheet = styleSheetFor(articleBodyStyles, host.ownerDocument);
  if (!sheet || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

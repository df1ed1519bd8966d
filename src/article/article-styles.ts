import { css, unsafeCSS } from 'lit';
import { PRINTING_ATTRIBUTE } from '../session-summary/print-only.js';

/**
 * The article's frame in its shadow root: title, summary, reading time and reviewed date, the
 * table of contents, the loading note and the error. Prose keeps a readable line length; the
 * font and colours are the page's.
 */
export const articleStyles = css`
  :host {
    --_stall-article-measure: var(--stall-article-max-width, 68ch);
  }
  header,
  nav,
  .loading,
  .error {
    max-inline-size: var(--_stall-article-measure);
  }
  h1 {
    /* Set explicitly: Chromium's old rule that shrinks an h1 inside <article> is going away. */
    font-size: var(--stall-article-title-size, 2em);
    line-height: 1.2;
    margin: 0 0 calc(var(--_stall-space) * 0.5);
  }
  .summary {
    font-size: var(--_stall-font-size-h4);
    margin: 0 0 var(--_stall-space-s);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_stall-font-size-small);
  }
  nav {
    margin-block: var(--_stall-space-l);
    padding-inline-start: var(--_stall-space);
    border-inline-start: 3px solid var(--stall-article-toc-border-color, var(--_stall-color-accent));
  }
  nav h2 {
    font-size: 1em;
  }
  nav ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  nav li + li {
    margin-block-start: var(--_stall-space-xs);
  }
  /* Inline, so a wrapped entry's number stays beside its first line; each line is 24 px tall. */
  nav a {
    display: inline;
  }
  nav li {
    min-block-size: 24px;
  }
  .loading {
    font-style: italic;
    /* Quiet: nothing shows for a load that is over in a blink. */
    animation: stall-article-appear 0s linear 0.4s backwards;
  }
  @keyframes stall-article-appear {
    from {
      visibility: hidden;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .loading {
      animation: none;
    }
  }
  @media print {
    nav,
    .loading {
      display: none;
    }
    a {
      color: inherit;
    }
  }
`;

/**
 * The article's text and its sources live in the page's own DOM (see `article-body.ts`), where
 * shadow styles cannot reach. This sheet is adopted by the document (or the shadow root the article
 * sits in): a constructable stylesheet, which a strict CSP allows. `:where()` keeps every rule at
 * the lowest specificity, so the page's own typography wins.
 */
export const articleBodyStyles = css`
  :where(.stall-article-text, .stall-article-sources) > :where(p, ul, ol, dl, blockquote, pre, table, h2, h3, h4, h5, h6) {
    max-inline-size: var(--stall-article-max-width, 68ch);
  }
  :where(.stall-article-text, .stall-article-sources) :where(h2, h3, h4, h5, h6) {
    line-height: 1.25;
    /* Room above a heading reached by a #section link, under a sticky site header if any. */
    scroll-margin-block-start: var(--stall-article-scroll-margin, 1rem);
  }
  /* Links in the text take the accent, like the contents above them, unless the page colours its links. */
  :where(.stall-article-text, .stall-article-sources) :where(a) {
    color: var(--stall-color-accent, light-dark(#0b57a4, #9cc5ff));
    text-underline-offset: 0.15em;
  }
  :where(.stall-article-text) :where(sup.citation) {
    line-height: 0;
  }
  :where(.stall-article-text) :where(sup.citation a) {
    text-decoration: none;
  }
  :where(.stall-article-text, .stall-article-sources) :where([tabindex='-1']:focus) {
    outline: none;
  }
  :where(.stall-article-text) :where(stall-checklist, stall-decision, stall-crisis-footer) {
    margin-block: 1.5em;
  }
  /* Pictures from the markdown (bundled only: the sanitiser drops SVG from other files). They draw
     in the text colour (currentColor) and the accent, so they follow the page's theme and dark mode. */
  :where(.stall-article-text) :where(figure.stall-figure) {
    margin: 1.5em 0;
    max-inline-size: min(100%, 32rem);
  }
  :where(.stall-article-text) :where(figure.stall-figure svg) {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  :where(.stall-figure) :where(.stall-figure-accent) {
    stroke: var(--stall-color-accent, currentColor);
  }
  :where(.stall-figure) :where(.stall-figure-accent-fill) {
    fill: var(--stall-color-accent, currentColor);
  }
  :where(.stall-figure) :where(figcaption) {
    font-size: 0.875em;
  }
  /* Tables, such as the goals sheet: ruled so the empty rows can be filled in on paper. */
  :where(.stall-article-text) :where(table) {
    border-collapse: collapse;
    inline-size: 100%;
  }
  :where(.stall-article-text) :where(th, td) {
    border: 1px solid currentColor;
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  :where(.stall-article-text) :where(td:empty) {
    block-size: 2.5em;
  }
  :where(.stall-article-sources) {
    margin-block-start: 2em;
    font-size: 0.875em;
  }
  :where(.stall-article-sources) :where(li) {
    margin-block-end: 0.5em;
    overflow-wrap: anywhere;
  }
  :where(.stall-article-sources) :where(li:target) {
    outline: 2px solid var(--stall-color-accent, currentColor);
    outline-offset: 2px;
  }
  :where(.stall-article-backlink) {
    display: inline-block;
    min-inline-size: 24px;
    min-block-size: 24px;
    text-align: center;
    text-decoration: none;
  }
  .stall-article-visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    :where(.stall-article-backlink) {
      display: none;
    }
    /* Controls that only work on screen; a component printing itself (its summary) stays. */
    :where(.stall-article-text) :where(stall-checklist, stall-decision):not([${unsafeCSS(PRINTING_ATTRIBUTE)}]) {
      display: none;
    }
    :where(.stall-article-text) :where(h2, h3, h4) {
      break-after: avoid;
    }
    :where(.stall-article-text) :where(p, li) {
      orphans: 3;
      widows: 3;
    }
  }
`;

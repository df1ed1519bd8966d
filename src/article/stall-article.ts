import { consume } from '@lit/context';
import { LitElement, html, isServer, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Article } from '../content/kinds.js';
import { StallLoadEvent } from '../events.js';
import { practiceContext, type PracticeConfig } from '../practice/practice-context.js';
import { reportFailure, showsDetails } from '../shared/load-error-report.js';
import { readoptStyles } from '../shared/adopted-styles.js';
import { ContentSource, type ContentState } from '../shared/content-source.js';
import { LocaleController } from '../shared/locale-controller.js';
import { HandOverPrerendered } from '../shared/prerendered.js';
import { uiLanguage, type Language } from '../shared/locale.js';
import { loadErrorStyles, renderLoadError, type ContentFailure } from '../shared/render-load-error.js';
import { baseStyles } from '../shared/styles.js';
import { ArticleBody, BODY_SLOT, renderPrerenderedBody } from './article-body.js';
import { articleOrigins, articleStrings, type ArticleStrings } from './article-content.js';
import { articleCrisisLineStyles, renderArticleCrisisLine } from './article-crisis-line.js';
import { articleStyles } from './article-styles.js';
import { renderArticleHeader, renderContents } from './render-article.js';

/**
 * Blog authors and practices drop in `<stall-article>`: a bundled article by id, their own
 * markdown file (`src`), or markdown written inside the element in a
 * `<script type="text/markdown">`. Markdown from outside the bundle goes through the lazy
 * run-time loader (same origin only, checked against the same schema) and is sanitised (the
 * browser's own HTML Sanitizer, or DOMPurify where there is none) before it reaches the page. `<stall-checklist>` and the other `stall-*` elements written in the markdown
 * work inside the article and take their settings from a `<stall-practice>` around it.
 *
 * The text and its sources are rendered into the page's DOM (a `div.stall-article-content` the
 * element adds to itself), so `#section` links, the page's typography and print styles apply to
 * them; the frame (title, summary, reading time, reviewed date, contents) is in the shadow root.
 * Under the header, a short crisis line names the emergency number of the visitor's country (as
 * `<stall-crisis-footer>` resolves it) with a country chooser, so the page needs no footer for it.
 *
 * @tagname stall-article
 * @summary An article: bundled, from your own markdown file, or written in the page; with its
 * table of contents, numbered sources and working components inside.
 *
 * @slot - Optional: a `<script type="text/markdown">` holding the article (front matter and markdown).
 *
 * @csspart base - Everything the component shows.
 * @csspart header - The title, summary and facts about the article.
 * @csspart title - The article's title.
 * @csspart summary - The article's summary.
 * @csspart meta - Reading time, reviewed date and author.
 * @csspart crisis-line - What to do in a crisis, under the header: the emergency number and a line to call.
 * @csspart country-chooser - The control to choose another country for the crisis line.
 * @csspart toc - The table of contents (from three sections on).
 * @csspart toc-link - A link of the table of contents.
 * @csspart loading - The quiet note shown while a slow article loads.
 * @csspart error - Why an article could not be loaded, in place of the article.
 * @csspart issues - The fields at fault in an invalid article file.
 *
 * @cssprop --stall-article-max-width - Line length of the text (default: 68ch).
 * @cssprop --stall-article-title-size - Font size of the title (default: 2em).
 * @cssprop --stall-article-toc-border-color - The line beside the table of contents (default: the accent colour).
 * @cssprop --stall-article-scroll-margin - Room left above a section reached by a link, e.g. under a sticky header (default: 1rem).
 * @cssprop --stall-font-family - Font of the title, summary and contents (default: the page's font).
 * @cssprop --stall-color-text - Text colour of the frame (default: the page's text colour).
 * @cssprop --stall-color-border - Border of the error box.
 * @cssprop --stall-color-focus - Focus ring (default: the accent colour).
 * @cssprop --stall-radius - Corner radius (default: 0.5rem).
 * @cssprop --stall-space - The spacing unit (default: 1rem).
 * @cssprop --stall-color-accent - Links and the focus ring.
 *
 * @fires {StallLoadEvent} stall-load - The article is on the page; `detail` has its id, language,
 * title and origin. Fires again whenever the page makes the element show other content.
 * @fires {StallErrorEvent} stall-error - The article could not be shown (unknown id, 404, network
 * error, timeout, too large, invalid front matter); `detail` has the reason, the file, what went
 * wrong and the problems of an invalid file. Visitors see a short, calm message in its place.
 */
export class StallArticle extends HandOverPrerendered(LitElement) {
  static override styles = [baseStyles, loadErrorStyles, articleStyles, articleCrisisLineStyles];

  /** @internal */
  @consume({ context: practiceContext, subscribe: true })
  @state()
  private practice?: PracticeConfig;

  /** @internal */
  private readonly locale = new LocaleController(this);
  /**
   * @internal How long a `src` file may take before the article gives up; tests and stories of
   * the timeout shorten it.
   */
  loadTimeoutMs?: number;
  /** @internal */
  private readonly source = new ContentSource<Article>(this, articleOrigins(() => ({ timeoutMs: this.loadTimeoutMs })));
  /** @internal */
  private readonly body = isServer ? undefined : new ArticleBody(this);
  /** @internal Watches the inline `<script type="text/markdown">` for edits. */
  private readonly childWatcher = isServer ? undefined : new MutationObserver((records) => this.handleChildMutations(records));
  /** @internal The content state `stall-load` or `stall-error` was last fired for. */
  private announced?: ContentState<Article>;

  /** Id of a bundled article: `what-is-a-stall`, `why-progress-stalls`, `getting-unstuck`, `is-therapy-working`, `switching-therapists`, `finding-a-therapist`, `moving-without-a-gap`, `ending-well`. */
  @property() article?: string;

  /**
   * Your own article file (`.md`, the same front matter as the bundled ones) on this website;
   * overrides `article` and inline markdown. Files on other websites are refused. A file named
   * `<id>.<lang>.md` must be in that language; otherwise its front matter's `lang` counts.
   */
  @property() src?: string;

  /**
   * Where the "Read more" links of a checklist or decision helper inside the article go, for those
   * that do not set their own `article-href`: `{article}` and `{section}` are filled from the
   * theme (`why-progress-stalls#avoidance`), e.g. `/articles/{article}.html#{section}`.
   */
  @property({ attribute: 'article-href' }) articleHref?: string;

  /**
   * Who wrote or reviewed the article, shown as "By …" under its title; overrides the practice's
   * `article-author`. Without either, a bundled article names no author, and your own file shows
   * the `author` of its front matter, if any.
   */
  @property() author?: string;

  /** Country of the crisis line (`GB`, `gbr`, `UK`…). Overrides the practice's country. */
  @property() country?: string;

  /** The standard `lang` attribute; English and Spanish are built in. Else the nearest `lang` or the practice's. */
  @property({ reflect: true }) override lang!: string;

  /**
   * Shows the page's author what is wrong with an article that cannot be shown, in place of the
   * short message visitors see (always so on localhost). The details also go to the console and `stall-error`.
   */
  @property({ type: Boolean }) debug = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.childWatcher?.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childWatcher?.disconnect();
    this.body?.reset();
    this.announced = undefined;
  }

  /** @internal The element moved to another document: the browser dropped its styles and its text's. */
  adoptedCallback(): void {
    readoptStyles(this);
    this.requestUpdate();
  }

  /**
   * @internal The prerendered frame and text stay until the article is here, and for good if it
   * cannot be loaded here (offline): the page's own copy of the text is whole.
   */
  override readyToHandOver(): boolean {
    return this.source.state.status === 'ready';
  }

  /** @internal The frame has no answers to take over (the components in the text hand over their own). */
  override takeOverPrerendered(): void {}

  override willUpdate(): void {
    this.source.want(this.article ?? '', this.src || undefined, this.locale.language, this.inlineMarkdown());
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const current = this.source.state;
    const article = current.status === 'ready' ? current.content : undefined;
    this.body?.show(article, articleStrings(this.languageOf(current)), this.articleHref);
    if (current === this.announced || current.status === 'loading') return;
    this.announced = current;
    if (current.status === 'ready') {
      this.dispatchEvent(new StallLoadEvent({ id: current.content.id, lang: current.content.lang, title: current.content.title, origin: this.origin() }));
    } else {
      const lang = this.languageOf(current);
      reportFailure(this, current.failure, this.errorStrings(current.failure, articleStrings(lang)), lang);
    }
  }

  /** The markdown of a `<script type="text/markdown">` child, if there is one. */
  private inlineMarkdown(): string | undefined {
    // Prerendering sees attributes only: `stall-elements render` leaves an article with markdown inside to the browser.
    if (isServer) return undefined;
    const script = [...this.children].find((child) => child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'text/markdown');
    return script?.textContent ?? undefined;
  }

  private origin(): 'bundled' | 'src' | 'inline' {
    if (this.src) return 'src';
    return this.inlineMarkdown() === undefined ? 'bundled' : 'inline';
  }

  /** The frame speaks the article's language once there is an article, else the page's. */
  private languageOf(current: ContentState<Article>): Language {
    return current.status === 'ready' ? uiLanguage(current.content.lang) : this.locale.language;
  }

  private handleChildMutations(records: MutationRecord[]): void {
    // The article's own rendering (into its body) is not a change the page made; it never removes
    // a child of its own.
    const body = this.body!;
    const fromPage = records.some((record) =>
      record.target === this
        ? record.removedNodes.length > 0 || [...record.addedNodes].some((node) => !body.contains(node))
        : !body.contains(record.target),
    );
    if (fromPage) this.requestUpdate();
  }

  override render() {
    const current = this.source.state;
    const lang = this.languageOf(current);
    const strings = articleStrings(lang);
    switch (current.status) {
      case 'loading':
        return html`<div part="base" lang=${lang} aria-busy="true"><p class="loading" part="loading">${strings.loading}</p></div>`;
      case 'error':
        return html`<div part="base" lang=${lang}>${renderLoadError(current.failure, this.errorStrings(current.failure, strings), lang, showsDetails(this))}</div>`;
      case 'ready':
        return this.renderArticle(current.content, strings);
      default: {
        const unexpected: never = current;
        return unexpected;
      }
    }
  }

  private renderArticle(article: Article, strings: ArticleStrings) {
    const crisis = { lang: uiLanguage(article.lang), langTag: this.locale.tag, country: this.country, practice: this.practice };
    return html`<article part="base" lang=${article.lang} aria-labelledby="title">
      ${renderArticleHeader(article, strings, this.authorOf(article))} ${renderArticleCrisisLine(crisis, strings)} ${renderContents(article, strings)}
      <slot name=${BODY_SLOT}></slot>
    </article>`;
  }

  /**
   * @internal Prerendering only (`stall-elements render`): the text and sources as light DOM, as
   * the browser's ArticleBody renders them, so that a page without script shows the whole article.
   */
  renderLight() {
    const current = this.source.state;
    return current.status === 'ready' ? renderPrerenderedBody(current.content, articleStrings(this.languageOf(current))) : undefined;
  }

  /** The author the page names, else the practice's, else (for the practice's own file or inline markdown) the file's. */
  private authorOf(article: Article): string | undefined {
    const named = this.author?.trim() || this.practice?.articleAuthor;
    if (named) return named;
    return this.origin() === 'bundled' ? undefined : article.author;
  }

  /** Words for a failure that the shared wording does not fit: no article named, or markdown in the page. */
  private errorStrings(failure: ContentFailure, strings: ArticleStrings): ArticleStrings {
    if (failure.kind === 'unknown-id' && !failure.id) return { ...strings, errorUnknown: strings.errorNoArticle };
    if (this.origin() === 'inline' && failure.kind === 'invalid') {
      return { ...strings, errorInvalid: strings.errorInvalidInline, errorFileLink: strings.errorInlineLink };
    }
    return strings;
  }
}

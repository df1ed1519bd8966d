/**
 * `import { renderPage } from 'stall-elements/render'` (Node only), and what
 * `stall-elements render` runs: a page's HTML with every `stall-*` element prerendered by
 * @lit-labs/ssr: each component's frame as a declarative shadow root (no script needed to show
 * it), an article's text and sources as light DOM, from the same content as the drop-in bundle
 * (or a practice's folder laid over it) and with the page's `<stall-practice>` settings. A page
 * without `stall-*` elements comes back unchanged, byte for byte; in one with them, only the
 * prerendered markup is added. In the browser the components take over in place
 * (src/shared/prerendered.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkAllContent } from '../content/check.js';
import { checkPracticeFolder } from '../content/practice.js';
import { packageRoot } from '../cli/package-root.js';
import { articleHead, escapeAttribute } from './article-head.js';
import { openElementRenderer, type ElementRenderer } from './element-renderer.js';
import { attribute, attributesOf, elementPart, elementsToRender, headOf, parsePage, type Element } from './page-tree.js';

export interface RenderPageOptions {
  /** A practice's content folder laid over the bundled content, as in `stall-elements build --content`. */
  content?: string;
  /** Put each article's title (if the page has none), description and schema.org JSON-LD into `<head>`. */
  head?: boolean;
  /**
   * Where the components' stylesheets are served (a URL ending in `/`): each shadow root links
   * `<stylesheets><tag>.css` instead of holding a `<style>`, for a Content-Security-Policy with
   * `style-src 'self'`. Write the files from `PageRenderer.stylesheets()`. Without it, styles are inline.
   */
  stylesheets?: string;
  /**
   * Told about an element that could not be prerendered (it is left as it was, for the browser to
   * render); default `console.warn`.
   */
  warn?: (message: string) => void;
}

/** Rendering passes: an article's text can hold components of its own, rendered in the next pass. */
const MAX_PASSES = 3;

export class PageRenderer {
  private readonly styles = new Map<string, string>();

  private constructor(private readonly elements: ElementRenderer) {}

  /** Loads the components once for many pages; `close()` when done. Throws on an invalid `content` folder. */
  static async open(content?: string, root = packageRoot()): Promise<PageRenderer> {
    if (content) {
      const bundled = checkAllContent(root);
      const own = checkPracticeFolder(content, bundled);
      if (own.errors.length) throw new Error(`${own.errors.length} problem${own.errors.length === 1 ? '' : 's'} in ${content}:\n${own.errors.join('\n')}`);
    }
    return new PageRenderer(await openElementRenderer(root, content));
  }

  /** The page with its `stall-*` elements prerendered. */
  async render(html: string, { head = false, stylesheets, warn = console.warn }: Omit<RenderPageOptions, 'content'> = {}): Promise<string> {
    // Not a single `stall-` in the text: nothing to parse, and the page stays exactly as it was.
    if (!/<stall-/i.test(html)) return html;
    const articles: { id: string; lang?: string }[] = [];
    /** Offsets of elements that failed: left to the browser, not tried again in the next pass. */
    const failed = new Set<string>();
    /** The stylesheets this page's shadow roots link, asked for from `<head>` (see preloadLinks). */
    const linked = new Set<string>();
    const link = (owner: string, css: string) => {
      const url = this.stylesheet(stylesheets!, owner, css);
      linked.add(url);
      return url;
    };
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const found = elementsToRender(parsePage(html)).filter(({ element }) => !failed.has(startTagOf(html, element)));
      if (!found.length) break;
      const inserts: [offset: number, text: string][] = [];
      for (const { element, offset, practice, lang } of found) {
        const tag = element.tagName;
        let part: string;
        try {
          const output = await this.elements.renderElement({ tag, attributes: attributesOf(element), practice, lang });
          part = elementPart(output, tag, stylesheets === undefined ? undefined : link);
        } catch (error) {
          failed.add(startTagOf(html, element));
          warn(`${startTagOf(html, element)} was left for the browser to render: ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
        inserts.push([offset, part]);
        const id = attribute(element, 'article');
        if (tag === 'stall-article' && id) articles.push({ id, lang: attribute(element, 'lang') || lang });
      }
      html = insertAll(html, inserts);
    }
    if (head) html = await this.addArticleHeads(html, articles);
    return preloadLinks(html, linked);
  }

  /** The stylesheets the rendered pages link (see RenderPageOptions.stylesheets): file name → CSS. */
  stylesheets(): ReadonlyMap<string, string> {
    return this.styles;
  }

  close(): Promise<void> {
    return this.elements.close();
  }

  private stylesheet(base: string, tag: string, css: string): string {
    this.styles.set(`${tag}.css`, css);
    return `${base}${tag}.css`;
  }

  private async addArticleHeads(html: string, articles: { id: string; lang?: string }[]): Promise<string> {
    const place = headOf(parsePage(html));
    if (!place || !articles.length) return html;
    // The first article is the page's subject; a page of several articles describes the first.
    const article = await this.elements.bundledArticleFor(articles[0].id, articles[0].lang);
    return article ? insertAll(html, [[place.offset, articleHead(place.head, article)]]) : html;
  }
}

/**
 * A stylesheet linked inside a declarative shadow root is only asked for when the parser reaches
 * it (the browser's look-ahead does not read into templates), and the parser then waits for it:
 * named in `<head>` as a preload, it is asked for with the page's first bytes and is in by then.
 */
function preloadLinks(html: string, urls: ReadonlySet<string>): string {
  const place = urls.size ? headOf(parsePage(html)) : undefined;
  if (!place) return html;
  const links = [...urls].map((url) => `<link rel="preload" as="style" href="${escapeAttribute(url)}">`).join('');
  return insertAll(html, [[place.offset, links]]);
}

/** The element's start tag as written in the page. */
function startTagOf(html: string, element: Element): string {
  const location = element.sourceCodeLocation!.startTag!;
  return html.slice(location.startOffset, location.endOffset);
}

function insertAll(html: string, inserts: [number, string][]): string {
  let result = html;
  for (const [offset, text] of [...inserts].sort((a, b) => b[0] - a[0])) result = result.slice(0, offset) + text + result.slice(offset);
  return result;
}

const shared = new Map<string, Promise<PageRenderer>>();

/**
 * One page, prerendered. The components are loaded on the first call (a few seconds) and kept for
 * the next ones with the same `content`; call `closeRenderers()` when the site is built.
 */
export async function renderPage(html: string, options: RenderPageOptions = {}): Promise<string> {
  const key = options.content ?? '';
  let renderer = shared.get(key);
  if (!renderer) {
    renderer = PageRenderer.open(options.content);
    shared.set(key, renderer);
    renderer.catch(() => shared.delete(key));
  }
  return (await renderer).render(html, options);
}

/**
 * Writes the stylesheets the pages of `renderPage` link (with `stylesheets`) into `dir`, the
 * folder served at that URL. Returns the names of the files written.
 */
export async function writeStylesheets(dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const renderer of shared.values()) {
    for (const [file, css] of (await renderer).stylesheets()) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, file), css);
      written.push(file);
    }
  }
  return [...new Set(written)];
}

/** Closes what `renderPage` loaded. */
export async function closeRenderers(): Promise<void> {
  const open = [...shared.values()];
  shared.clear();
  await Promise.all(open.map(async (renderer) => (await renderer).close()));
}

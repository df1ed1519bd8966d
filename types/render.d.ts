/**
 * `stall-elements/render` (Node only): pages with their `stall-*` elements prerendered, readable
 * without JavaScript. Source: scripts/render/render-page.ts; test/node/render.test.ts checks that
 * these declarations name what the module exports.
 */
export interface RenderPageOptions {
  /** A practice's content folder laid over the bundled content, as in `stall-elements build --content`. */
  content?: string;
  /** Put each article's title (if the page has none), description and schema.org JSON-LD into `<head>`. */
  head?: boolean;
  /**
   * Where the components' stylesheets are served (a URL ending in `/`): each shadow root links
   * `<stylesheets><tag>.css` instead of holding a `<style>`, for `style-src 'self'`. Write the
   * files from `PageRenderer.stylesheets()`. Without it, styles are inline.
   */
  stylesheets?: string;
  /** Told about an element that could not be prerendered (left as it was, for the browser); default `console.warn`. */
  warn?: (message: string) => void;
}

/** One page, prerendered; the components load on the first call and stay loaded until `closeRenderers()`. */
export function renderPage(html: string, options?: RenderPageOptions): Promise<string>;

/** Writes the stylesheets the pages of `renderPage` link (with `stylesheets`) into `dir`; returns the file names. */
export function writeStylesheets(dir: string): Promise<string[]>;

/** Closes what `renderPage` loaded. */
export function closeRenderers(): Promise<void>;

/** Many pages with one loading of the components. */
export class PageRenderer {
  private constructor();
  /** Throws on an invalid `content` folder. */
  static open(content?: string, root?: string): Promise<PageRenderer>;
  render(html: string, options?: Omit<RenderPageOptions, 'content'>): Promise<string>;
  /** The stylesheets the rendered pages link: file name → CSS. */
  stylesheets(): ReadonlyMap<string, string>;
  close(): Promise<void>;
}

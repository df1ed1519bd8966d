/**
 * What the HTML rendered from a practice's own markdown may keep, in one place for both
 * sanitisers: the browser's own (sanitise-native.ts) and DOMPurify where the browser has none
 * (sanitise-dompurify.ts). Kept: ordinary article markup and the library's own `stall-*`
 * elements. Removed: scripts, styles, `style` attributes, event handlers, iframes, forms, images,
 * svg and any link that is not `https:`, `mailto:`, `tel:`, relative or `article:` (rewritten by
 * the article). Links to other sites get `rel="noopener noreferrer"`. Ids survive on headings only.
 *
 * Who the visitor is told to call is the page's to say, never the markdown's: `<stall-practice>`
 * is removed, and so are `country` and the practice's contact attributes on any `stall-*` element.
 * A `src` the component will refuse (another website, another scheme) is kept for it to refuse
 * in words, rather than removed to show bundled content silently in its place.
 */

export const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'cite', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'kbd', 'li', 'mark', 'ol', 'p', 'pre',
  'q', 's', 'section', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'u', 'ul',
];
export const ALLOWED_ATTR = ['href', 'id', 'class', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'start', 'reversed', 'open'];
/**
 * Elements removed with everything inside them (DOMPurify's FORBID_CONTENTS): any other element
 * that is not allowed gives way to its text.
 */
export const REMOVED_WITH_CONTENT = [
  'annotation-xml', 'audio', 'colgroup', 'head', 'iframe', 'math', 'noembed', 'noframes', 'noscript',
  'object', 'embed', 'plaintext', 'script', 'style', 'svg', 'template', 'title', 'video', 'xmp',
];
/**
 * `https:`, `mailto:`, `tel:`, no scheme at all (relative, `#fragment`), or `article:`: a link to
 * another article, which `<stall-article>` rewrites with its `article-href` (article-links.ts)
 * before the page sees it, or strips.
 */
export const ALLOWED_URI_REGEXP = /^(?:(?:https|mailto|tel|article):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
/** Not `<stall-article>`: an article inside an article could load itself without end. Not
 * `<stall-practice>`: it would change the crisis lines and contact details of what it holds. */
export const STALL_TAG = /^stall-(?!article$|practice$)[a-z0-9-]+$/;
export const isStallAttributeName = (name: string) => /^[a-z][a-z0-9-]*$/.test(name) && !/^(?:on|data-)/.test(name) && name !== 'style';

const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
/** Attributes that set the crisis country or the practice's contact details: the page's alone. */
const PAGE_ONLY_ATTRIBUTES = new Set(['country', 'phone', 'email', 'booking-url', 'address', 'hours', 'name']);
const HEADING = /^h[2-6]$/;
const ANCHOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An article's text is rendered into the page's own DOM, where an id also names a global variable
 * (`window.x`) for scripts that look for one. Ids are kept only where anchors need them, on
 * headings, and only lower-case ids like those the renderer makes, never one naming a property of
 * `document` (as DOMPurify's own check): never `__proto__`-like or camelCase names scripts use.
 */
export const keepsId = (element: Element, id: string) => HEADING.test(element.localName) && ANCHOR_ID.test(id) && !(id in document);

/**
 * The checks on an element both sanitisers make after their own: the `stall-*` elements' page-only
 * and URL attributes, and the `rel` of links to other sites.
 */
export function applyPagePolicy(node: Element): void {
  if (node.localName.startsWith('stall-')) {
    for (const { name, value } of [...node.attributes]) {
      if (PAGE_ONLY_ATTRIBUTES.has(name)) {
        node.removeAttribute(name);
        continue;
      }
      // Custom elements skip DOMPurify's URL check: apply it to every attribute that holds a URL.
      const scheme = SCHEME.exec(value)?.[1].toLowerCase();
      if (!scheme || ['https', 'mailto', 'tel'].includes(scheme)) continue;
      // The component fetches `src` from the page's own origin only, and says why it refuses any
      // other: keep a refused `src` for it to refuse in words, without its scheme ("//host/…" is
      // another origin on an https page), rather than show bundled content silently in its place.
      if (name === 'src') node.setAttribute('src', scheme === 'http' ? value.trim().slice('http:'.length) : `//${scheme}-address.invalid/`);
      else node.removeAttribute(name);
    }
  }
  if (node.localName === 'a' && node.hasAttribute('href')) {
    let href: URL | undefined;
    try {
      href = new URL(node.getAttribute('href')!, document.baseURI);
    } catch {
      // Not a URL a browser could follow ("http://["): nothing worth keeping.
    }
    if (!href) node.removeAttribute('href');
    else if (href.origin !== location.origin) node.setAttribute('rel', 'noopener noreferrer');
  }
}

/**
 * Inline handlers and styles, taken out before either sanitiser parses the HTML: Chrome reports
 * (and blocks) them as CSP violations as soon as they are parsed, even into an inert document,
 * which fills the console and any CSP report endpoint. The sanitiser remains the safeguard.
 */
const INLINE_SCRIPT_OR_STYLE = /\s(?:style|on[a-z]+)\s*=\s*(?:"[^"]*"|'[^']*'|(?<=\son[a-z]+\s*=\s*)[^\s"'>]+)/gi;
export const withoutInlineScriptOrStyle = (html: string) => html.replace(INLINE_SCRIPT_OR_STYLE, '');

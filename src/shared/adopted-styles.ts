/**
 * Browsers empty a shadow root's adopted stylesheets when its element moves to another document
 * (into an iframe, into a new document, and back again), and Lit adopts them only when the element
 * first renders (lit/lit#4868): a moved component would come back unstyled. Every component calls
 * this from its `adoptedCallback`. Constructed stylesheets are not inline styles, so a strict
 * Content-Security-Policy (`style-src 'self'`) allows them in any document.
 */
import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';

/** Copies of the styles made for other documents: a stylesheet belongs to the document that made it. */
const copiesByDocument = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

const cssTextOf = (style: CSSResultOrNative) =>
  style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;

/**
 * `style` as a stylesheet `doc` can adopt: Lit's own in the document the library runs in, a copy
 * made once per other document; undefined in a document without a window.
 */
export function styleSheetFor(style: CSSResultOrNative, doc: Document): CSSStyleSheet | undefined {
  if (doc === document) return style instanceof CSSStyleSheet ? style : style.styleSheet;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return undefined;
  let copies = copiesByDocument.get(doc);
  if (!copies) copiesByDocument.set(doc, (copies = new Map()));
  let copy = copies.get(style);
  if (!copy) {
    copy = new view.CSSStyleSheet();
    copy.replaceSync(cssTextOf(style));
    copies.set(style, copy);
  }
  return copy;
}

/** Gives `element`'s shadow root its styles again, as sheets of the document it is now in. */
export function readoptStyles(element: ReactiveElement): void {
  const root = element.shadowRoot;
  const styles = (element.constructor as typeof ReactiveElement).elementStyles;
  if (!root || !styles.length) return;
  if (element.ownerDocument === document) {
    adoptStyles(root, styles);
    return;
  }
  const sheets = styles.map((style) => styleSheetFor(style, element.ownerDocument));
  // A document without a window (createHTMLDocument) renders nothing: nothing to style.
  if (sheets.every((sheet) => sheet)) root.adoptedStyleSheets = sheets as CSSStyleSheet[];
}

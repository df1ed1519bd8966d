/**
 * Reading a page with parse5 for prerendering: which `stall-*` elements to render, what is around
 * each (the `<stall-practice>`, the nearest `lang`), and the part of @lit-labs/ssr's output that
 * goes into the page for one element. The page itself is never re-serialised: the renderer only
 * inserts text at offsets parse5 reports, so everything else stays byte for byte as written.
 */
import { parse, parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { practiceAttributes } from '../../src/practice/practice-config.js';
import type { Attributes } from '../../src/ssr/render-element.js';

/** The attribute of each field of `<stall-practice>`'s JSON settings: the component's own table. */
const PRACTICE_FIELDS: Record<string, string> = practiceAttributes;

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * The tags `stall-elements render` prerenders. Not `<stall-progress>`: what it shows is the
 * visitor's own check-ins, kept in their browser, and its form does nothing without script.
 */
export const PRERENDERED_TAGS = new Set(['stall-practice', 'stall-crisis-footer', 'stall-checklist', 'stall-decision', 'stall-article']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);
export const attributesOf = (element: Element): Attributes => element.attrs.map(({ name, value }) => [name, value]);
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

function* elements(node: Node): Generator<Element> {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

const hasDeclaredRoot = (element: Element) => element.childNodes.some((child) => isElement(child) && child.tagName === 'template' && attribute(child, 'shadowrootmode') !== undefined);

/**
 * Whether the browser must render the element itself: markup from a file (`src`) or written inside
 * it (an article's `<script type="text/markdown">`) is checked and sanitised by the run-time loader.
 */
function leftToTheBrowser(element: Element): boolean {
  if (attribute(element, 'src')) return true;
  return element.tagName === 'stall-article' && element.childNodes.some((child) => isElement(child) && child.tagName === 'script');
}


/**
 * A practice's settings as attributes: its JSON child (`<script type="application/json">`), which
 * the component reads in the browser, with its attributes winning as they do there. JSON that does
 * not parse counts as none (the browser warns about it); the component checks every value.
 */
function practiceSettings(practice: Element): Attributes {
  const own = attributesOf(practice);
  const script = practice.childNodes.find((child) => isElement(child) && child.tagName === 'script' && attribute(child, 'type')?.trim().toLowerCase() === 'application/json');
  const text = script && isElement(script) ? script.childNodes.map((node) => ('value' in node ? node.value : '')).join('') : '';
  let json: unknown;
  try {
    json = text.trim() ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return own;
  const fromJson: Attributes = Object.entries(json as Record<string, unknown>).flatMap(([field, value]) =>
    Object.hasOwn(PRACTICE_FIELDS, field) && typeof value === 'string' && !own.some(([name]) => name === PRACTICE_FIELDS[field]) ? [[PRACTICE_FIELDS[field], value] as [string, string]] : [],
  );
  return [...own, ...fromJson];
}

export interface Found {
  element: Element;
  /** Where the declarative shadow root goes: just after the element's start tag. */
  offset: number;
  practice?: Attributes;
  lang?: string;
}

/** The page's `stall-*` elements that still need prerendering, in document order. */
export function elementsToRender(document: ParentNode): Found[] {
  const found: Found[] = [];
  for (const element of elements(document)) {
    if (!PRERENDERED_TAGS.has(element.tagName) || hasDeclaredRoot(element) || leftToTheBrowser(element)) continue;
    const offset = element.sourceCodeLocation?.startTag?.endOffset;
    if (offset === undefined) continue;
    let practice: Attributes | undefined;
    let lang: string | undefined;
    for (let up = element.parentNode; up && isElement(up as Node); up = (up as Element).parentNode) {
      const ancestor = up as Element;
      lang ??= attribute(ancestor, 'lang') || undefined;
      if (!practice && ancestor.tagName === 'stall-practice') practice = practiceSettings(ancestor);
    }
    found.push({ element, offset, practice, lang });
  }
  return found;
}

export const parsePage = (html: string) => parse(html, { sourceCodeLocationInfo: true });

/** Boolean attributes: @lit-labs/ssr writes a property binding like `.checked=${false}` as `checked="false"`, which means checked. */
const BOOLEAN_ATTRIBUTES = new Set(['checked', 'selected', 'disabled', 'hidden', 'required', 'readonly', 'multiple', 'open']);
const isLitMarker = (node: Node) => node.nodeName === '#comment' && /^\/?lit-(part|node)/.test((node as DefaultTreeAdapterMap['commentNode']).data);

/** Names a component's `<style>` in the page's own DOM (src/article/article-body.ts: PRERENDERED_STYLESHEET). */
const LIGHT_DOM_STYLESHEET = 'data-stall-stylesheet';

/** A `<link>` to the stylesheet in place of a `<style>`. */
function linkTo(href: string, parent: ParentNode): ChildNode {
  const link = parseFragment(`<link rel="stylesheet" href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`).childNodes[0];
  link.parentNode = parent;
  return link;
}

/**
 * Readies @lit-labs/ssr's output for the page: Lit's hydration markers go (the components render
 * again in place, src/shared/prerendered.ts), boolean attributes mean what they say, and each
 * shadow root's `<style>` (and a named one in the page's DOM) becomes a `<link>` when `stylesheet`
 * says where its CSS is.
 */
function tidy(node: Node, stylesheet?: (tag: string, css: string) => string): void {
  if (isElement(node)) {
    node.attrs = node.attrs.filter((attr) => !(BOOLEAN_ATTRIBUTES.has(attr.name) && attr.value === 'false'));
    // shadowroot="open" is the old spelling of shadowrootmode: browsers today read only the new one.
    if (node.tagName === 'template') node.attrs = node.attrs.filter((attr) => attr.name !== 'shadowroot');
  }
  for (const parent of [node, 'content' in node ? (node.content as unknown as Node) : undefined]) {
    if (!parent || !('childNodes' in parent)) continue;
    const inShadowRoot = parent !== node && isElement(node) && attribute(node, 'shadowrootmode') !== undefined;
    const up = isElement(node) ? node.parentNode : null;
    const owner = up && isElement(up as Node) ? (up as Element).tagName : undefined;
    parent.childNodes = (parent.childNodes as ChildNode[])
      .filter((child) => !isLitMarker(child))
      .map((child) => {
        if (!stylesheet || !isElement(child) || child.tagName !== 'style') return child;
        // A shadow root's styles, or styles for the page's own DOM that a component names (an article's text).
        const name = inShadowRoot ? owner : attribute(child, LIGHT_DOM_STYLESHEET);
        if (!name || !/^stall-[a-z-]+$/.test(name)) return child;
        const css = child.childNodes.map((text) => ('value' in text ? text.value : '')).join('');
        return linkTo(stylesheet(name, css), parent);
      });
    for (const child of parent.childNodes) tidy(child, stylesheet);
  }
}

/**
 * From @lit-labs/ssr's output, the element's declarative shadow root and any light DOM it
 * rendered (an article's text, with the components in it prerendered too).
 */
export function elementPart(output: string, tag: string, stylesheet?: (tag: string, css: string) => string): string {
  const fragment = parseFragment(output);
  const target = [...elements(fragment)].find((element) => element.tagName === tag);
  if (!target) throw new Error(`@lit-labs/ssr wrote no <${tag}>`);
  tidy(target, stylesheet);
  return target.childNodes.filter(isElement).map((part) => serializeOuter(part)).join('');
}

/** The element `<head>`, and the offset where text can go at its end (or its start, when its end tag is implied). */
export function headOf(document: ParentNode): { head: Element; offset: number } | undefined {
  const head = [...elements(document)].find((element) => element.tagName === 'head');
  const location = head?.sourceCodeLocation;
  const offset = location?.endTag?.startOffset ?? location?.startTag?.endOffset;
  return head && offset !== undefined ? { head, offset } : undefined;
}

export const hasChild = (element: Element, test: (child: Element) => boolean) => element.childNodes.some((child) => isElement(child) && test(child));
export { attribute };

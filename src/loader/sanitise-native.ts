/**
 * The browser's own HTML Sanitizer (`setHTML` with a `Sanitizer`), where it exists: it parses the
 * markdown's HTML into an inert template and removes everything that can run script (its safe
 * baseline, which no configuration can turn off), and with the configuration below also svg,
 * math, styles and frames with their content. The allow-list of sanitise-policy.ts then keeps
 * only ordinary article markup: any other element gives way to its text, as under DOMPurify.
 * Nothing to download: DOMPurify stays out of the loader where this works.
 */
import {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  ALLOWED_URI_REGEXP,
  REMOVED_WITH_CONTENT,
  STALL_TAG,
  applyPagePolicy,
  isStallAttributeName,
  keepsId,
  withoutInlineScriptOrStyle,
} from './sanitise-policy.js';

const HTML = 'http://www.w3.org/1999/xhtml';
const allowedTags = new Set(ALLOWED_TAGS);
const allowedAttributes = new Set(ALLOWED_ATTR);
const removedWithContent = new Set(REMOVED_WITH_CONTENT);
/** Attributes that hold no URL (DOMPurify's URI_SAFE_ATTRIBUTES among ours): every other is checked as one. */
const NOT_A_URL = new Set(['class', 'id', 'title']);
/** What DOMPurify strips from a value before it checks it as a URL ("jav&#x09;ascript:"). */
const ATTRIBUTE_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
/**
 * DOMPurify's guards against markup that parses differently once serialised and parsed again
 * (mutation XSS): a value that would close a raw-text element, an element whose text is markup.
 */
const ATTRIBUTE_VALUE_BREAKOUT = /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;
const MARKUP = /<[/\w!]/;

const config: SanitizerConfig = {
  removeElements: [
    ...REMOVED_WITH_CONTENT,
    { name: 'svg', namespace: 'http://www.w3.org/2000/svg' },
    { name: 'math', namespace: 'http://www.w3.org/1998/Math/MathML' },
  ],
  removeAttributes: ['style'],
  comments: false,
};

function keepsAttribute(element: Element, stall: boolean, { name, value, namespaceURI }: Attr): boolean {
  if (namespaceURI !== null || ATTRIBUTE_VALUE_BREAKOUT.test(value)) return false;
  if (name === 'id') return keepsId(element, value);
  if (stall) return isStallAttributeName(name) && name !== 'is';
  // An empty value (`open`) holds no URL.
  return allowedAttributes.has(name) && (NOT_A_URL.has(name) || !value || ALLOWED_URI_REGEXP.test(value.replace(ATTRIBUTE_WHITESPACE, '')));
}

/** Applies the allow-list to what the browser's sanitiser left, depth first. */
function keepAllowed(parent: ParentNode): void {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    const markupAsText = node.hasChildNodes() && node instanceof Element && !node.firstElementChild && MARKUP.test(node.textContent ?? '') && MARKUP.test(node.innerHTML);
    if (!(node instanceof Element) || node.namespaceURI !== HTML || removedWithContent.has(node.localName) || markupAsText) {
      node.remove();
      continue;
    }
    keepAllowed(node);
    const stall = STALL_TAG.test(node.localName);
    if (!stall && !allowedTags.has(node.localName)) {
      node.replaceWith(...node.childNodes);
      continue;
    }
    for (const attribute of [...node.attributes]) if (!keepsAttribute(node, stall, attribute)) node.removeAttributeNode(attribute);
    applyPagePolicy(node);
  }
}

interface SafeHtmlSink {
  setHTML(html: string, options: { sanitizer: Sanitizer }): void;
}

/**
 * What the browser's sanitiser alone must make of this, before the allow-list runs: another
 * answer means it is not the Sanitizer we know (an older API that ignores this configuration).
 * No inline handler or style: Chrome reports those to the page's CSP as soon as they are parsed.
 */
const PROBE = '<p>a<!--c--></p><script>x()</script><svg><a>s</a></svg><noscript>n</noscript><a href="javascript:x()">b</a>';
const PROBE_RESULT = '<p>a</p><a>b</a>';

/**
 * The sanitising function on the browser's own Sanitizer, or undefined where there is none, or
 * where it is an older one (another configuration format) that fails the probe.
 */
export function nativeSanitiser(): ((dirty: string) => string) | undefined {
  if (typeof Sanitizer !== 'function' || typeof (HTMLTemplateElement.prototype as Partial<SafeHtmlSink>).setHTML !== 'function') return undefined;
  try {
    const sanitizer = new Sanitizer(config);
    /** Into a template's inert contents: nothing is upgraded, fetched or run while it is checked. */
    const parse = (html: string) => {
      const template = document.createElement('template') as HTMLTemplateElement & SafeHtmlSink;
      template.setHTML(html, { sanitizer });
      return template;
    };
    if (parse(PROBE).innerHTML !== PROBE_RESULT) return undefined;
    return (dirty) => {
      const template = parse(withoutInlineScriptOrStyle(dirty));
      keepAllowed(template.content);
      return template.innerHTML;
    };
  } catch {
    return undefined;
  }
}

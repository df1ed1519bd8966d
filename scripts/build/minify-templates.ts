/**
 * A build step for every bundle of the components (the drop-in bundle, the npm library, a
 * practice's `stall-elements build`, and `stall-elements render`): the static text of our `html`
 * and `css` templates without the indentation and comments that make the sources readable.
 * Fewer bytes to download and parse, and no whitespace-only text nodes for Lit to clone and the
 * browser to lay out, with the same rendering:
 *
 * - html: a run of whitespace that holds a line break becomes one space (HTML shows any run as
 *   one space), or nothing where it touches the start or end tag of an element that is a block by
 *   default (whitespace there starts or ends a line and is never shown). Spaces within a line are
 *   kept, and a template with `<pre>` or `<textarea>` is left as written.
 * - css: comments go, every run of whitespace becomes one space, and none is kept next to `{`,
 *   `}` or `;`. Quoted strings are left as written.
 *
 * Only templates tagged with lit's `html` or `css` in our own `src` are touched (`svg` and the
 * text of content files are not).
 */
import { parseAst, type Plugin } from 'vite';

const BLOCK_TAGS = new Set(
  'address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol p section summary table tbody td tfoot th thead tr ul'.split(' '),
);

/** The tag name of the start or end tag that ends just before `index` (`text[index - 1] === '>'`), lower-cased. */
function tagEndingAt(text: string, index: number): string | undefined {
  if (text[index - 1] !== '>') return undefined;
  const open = text.lastIndexOf('<', index - 1);
  return open < 0 ? undefined : /^<\/?([a-zA-Z][\w-]*)/.exec(text.slice(open, index))?.[1]?.toLowerCase();
}

/** The tag name of the start or end tag that begins at `index`, lower-cased. */
const tagStartingAt = (text: string, index: number) => /^<\/?([a-zA-Z][\w-]*)/.exec(text.slice(index))?.[1]?.toLowerCase();

/** One static part of an `html` template, its line-breaking whitespace collapsed (see above). */
export function minifyHtmlText(text: string): string {
  return text.replace(/\s*\n\s*/g, (run, index: number) => {
    const before = tagEndingAt(text, index);
    const after = tagStartingAt(text, index + run.length);
    return (before && BLOCK_TAGS.has(before)) || (after && BLOCK_TAGS.has(after)) ? '' : ' ';
  });
}

/** One static part of a `css` template, without comments and spare whitespace (see above). */
export function minifyCssText(text: string): string {
  const QUOTED = /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/.source;
  return text
    .replace(new RegExp(`${QUOTED}|/\\*[\\s\\S]*?\\*/`, 'g'), (_match, quoted: string | undefined) => quoted ?? ' ')
    .replace(new RegExp(`${QUOTED}|\\s+`, 'g'), (_match, quoted: string | undefined) => quoted ?? ' ')
    .replace(new RegExp(`${QUOTED}| ?([{};]) ?`, 'g'), (_match, quoted: string | undefined, punctuation: string) => quoted ?? punctuation);
}

interface Node {
  type: string;
  [key: string]: unknown;
}
interface TemplateElement extends Node {
  start: number;
  end: number;
  value: { raw: string };
}

function* taggedTemplates(node: unknown): Generator<{ tag: string; quasis: TemplateElement[] }> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  const { type, tag, quasi } = node as Node & { tag?: Node & { name?: string }; quasi?: { quasis: TemplateElement[] } };
  if (type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && (tag.name === 'html' || tag.name === 'css') && quasi) yield { tag: tag.name, quasis: quasi.quasis };
  for (const value of Object.values(node)) if (value && typeof value === 'object') yield* taggedTemplates(value);
}

/** `code` (JavaScript) with the static text of its `html` and `css` templates minified. */
export function minifyTemplates(code: string): string {
  if (!/\b(?:html|css)`/.test(code)) return code;
  const edits: [start: number, end: number, text: string][] = [];
  for (const { tag, quasis } of taggedTemplates(parseAst(code))) {
    // Whitespace that is shown as written: left alone.
    if (tag === 'html' && quasis.some(({ value }) => /<(?:pre|textarea)\b/i.test(value.raw))) continue;
    for (const [index, { start, end, value }] of quasis.entries()) {
      // Offsets that do not point at the text (never seen): the template is left as written.
      if (code.slice(start, end) !== value.raw) continue;
      let text = tag === 'html' ? minifyHtmlText(value.raw) : minifyCssText(value.raw);
      // A stylesheet's first and last spaces separate nothing.
      if (tag === 'css' && index === 0) text = text.trimStart();
      if (tag === 'css' && index === quasis.length - 1) text = text.trimEnd();
      if (text !== value.raw) edits.push([start, end, text]);
    }
  }
  let result = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

/** The Vite plugin: runs after TypeScript is compiled, on the modules of our own `src`. */
export function minifiedTemplates(): Plugin {
  return {
    name: 'stall-elements:minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id.split('?')[0]) || /[\\/]node_modules[\\/]/.test(id)) return null;
      const result = minifyTemplates(code);
      return result === code ? null : { code: result, map: null };
    },
  };
}

/**
 * The one markdown renderer of the library, used by the build (bundled content) and by the lazy
 * run-time loader (a practice's own files, whose output is then sanitised).
 *
 * Beyond GitHub-flavoured markdown it knows two things authors need:
 * - `## Heading {#id}` gives a heading a stable id (the checklist links to article sections);
 *   other headings get an id made from their text.
 * - `[^source-id]` marks a citation; it becomes a numbered link to the source list.
 */
import { Marked, type Tokens } from 'marked';
import { sourceAnchor } from './source-anchor.js';

export interface Heading {
  depth: number;
  id: string;
  text: string;
}

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  /** Citation ids used in the text that are not among the given sources. */
  unknownCitations: string[];
}

export interface RenderOptions {
  /** Source ids in the order of the reference list; a citation's number is its place here. */
  sourceIds?: readonly string[];
}

/** State of the render in progress; marked renders synchronously, so one slot is enough. */
let current: { headings: Heading[]; unknown: Set<string>; sourceIds: readonly string[]; usedIds: Set<string> } | undefined;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);

export function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export { sourceAnchor };

const marked = new Marked({
  gfm: true,
  extensions: [
    {
      name: 'citation',
      level: 'inline',
      // No `start`: marked already stops plain text before every "[", and a `start` function is
      // called on the rest of the paragraph at every text token, which made long runs of "["
      // take seconds (quadratic) in a file loaded at run time.
      tokenizer(src: string) {
        const match = /^\[\^([a-z0-9-]+)\]/.exec(src);
        return match ? { type: 'citation', raw: match[0], id: match[1] } : undefined;
      },
      renderer(token) {
        const id = String(token.id);
        const index = current?.sourceIds.indexOf(id) ?? -1;
        if (index < 0) {
          current?.unknown.add(id);
          return '';
        }
        return `<sup class="citation"><a href="#${sourceAnchor(id)}" aria-label="source ${index + 1}">[${index + 1}]</a></sup>`;
      },
    },
  ],
  renderer: {
    heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, { tokens, depth, text }: Tokens.Heading) {
      // Anchored at the end of trimmed text: a leading `\s*` would backtrack through every space
      // of a long heading (quadratic).
      const explicit = /\{#([a-z0-9-]+)\}$/.exec(text.trimEnd());
      const inline = withoutExplicitId(this.parser.parseInline(tokens));
      const plain = inline.replace(/<[^>]*>/g, '');
      let id = explicit?.[1] ?? (slugify(plain) || 'section');
      // Two headings with the same text still need distinct anchors.
      for (let n = 2; current?.usedIds.has(id); n++) id = `${explicit?.[1] ?? slugify(plain)}-${n}`;
      current?.usedIds.add(id);
      current?.headings.push({ depth, id, text: plain });
      return `<h${depth} id="${escapeHtml(id)}">${inline}</h${depth}>\n`;
    },
  },
});

/** A heading's HTML without its trailing `{#id}`, in linear time. */
function withoutExplicitId(headingHtml: string): string {
  const trimmed = headingHtml.trimEnd();
  const match = /\{#[a-z0-9-]+\}$/.exec(trimmed);
  return match ? trimmed.slice(0, match.index).trimEnd() : headingHtml;
}

export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  current = { headings: [], unknown: new Set(), sourceIds: options.sourceIds ?? [], usedIds: new Set() };
  try {
    const html = marked.parse(markdown, { async: false });
    return { html, headings: current.headings, unknownCitations: [...current.unknown] };
  } finally {
    current = undefined;
  }
}

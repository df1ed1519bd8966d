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

/** The id of a source's entry in a reference list, shared by the renderer and the article view. */
export const sourceAnchor = (id: string) => `source-${id}`;

const marked = new Marked({
  gfm: true,
  extensions: [
    {
      name: 'citation',
      level: 'inline',
      start: (src: string) => src.indexOf('[^'),
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
      const explicit = /\s*\{#([a-z0-9-]+)\}\s*$/.exec(text);
      const inline = this.parser.parseInline(tokens).replace(/\s*\{#[a-z0-9-]+\}\s*$/, '');
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

export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  current = { headings: [], unknown: new Set(), sourceIds: options.sourceIds ?? [], usedIds: new Set() };
  try {
    const html = marked.parse(markdown, { async: false });
    return { html, headings: current.headings, unknownCitations: [...current.unknown] };
  } finally {
    current = undefined;
  }
}

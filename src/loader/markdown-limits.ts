/**
 * Limits on the markdown of a file loaded at run time, checked before marked reads it. marked
 * takes time that grows with the square of some inputs (thousands of `*` or `_` in one paragraph)
 * and runs out of stack on thousands of nested quotes or lists, all on the page's main thread. A
 * practice's real file comes nowhere near these limits; a broken or hostile one gets a clear error
 * instead of a frozen page. Bundled content is compiled at build time and not limited.
 */
import type { Render } from '../content/kinds.js';
import { ContentError } from '../content/parse.js';

export interface MarkdownLimits {
  /** All the markdown of one file together (its body and every markdown field). */
  totalChars: number;
  /** One paragraph, list or quote: text between blank lines. */
  blockChars: number;
  /** Emphasis marks (`*`, `_`, `~`) in one paragraph. */
  marksPerBlock: number;
  /** Quotes and list items inside each other (two columns of indentation count as one). */
  nesting: number;
  /** Headings in all the markdown of one file: each becomes an anchor and a line of the contents. */
  headings: number;
}

export const MARKDOWN_LIMITS: MarkdownLimits = { totalChars: 200_000, blockChars: 20_000, marksPerBlock: 1_000, nesting: 32, headings: 100 };

const count = (value: number) => new Intl.NumberFormat('en').format(value);
/** The start of a paragraph's first line, quoted, for an author to find it. */
function opening(text: string): string {
  const line = text.trim().split('\n')[0];
  return `"${line.length > 30 ? `${line.slice(0, 30)}…` : line}"`;
}
const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/y;
const EMPHASIS_MARK = /[*_~]/g;
/** A line that starts an ATX heading (`## …`) or underlines a setext one (`===`, `---`). */
const HEADING_LINE = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:=+|-+)[ \t]*$)/gm;

/** How deeply a line sits inside quotes and lists, in linear time. */
function nestingOf(line: string): number {
  let depth = 0;
  let columns = 0;
  for (let i = 0; i < line.length; ) {
    const char = line[i];
    if (char === ' ' || char === '\t') {
      columns += char === '\t' ? 4 : 1;
      i++;
    } else if (char === '>') {
      depth++;
      i++;
    } else {
      LIST_MARKER.lastIndex = i;
      if (!LIST_MARKER.test(line)) break;
      depth++;
      i = LIST_MARKER.lastIndex;
    }
  }
  return depth + Math.floor(columns / 2);
}

/** Why `markdown` is beyond the limits, or undefined when it is within them. */
export function markdownBeyondLimits(markdown: string, limits: MarkdownLimits = MARKDOWN_LIMITS): string | undefined {
  for (const block of markdown.split(/\n[ \t]*(?:\r?\n|$)/)) {
    if (block.length > limits.blockChars) {
      return `a paragraph is too long: more than ${count(limits.blockChars)} characters without a blank line, starting ${opening(block)}`;
    }
    if ((block.match(EMPHASIS_MARK)?.length ?? 0) > limits.marksPerBlock) {
      return `a paragraph has more than ${count(limits.marksPerBlock)} of the marks * _ ~, starting ${opening(block)}`;
    }
    for (const line of block.split('\n')) {
      if (nestingOf(line) > limits.nesting) {
        return `quotes or lists are nested more than ${limits.nesting} levels deep, at the line starting ${opening(line)}`;
      }
    }
  }
  return undefined;
}

/**
 * `render` for one file, refusing markdown beyond the limits with a ContentError, so that the
 * component shows it like any other problem in the file.
 */
export function limitedRender(file: string, render: Render, limits: MarkdownLimits = MARKDOWN_LIMITS): Render {
  let total = 0;
  let headings = 0;
  return (markdown, options) => {
    total += markdown.length;
    headings += markdown.match(HEADING_LINE)?.length ?? 0;
    const problem =
      total > limits.totalChars
        ? `the file has too much markdown: more than ${count(limits.totalChars)} characters in all`
        : headings > limits.headings
          ? `the file has more than ${count(limits.headings)} headings`
          : markdownBeyondLimits(markdown, limits);
    if (problem) throw new ContentError(file, [{ path: '', message: problem }]);
    return render(markdown, options);
  };
}

/**
 * The front-matter parser of the library: the part of YAML 1.2 (core schema) that content files
 * use, and a clear error naming the line for anything else. One parser for the build, the
 * authoring check and the run-time loader, small enough for the lazy loader chunk (the `yaml`
 * package is about 30 KB gzipped; test/node/yaml-subset.test.ts checks that both agree on every
 * content file and fixture).
 *
 * Supported: block mappings and sequences (also `- key: value` items and a list at its key's
 * indentation), plain, "double-quoted" and 'single-quoted' scalars (also over several lines),
 * literal `|` and folded `>` block scalars with `-`/`+` and an indentation digit, flow `[…]` and
 * `{…}` collections, comments, and null, booleans, integers and floats as the core schema reads
 * them (dates stay strings). Refused with a message: anchors and aliases, tags, directives,
 * complex `?` keys, tabs as indentation, duplicate keys, nesting deeper than MAX_DEPTH, more than
 * YAML_LIMITS allow.
 *
 * Runs in linear time on any input, and stops at YAML_LIMITS, so a hostile file loaded at run time
 * cannot freeze the page: a file of 100,000 list entries is refused at entry 2,001 with a message
 * that names its line, instead of costing seconds of checks and 100,000 lines of errors.
 */

/** A parsed value with the 1-based line where it starts, and its children for lists and field sets. */
interface YamlNode {
  value: unknown;
  line: number;
  children?: Map<string, YamlNode> | YamlNode[];
}

export interface YamlDocument {
  value: unknown;
  /** The line of the deepest node of `path` that exists: a missing field points at its parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

export class YamlSubsetError extends Error {
  /** 1-based line of the YAML text. */
  readonly line: number;
  /** Valid YAML, but more of it than YAML_LIMITS allow. */
  readonly tooLarge: boolean;

  constructor(line: number, message: string, tooLarge = false) {
    super(message);
    this.name = 'YamlSubsetError';
    this.line = line;
    this.tooLarge = tooLarge;
  }
}

export const MAX_DEPTH = 64;

/**
 * Far beyond any real content file (the largest bundled one has about 600 values; the schemas
 * allow at most 100 steps or items) and small enough to check in a few milliseconds.
 */
export const YAML_LIMITS = {
  /** Lines of front matter, counted before anything is parsed. */
  lines: 30_000,
  /** Entries of one list or fields of one set of fields. */
  entries: 2_000,
  /** Values in the whole front matter. */
  values: 20_000,
};

const count = (value: number) => new Intl.NumberFormat('en').format(value);

interface Line {
  /** Offset in the text of the first character after the indentation. */
  start: number;
  indent: number;
  /** The line after its indentation. */
  text: string;
  number: number;
}

const NOT_ALLOWED = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SEQUENCE_ENTRY = /^-(?:[ \t]|$)/;
const isBlank = (text: string) => /^[ \t]*(?:#.*)?$/.test(text);

/** Parses `text`; throws a YamlSubsetError naming the line of the first problem. */
export function parseYamlSubset(text: string): YamlDocument {
  const lines = countLines(text, YAML_LIMITS.lines);
  if (lines > YAML_LIMITS.lines) {
    throw new YamlSubsetError(YAML_LIMITS.lines + 1, `more than ${count(YAML_LIMITS.lines)} lines`, true);
  }
  const root = new Parser(text.replace(/\r\n?/g, '\n')).parseDocument();
  return { value: root.value, lineOf: (path) => lineOfPath(root, path) };
}

/** Lines of `text`, counted up to just past `limit` without splitting it. */
function countLines(text: string, limit: number): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && lines <= limit; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

function lineOfPath(root: YamlNode, path: readonly PropertyKey[]): number {
  let node = root;
  for (const key of path) {
    const next = node.children instanceof Map ? node.children.get(String(key)) : node.children?.[Number(key)];
    if (!next) break;
    node = next;
  }
  return node.line;
}

/** A plain scalar as the YAML 1.2 core schema reads it. */
function resolvePlain(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

class Parser {
  private readonly text: string;
  private readonly lines: Line[] = [];
  private readonly lineStarts: number[] = [];
  /** Index in `lines` of the line being read. */
  private at = 0;
  private depth = 0;
  /** Values read so far, against YAML_LIMITS.values. */
  private values = 0;

  constructor(text: string) {
    this.text = text;
    let start = 0;
    for (const [index, raw] of text.split('\n').entries()) {
      const indent = /^ */.exec(raw)![0].length;
      this.lineStarts.push(start);
      this.lines.push({ start: start + indent, indent, text: raw.slice(indent), number: index + 1 });
      start += raw.length + 1;
    }
  }

  parseDocument(): YamlNode {
    const bad = NOT_ALLOWED.exec(this.text);
    if (bad) {
      const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      this.fail(this.lineAt(bad.index), `the character U+${code} is not allowed in YAML`);
    }
    const first = this.nextContent();
    if (!first) return { value: null, line: 1 };
    const root = this.parseBlockNode(-1);
    const rest = this.nextContent();
    if (rest) this.fail(rest.number, rest.indent > 0 ? 'this line is indented more than the lines above it' : 'expected "key: value"');
    return root;
  }

  // ---------------------------------------------------------------- lines

  private fail(line: number, message: string): never {
    throw new YamlSubsetError(line, message);
  }

  private lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** The next line with content (skipping blank and comment lines), or undefined at the end. */
  private nextContent(): Line | undefined {
    while (this.at < this.lines.length && isBlank(this.lines[this.at].text)) this.at++;
    const line = this.lines[this.at];
    if (line?.text.startsWith('\t')) this.fail(line.number, 'indent with spaces, not tabs');
    return line;
  }

  /** Counts one more entry of a collection (and one more value), failing past the limits. */
  private countEntry(entries: number, line: number, isList: boolean): void {
    const limit = (message: string) => {
      throw new YamlSubsetError(line, message, true);
    };
    if (entries > YAML_LIMITS.entries) limit(isList ? `a list of more than ${count(YAML_LIMITS.entries)} entries` : `more than ${count(YAML_LIMITS.entries)} fields in one set`);
    if (++this.values > YAML_LIMITS.values) limit(`more than ${count(YAML_LIMITS.values)} values`);
  }

  private isCollectionStart(line: Line): boolean {
    return SEQUENCE_ENTRY.test(line.text) || this.keyOf(line) !== undefined;
  }

  private nested<T>(line: number, parse: () => T): T {
    if (++this.depth > MAX_DEPTH) this.fail(line, `lists and fields are nested more than ${MAX_DEPTH} levels deep`);
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  // ---------------------------------------------------------------- block collections

  /** The node that starts on the current line: a list, a set of fields or a scalar. */
  private parseBlockNode(parentIndent: number): YamlNode {
    const line = this.lines[this.at];
    return this.nested(line.number, () => {
      if (SEQUENCE_ENTRY.test(line.text)) return this.parseSequence(line.indent);
      if (this.keyOf(line)) return this.parseMapping(line.indent);
      return this.parseValue(line, line.start, parentIndent, false);
    });
  }

  /** `key:` at the start of a line: the key and the offset in the line after the colon. */
  private keyOf(line: Line): { key: string; after: number } | undefined {
    const { text } = line;
    if (text[0] === '"' || text[0] === "'") {
      let end: number;
      let key: string;
      try {
        ({ value: key, end } = this.scanQuoted(line.start, -1, true));
      } catch {
        return undefined; // not closed on this line: reported when read as a value
      }
      const colon = /^[ \t]*:(?:[ \t]|$)/.exec(this.text.slice(end, this.lineStarts[line.number] ?? this.text.length));
      return colon ? { key, after: end - line.start + colon[0].indexOf(':') + 1 } : undefined;
    }
    if (/^[-?:](?:[ \t]|$)/.test(text) || /^[[\]{},#&*!|>%@`]/.test(text)) return undefined;
    const colon = /:(?:[ \t]|$)/.exec(text);
    if (!colon) return undefined;
    const key = text.slice(0, colon.index);
    if (/[ \t]#/.test(key)) return undefined;
    return { key: key.trimEnd(), after: colon.index + 1 };
  }

  private parseMapping(indent: number): YamlNode {
    const value: Record<string, unknown> = {};
    const children = new Map<string, YamlNode>();
    const node: YamlNode = { value, line: this.lines[this.at].number, children };
    for (let line = this.nextContent(); line && line.indent >= indent; line = this.nextContent()) {
      if (line.indent > indent) this.fail(line.number, 'this line is indented more than the field above it');
      const found = this.keyOf(line);
      if (!found) {
        this.fail(line.number, SEQUENCE_ENTRY.test(line.text) ? 'a "- " list item must be under a "key:", indented' : 'expected "key: value"');
      }
      if (children.has(found.key)) this.fail(line.number, `the key "${found.key}" appears twice`);
      this.countEntry(children.size + 1, line.number, false);
      const child = this.parseValue(line, line.start + found.after, indent, true);
      children.set(found.key, child);
      setField(value, found.key, child.value);
    }
    return node;
  }

  private parseSequence(indent: number): YamlNode {
    const value: unknown[] = [];
    const children: YamlNode[] = [];
    const node: YamlNode = { value, line: this.lines[this.at].number, children };
    for (let line = this.nextContent(); line && line.indent >= indent; line = this.nextContent()) {
      if (line.indent > indent) this.fail(line.number, 'this line is indented more than the list item above it');
      // The next field of a mapping whose list sits at the same indentation as its key.
      if (!SEQUENCE_ENTRY.test(line.text)) break;
      this.countEntry(children.length + 1, line.number, true);
      const rest = line.text.slice(1);
      const gap = /^[ \t]*/.exec(rest)![0];
      const item: Line = { start: line.start + 1 + gap.length, indent: line.indent + 1 + gap.length, text: rest.slice(gap.length), number: line.number };
      let child: YamlNode;
      if (item.text && !item.text.startsWith('#') && this.isCollectionStart(item)) {
        // `- key: value` or `- - item`: a collection whose indentation is where its first line starts.
        if (gap.includes('\t')) this.fail(line.number, 'use spaces, not tabs, after "-"');
        this.lines[this.at] = item;
        child = this.parseBlockNode(indent);
      } else {
        child = this.parseValue(line, item.start, indent, false);
      }
      children.push(child);
      value.push(child.value);
    }
    return node;
  }

  // ---------------------------------------------------------------- values

  /**
   * The value that starts at `offset` of `line` (after `key:` or `- `), or on the lines below it.
   * Leaves `at` on the first line after the value.
   */
  private parseValue(line: Line, offset: number, parentIndent: number, listMayAlign: boolean): YamlNode {
    const rest = this.text.slice(offset, this.lineStarts[line.number] ?? this.text.length).replace(/\n$/, '');
    const start = offset + /^[ \t]*/.exec(rest)![0].length;
    const first = this.text[start] ?? '';
    if (first === '' || first === '\n' || first === '#') {
      this.at++;
      const next = this.nextContent();
      if (next && (next.indent > parentIndent || (listMayAlign && next.indent === parentIndent && SEQUENCE_ENTRY.test(next.text)))) {
        return this.parseBlockNode(parentIndent);
      }
      return { value: null, line: line.number };
    }
    switch (first) {
      case '|':
      case '>':
        return this.parseBlockScalar(line, start, parentIndent);
      case '"':
      case "'": {
        const { value, end } = this.scanQuoted(start, parentIndent, false);
        this.endOfValue(end);
        return { value, line: line.number };
      }
      case '[':
      case '{': {
        const { node, end } = this.nested(line.number, () => this.parseFlow(start, parentIndent));
        this.endOfValue(end);
        return node;
      }
      case '&':
      case '*':
        return this.fail(line.number, 'anchors and aliases (& and *) are not supported: write the value out in full');
      case '!':
        return this.fail(line.number, 'tags (!) are not supported');
      case '%':
      case '@':
      case '`':
        return this.fail(line.number, `a value that starts with ${first} must be in quotes`);
      case '-':
        if (SEQUENCE_ENTRY.test(this.text.slice(start, start + 2))) {
          return this.fail(line.number, 'a list must start on the line below its key, one "- " item per line');
        }
        break;
      case '?':
        if (/^\?(?:[ \t]|$)/.test(this.text.slice(start, start + 2))) return this.fail(line.number, 'complex keys (? ) are not supported');
        break;
    }
    return { value: resolvePlain(this.parsePlain(line, start, parentIndent)), line: line.number };
  }

  /** After a quoted or flow value: only a comment may follow on its last line. */
  private endOfValue(end: number): void {
    const line = this.lineAt(end);
    const tail = this.text.slice(end, this.lineStarts[line] ?? this.text.length);
    if (!/^[ \t]*(?:#.*)?\n?$/.test(tail) || (tail.trimStart().startsWith('#') && !/^[ \t]/.test(tail))) {
      this.fail(line, `unexpected text after the value: ${JSON.stringify(tail.trim().slice(0, 40))}`);
    }
    this.at = line;
  }

  /** A plain scalar, continued on more-indented lines (folded with spaces, blank lines kept as line breaks). */
  private parsePlain(line: Line, start: number, parentIndent: number): string {
    const firstLine = this.text.slice(start, this.lineStarts[line.number] ?? this.text.length).replace(/\n$/, '');
    const checkPart = (part: string, number: number) => {
      if (!/:(?:[ \t]|$)/.test(part)) return;
      this.fail(number, number === line.number ? 'a value with ": " in it must be in quotes' : 'this line is indented more than the field above it');
    };
    let [part, comment] = splitComment(firstLine);
    checkPart(part, line.number);
    let value = part.trimEnd();
    this.at++;
    let blankLines = 0;
    while (!comment && this.at < this.lines.length) {
      const next = this.lines[this.at];
      if (next.text.trim() === '') {
        blankLines++;
        this.at++;
        continue;
      }
      if (next.indent <= parentIndent || next.text.startsWith('#')) break;
      [part, comment] = splitComment(next.text);
      checkPart(part, next.number);
      value += (blankLines ? '\n'.repeat(blankLines) : ' ') + part.trim();
      blankLines = 0;
      this.at++;
    }
    return value;
  }

  /**
   * A "double-" or 'single-quoted' scalar starting at `start`; over several lines, line breaks
   * fold to spaces and blank lines to line breaks. `parentIndent` -1 keeps it on one line.
   */
  private scanQuoted(start: number, parentIndent: number, oneLine: boolean): { value: string; end: number } {
    const quote = this.text[start];
    const double = quote === '"';
    let value = '';
    let spaces = '';
    for (let at = start + 1; ; ) {
      const char = this.text[at];
      if (char === undefined || (oneLine && char === '\n')) this.fail(this.lineAt(start), `the quoted value is never closed with ${quote}`);
      if (char === quote) {
        if (!double && this.text[at + 1] === "'") {
          value += spaces + "'";
          spaces = '';
          at += 2;
          continue;
        }
        return { value: value + spaces, end: at + 1 };
      }
      if (char === ' ' || char === '\t') {
        spaces += char;
        at++;
      } else if (char === '\n') {
        spaces = '';
        let breaks = 0;
        while (this.text[at] === '\n') {
          breaks++;
          at = this.skipIndentation(at + 1, parentIndent, start);
        }
        value += breaks > 1 ? '\n'.repeat(breaks - 1) : ' ';
      } else if (double && char === '\\') {
        value += spaces;
        spaces = '';
        const code = this.text[at + 1];
        if (code === '\n') {
          at = this.skipIndentation(at + 2, parentIndent, start);
        } else if (code in HEX_ESCAPE_LENGTH) {
          const hex = this.text.slice(at + 2, at + 2 + HEX_ESCAPE_LENGTH[code]);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length < HEX_ESCAPE_LENGTH[code]) this.fail(this.lineAt(at), `"\\${code}" must be followed by ${HEX_ESCAPE_LENGTH[code]} hex digits`);
          const point = parseInt(hex, 16);
          if (point > 0x10ffff) this.fail(this.lineAt(at), `"\\${code}${hex}" is not a character`);
          value += String.fromCodePoint(point);
          at += 2 + hex.length;
        } else if (Object.hasOwn(ESCAPES, code ?? '')) {
          value += ESCAPES[code];
          at += 2;
        } else {
          this.fail(this.lineAt(at), `unknown escape "\\${code ?? ''}" in a double-quoted value`);
        }
      } else {
        value += spaces + char;
        spaces = '';
        at++;
      }
    }
  }

  /** Skips the indentation of the line at `at`, which continues a quoted value or flow collection. */
  private skipIndentation(at: number, parentIndent: number, openedAt: number): number {
    let end = at;
    while (this.text[end] === ' ' || this.text[end] === '\t') end++;
    const spaces = /^ */.exec(this.text.slice(at, end))![0].length;
    if (end < this.text.length && this.text[end] !== '\n' && spaces <= parentIndent) {
      this.fail(this.lineAt(at), `this line continues the value that starts on line ${this.lineAt(openedAt)}: indent it more than its key`);
    }
    return end;
  }

  // ---------------------------------------------------------------- block scalars

  private parseBlockScalar(line: Line, start: number, parentIndent: number): YamlNode {
    const header = this.rawLine(line.number - 1).slice(start - this.lineStarts[line.number - 1]);
    const match = /^([|>])(?:([1-9])([+-]?)|([+-])([1-9]?)|)(?:[ \t]+#.*|[ \t]*)$/.exec(header);
    if (!match) this.fail(line.number, `after ${header[0]} only "-" or "+" and an indentation digit may follow on the same line`);
    const chomping = match[3] || match[4] || '';
    const explicit = Number(match[2] || match[5] || 0);
    let indent = explicit ? Math.max(parentIndent, 0) + explicit : 0;
    /** The block's lines without their indentation; '' for an empty line. */
    const content: string[] = [];
    let leadingBlankSpaces = 0;
    let at = line.number;
    for (; at < this.lines.length; at++) {
      const raw = this.rawLine(at);
      const leading = /^ */.exec(raw)![0].length;
      if (indent && leading >= indent && raw.length > indent) content.push(raw.slice(indent));
      else if (raw.trim() === '') {
        if (!indent) leadingBlankSpaces = Math.max(leadingBlankSpaces, leading);
        content.push('');
      } else if (!indent && leading > parentIndent) {
        indent = leading;
        if (leadingBlankSpaces > indent) this.fail(line.number + 1, 'a blank line at the start of a block has more spaces than the text below it');
        content.push(raw.slice(indent));
      } else {
        if (indent && leading > parentIndent) this.fail(at + 1, 'this line is indented less than the first line of its block');
        break;
      }
    }
    this.at = at;
    let last = content.length;
    while (last > 0 && content[last - 1] === '') last--;
    // Line breaks after the last line of text (or after the header when there is none): every
    // line read ends with one, the end of the text too, but not the empty "line" after a final break.
    let breaks = 0;
    for (let index = last ? line.number + last - 1 : line.number; index < at; index++) {
      if (index < this.lines.length - 1 || this.rawLine(index) !== '') breaks++;
    }
    const body = content.slice(0, last);
    let value = match[1] === '>' ? foldLines(body) : body.join('\n');
    if (chomping === '+') value += '\n'.repeat(breaks);
    else if (chomping === '' && last && breaks) value += '\n';
    return { value, line: line.number };
  }

  /** Line `index` (0-based) as written, without its line break. */
  private rawLine(index: number): string {
    return this.text.slice(this.lineStarts[index], (this.lineStarts[index + 1] ?? this.text.length + 1) - 1);
  }

  // ---------------------------------------------------------------- flow collections

  /** `[…]` or `{…}` from `start`, possibly over several lines. */
  private parseFlow(start: number, parentIndent: number): { node: YamlNode; end: number } {
    const isList = this.text[start] === '[';
    const close = isList ? ']' : '}';
    const line = this.lineAt(start);
    const list: unknown[] = [];
    const fields: Record<string, unknown> = {};
    const children: YamlNode[] | Map<string, YamlNode> = isList ? [] : new Map();
    let at = start + 1;
    for (;;) {
      at = this.skipFlowSpace(at, parentIndent, start);
      const char = this.text[at];
      if (char === undefined) this.fail(line, `the ${isList ? 'list' : 'set of fields'} that opens with ${this.text[start]} is never closed with ${close}`);
      if (char === close) return { node: { value: isList ? list : fields, line, children }, end: at + 1 };
      if (char === ',') this.fail(this.lineAt(at), `expected a value before ","`);
      this.countEntry((isList ? list.length : (children as Map<string, YamlNode>).size) + 1, this.lineAt(at), isList);
      if (isList) {
        const item = this.parseFlowValue(at, parentIndent, start);
        at = this.skipFlowSpace(item.end, parentIndent, start);
        if (this.text[at] === ':') this.fail(this.lineAt(at), 'a "key: value" inside [ ] is not supported: use { } for fields');
        (children as YamlNode[]).push(item.node);
        list.push(item.node.value);
      } else {
        const key = this.parseFlowValue(at, parentIndent, start, true);
        const name = String(key.node.value ?? '');
        if ((children as Map<string, YamlNode>).has(name)) this.fail(key.node.line, `the key "${name}" appears twice`);
        at = this.skipFlowSpace(key.end, parentIndent, start);
        let child: YamlNode = { value: null, line: key.node.line };
        if (this.text[at] === ':') {
          at = this.skipFlowSpace(at + 1, parentIndent, start);
          if (this.text[at] !== ',' && this.text[at] !== '}') {
            const parsed = this.parseFlowValue(at, parentIndent, start);
            child = parsed.node;
            at = parsed.end;
          }
        }
        (children as Map<string, YamlNode>).set(name, child);
        setField(fields, name, child.value);
      }
      at = this.skipFlowSpace(at, parentIndent, start);
      if (this.text[at] === ',') at++;
      else if (this.text[at] !== close && this.text[at] !== undefined) this.fail(this.lineAt(at), `expected "," or "${close}"`);
    }
  }

  /** Spaces, line breaks and comments inside a flow collection. */
  private skipFlowSpace(at: number, parentIndent: number, openedAt: number): number {
    for (;;) {
      const char = this.text[at];
      if (char === ' ' || char === '\t') at++;
      else if (char === '\n') at = this.skipIndentation(at + 1, parentIndent, openedAt);
      else if (char === '#' && /[ \t\n]/.test(this.text[at - 1] ?? '\n')) {
        const end = this.text.indexOf('\n', at);
        at = end < 0 ? this.text.length : end;
      } else return at;
    }
  }

  private parseFlowValue(at: number, parentIndent: number, openedAt: number, isKey = false): { node: YamlNode; end: number } {
    const char = this.text[at];
    const line = this.lineAt(at);
    if (char === '[' || char === '{') {
      if (isKey) this.fail(line, 'a key cannot be a list or a set of fields');
      return this.nested(line, () => this.parseFlow(at, parentIndent));
    }
    if (char === '"' || char === "'") {
      const { value, end } = this.scanQuoted(at, parentIndent, false);
      return { node: { value, line }, end };
    }
    if (char === '&' || char === '*') this.fail(line, 'anchors and aliases (& and *) are not supported: write the value out in full');
    if (char === '!') this.fail(line, 'tags (!) are not supported');
    if (char === ']' || char === '}') this.fail(line, `expected a value before "${char}"`);
    // A plain scalar ends at , [ ] { }, at ": " and at " #"; line breaks inside fold to spaces.
    let end = at;
    let value = '';
    let pending = '';
    for (;;) {
      const next = this.text[end];
      if (next === undefined || /[,[\]{}]/.test(next)) break;
      if (next === ':' && /^:(?:[ \t\n,[\]{}]|$)/.test(this.text.slice(end, end + 2))) break;
      if (next === '#' && /[ \t\n]/.test(this.text[end - 1])) break;
      if (next === '\n') {
        end = this.skipIndentation(end + 1, parentIndent, openedAt);
        pending = value ? ' ' : '';
        continue;
      }
      if (next === ' ' || next === '\t') pending += next;
      else {
        value += pending + next;
        pending = '';
      }
      end++;
    }
    if (!value && !isKey) this.fail(line, 'expected a value');
    return { node: { value: isKey ? value : resolvePlain(value), line }, end };
  }
}

/** Sets a field; "__proto__" is an ordinary key here, not the object's prototype. */
function setField(fields: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true });
  else fields[key] = value;
}

/** Splits off a trailing comment: `#` after a space or tab. */
function splitComment(text: string): [string, boolean] {
  const match = /(^|[ \t])#/.exec(text);
  return match ? [text.slice(0, match.index), true] : [text, false];
}

/** Folded block lines: a line break between two lines of text becomes a space; blank lines stay. */
function foldLines(lines: string[]): string {
  let value = '';
  let previous: string | undefined;
  let blanks = 0;
  for (const line of lines) {
    if (line === '') {
      if (previous === undefined) value += '\n';
      else blanks++;
      continue;
    }
    if (previous !== undefined) {
      const spaced = /^[ \t]/.test(line) || /^[ \t]/.test(previous);
      value += spaced ? '\n'.repeat(blanks + 1) : blanks ? '\n'.repeat(blanks) : ' ';
    }
    value += line;
    previous = line;
    blanks = 0;
  }
  return value;
}

/**
 * Reads a content file (YAML front matter and a markdown body) and checks it against its kind's
 * schema. Used by the build plugin, the authoring check and the lazy run-time loader, so an
 * author sees the same message everywhere: `file:line: field.path: reason`.
 */
import { parseYamlSubset, YamlSubsetError, type YamlDocument } from './yaml-subset.js';
import type * as z from 'zod/mini';

export interface ContentIssue {
  /** Dotted path of the field at fault, e.g. `lines.2.phone`; empty for the file as a whole. */
  path: string;
  message: string;
  /** 1-based line in the file, where it can be found. */
  line?: number;
}

export class ContentError extends Error {
  readonly file: string;
  readonly issues: readonly ContentIssue[];

  constructor(file: string, issues: readonly ContentIssue[]) {
    super(issues.map((issue) => formatIssue(file, issue)).join('\n'));
    this.name = 'ContentError';
    this.file = file;
    this.issues = issues;
  }
}

export function formatIssue(file: string, { path, message, line }: ContentIssue): string {
  return `${file}${line ? `:${line}` : ''}: ${path ? `${path}: ` : ''}${message}`;
}

export interface ParsedContent<T> {
  data: T;
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export interface FrontMatterSplit {
  /** The YAML between the `---` lines; it starts on line 2 of the file. */
  yaml: string;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/** A file's front matter and body, split as the parser splits them; undefined without front matter. */
export function splitFrontMatter(source: string): FrontMatterSplit | undefined {
  const match = FRONT_MATTER.exec(source);
  if (!match) return undefined;
  const head = match[0];
  return { yaml: match[1], body: source.slice(head.length), bodyLine: head.split('\n').length + (head.endsWith('\n') ? 0 : 1) };
}

/** Splits, parses and validates `source`; throws a ContentError naming every problem found. */
export function parseContent<S extends z.ZodMiniType>(schema: S, source: string, file: string): ParsedContent<z.output<S>> {
  const split = splitFrontMatter(source);
  if (!split) throw new ContentError(file, [{ path: '', line: 1, message: whyNoFrontMatter(source) }]);
  // The YAML starts on line 2 of the file, after the opening "---".
  let doc: YamlDocument;
  try {
    doc = parseYamlSubset(split.yaml);
  } catch (error) {
    if (!(error instanceof YamlSubsetError)) throw error;
    const problem = error.tooLarge ? 'front matter is too large' : 'front matter is not valid YAML';
    throw new ContentError(file, [{ path: '', line: error.line + 1, message: `${problem}: ${firstLine(error.message)}` }]);
  }
  const value = doc.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ContentError(file, [{ path: '', line: 2, message: 'front matter must be a set of "key: value" fields' }]);
  }
  // reportInput: zod leaves the offending value out of its issues unless asked, and messages need it.
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) {
    throw new ContentError(
      file,
      result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: describeIssue(issue),
        // An unknown field is found at its own key, not at the object that holds it.
        line: doc.lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path) + 1,
      })),
    );
  }
  return { data: result.data, body: split.body };
}

/**
 * Why no front matter was found. A file saved as UTF-16, or with old Mac line endings (CR only),
 * may well start with "---": say what is wrong with it rather than that the "---" is missing.
 */
function whyNoFrontMatter(source: string): string {
  // Read as UTF-8, UTF-16 has a NUL beside every ASCII character, and its byte-order mark becomes U+FFFD twice.
  if (/^(?:\uFFFD\uFFFD|(?:[^\0]\0){4}|(?:\0[^\0]){4})/.test(source)) {
    return 'the file is not saved as UTF-8 (it looks like UTF-16): save it again as UTF-8';
  }
  if (source.includes('\r') && !source.includes('\n')) {
    return 'the lines of the file end with a carriage return (CR) only: save it again with ordinary line endings (LF or CRLF)';
  }
  return 'missing front matter: the file must start with a line "---", then YAML, then "---"';
}

/** The first line of a parser's message, cut short: it may quote a whole line of binary garbage. */
const firstLine = (message: string) => {
  const line = message.split('\n')[0];
  return line.length > 160 ? `${line.slice(0, 160)}…` : line;
};

type Issue = z.core.$ZodIssue;

/** Plain words for zod's issue codes: authors are not programmers. */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : `expected ${article(issue.expected)}, found ${kindOf(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${listed(issue.keys.map((key) => `"${key}"`))}`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return issue.input === undefined ? `required (one of ${allowed})` : `expected one of ${allowed}`;
    }
    case 'too_small':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `must have at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must have at most ${String(issue.maximum)}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid here';
  }
}

/** At most five entries, then how many more: a hostile file may have thousands. */
function listed(entries: readonly string[]): string {
  return entries.length > 5 ? `${entries.slice(0, 5).join(', ')} and ${entries.length - 5} more` : entries.join(', ');
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function kindOf(input: unknown): string {
  if (input === null) return 'nothing (null)';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a set of fields';
  return `${article(typeof input)} (${JSON.stringify(input)?.slice(0, 40)})`;
}

/**
 * `npx stall-elements check <file.md>…`: checks content files against the schemas the build uses
 * and prints every problem as `file:line: field: reason`. Exit code 1 when any file has errors.
 *
 * A file under `content/<kind>/<id>.<lang>.md` is checked as its folder says; any other file
 * (a practice's own checklist, say) needs `--kind checklists` (or decisions, articles, crisis, ui).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileContentFile, contentKinds, identifyContentFile, LANGUAGES, type ContentLanguage } from '../src/content/kinds.js';
import { ContentError, type ContentIssue } from '../src/content/parse.js';
import { articleReadingIssues } from './content/article-rules.js';
import { safeMessagingIssues } from './content/safe-messaging.js';

const USAGE = `usage: stall-elements check [--json] [--kind <${Object.keys(contentKinds).join('|')}>] <file.md>…`;

interface FileResult {
  file: string;
  ok: boolean;
  issues: ContentIssue[];
}

function checkFile(file: string, kind: string | undefined): FileResult {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    return { file, ok: false, issues: [{ path: '', message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }] };
  }
  const inContent = /(?:^|\/)(content\/[^/]+\/[^/]+\.md)$/.exec(file.split(path.sep).join('/'));
  let named: { kind: string; id: string; lang: ContentLanguage };
  if (kind) {
    // A file outside content/: its id and language come from its name (`mine.es.md`), else English.
    const [, id = 'file', lang = 'en'] = /([^/\\.]+)(?:\.([a-z]{2}))?\.md$/.exec(file) ?? [];
    named = { kind, id, lang: (LANGUAGES as readonly string[]).includes(lang) ? (lang as ContentLanguage) : 'en' };
  } else if (inContent) {
    try {
      named = identifyContentFile(inContent[1]);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      return { file, ok: false, issues: [...error.issues] };
    }
  } else {
    return { file, ok: false, issues: [{ path: '', message: `not under content/<kind>/: say which kind it is with --kind (${Object.keys(contentKinds).join(', ')})` }] };
  }
  const issues: ContentIssue[] = [];
  try {
    if (inContent && !kind) compileContentFile(inContent[1], source);
    else contentKinds[named.kind](source, file, { id: named.id, lang: named.lang });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    issues.push(...error.issues);
  }
  // Rules the bundled content meets too: safe-messaging wording, and an English article's grade
  // (not its length: a practice's own page may be short). Bundled files get the length rule as well.
  issues.push(...safeMessagingIssues(source));
  if (named.kind === 'articles') issues.push(...articleReadingIssues(source, named.lang, { length: !kind && !!inContent }).issues);
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { file, ok: issues.length === 0, issues };
}

/** The kind `kind` was probably meant to be: the singular (`checklist`), another case, a typo. */
function closestKind(kind: string): string | undefined {
  const wanted = kind.toLowerCase();
  const kinds = Object.keys(contentKinds);
  return (
    kinds.find((known) => known === wanted || known === `${wanted}s` || known.replace(/s$/, '') === wanted.replace(/s$/, '')) ??
    kinds.find((known) => editDistance(known, wanted) <= 2)
  );
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

export function main(argv: string[], write = (line: string) => console.log(line)): number {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const kindAt = rest.indexOf('--kind');
  const kind = kindAt >= 0 ? rest[kindAt + 1] : undefined;
  const paths = rest.filter((arg, i) => !arg.startsWith('--') && (kindAt < 0 || i !== kindAt + 1));
  if (kindAt >= 0 && kind && !kind.startsWith('--') && !Object.hasOwn(contentKinds, kind)) {
    write(`unknown kind "${kind}"; ${closestKind(kind) ? `did you mean ${closestKind(kind)}?` : `known: ${Object.keys(contentKinds).join(', ')}`}`);
    write(USAGE);
    return 2;
  }
  if (command !== 'check' || !paths.length || (kindAt >= 0 && !(kind && Object.hasOwn(contentKinds, kind)))) {
    write(USAGE);
    return 2;
  }
  const results = paths.map((file) => checkFile(file, kind));
  if (json) {
    write(JSON.stringify(results, null, 2));
  } else {
    for (const { file, issues } of results) {
      for (const { line, path: field, message } of issues) write(`${file}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${message}`);
    }
    const bad = results.filter((r) => !r.ok).length;
    const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
    write(bad ? `${files(bad)} of ${results.length} with errors` : `${files(results.length)} checked: no errors`);
  }
  return results.every((r) => r.ok) ? 0 : 1;
}

const invokedDirectly = process.argv[1] && /(?:cli\.ts|stall-elements(?:\.js)?)$/.test(process.argv[1]);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));

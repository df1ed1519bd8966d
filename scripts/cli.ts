/**
 * `npx stall-elements check <file.md>…`: checks content files against the schemas the build uses
 * and prints every problem as `file:line: field: reason`. Exit code 1 when any file has errors.
 *
 * A file under `content/<kind>/<id>.<lang>.md` is checked as its folder says; any other file
 * (a practice's own checklist, say) needs `--kind checklists` (or decisions, articles, crisis, ui).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileContentFile, contentKinds, LANGUAGES, type ContentLanguage } from '../src/content/kinds.js';
import { ContentError, type ContentIssue } from '../src/content/parse.js';

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
  try {
    const inContent = /(?:^|\/)(content\/[^/]+\/[^/]+\.md)$/.exec(file.split(path.sep).join('/'));
    if (kind) {
      // A file outside content/: its id and language come from its name (`mine.es.md`), else English.
      const [, id = 'file', lang = 'en'] = /([^/\\.]+)(?:\.([a-z]{2}))?\.md$/.exec(file) ?? [];
      contentKinds[kind](source, file, { id, lang: (LANGUAGES as readonly string[]).includes(lang) ? (lang as ContentLanguage) : 'en' });
    } else if (inContent) {
      compileContentFile(inContent[1], source);
    } else {
      return { file, ok: false, issues: [{ path: '', message: `not under content/<kind>/: say which kind it is with --kind (${Object.keys(contentKinds).join(', ')})` }] };
    }
    return { file, ok: true, issues: [] };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // Name the file as the author typed it, not as the pipeline saw it.
    return { file, ok: false, issues: [...error.issues] };
  }
}

export function main(argv: string[], write = (line: string) => console.log(line)): number {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const kindAt = rest.indexOf('--kind');
  const kind = kindAt >= 0 ? rest[kindAt + 1] : undefined;
  const paths = rest.filter((arg, i) => !arg.startsWith('--') && (kindAt < 0 || i !== kindAt + 1));
  if (command !== 'check' || !paths.length || (kindAt >= 0 && !(kind && kind in contentKinds))) {
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

/**
 * `stall-elements check <file.md>…`: checks content files against the schemas the build uses and
 * prints every problem as `file:line: field: reason`. Exit code 1 when any file has errors.
 *
 * A file under `content/<kind>/<id>.<lang>.md`, or in a `<kind>/` folder of a practice's content
 * folder, is checked as its folder says; any other file (a practice's own checklist, say) needs
 * `--kind checklists` (or decisions, articles, crisis, ui).
 */
import path from 'node:path';
import { contentKinds, identifyContentFile, LANGUAGES, type ContentLanguage } from '../../src/content/kinds.js';
import { ContentError, type ContentIssue } from '../../src/content/parse.js';
import { checkContentFile } from '../content/check-file.js';

export interface FileResult {
  file: string;
  ok: boolean;
  issues: ContentIssue[];
}

function checkFile(file: string, givenKind: string | undefined): FileResult {
  const inContent = /(?:^|\/)(content\/[^/]+\/[^/]+\.md)$/.exec(file.split(path.sep).join('/'));
  // A file of a practice's folder (`stall-content/checklists/x.en.md`): its folder names the kind.
  const folder = path.basename(path.dirname(path.resolve(file)));
  const kind = givenKind ?? (!inContent && folder in contentKinds ? folder : undefined);
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
  // Bundled files (under content/, no --kind) are held to an article's length as well.
  const { issues } = checkContentFile(file, named, { bundled: !kind && !!inContent });
  return { file, ok: issues.length === 0, issues };
}

export function check(paths: string[], { kind, json }: { kind?: string; json: boolean }, write: (line: string) => void): number {
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

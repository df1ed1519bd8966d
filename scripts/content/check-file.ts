/**
 * One content file held to every rule a single file can break: its kind's schema, the
 * safe-messaging wording and, for an English article, the reading grade. `stall-elements check`
 * and `stall-elements build` share it, so both print the same `file:line: field: reason`.
 */
import { readFileSync } from 'node:fs';
import { contentKinds, type ContentLanguage } from '../../src/content/kinds.js';
import { ContentError, type ContentIssue } from '../../src/content/parse.js';
import { articleReadingIssues } from './article-rules.js';
import { safeMessagingIssues } from './safe-messaging.js';

export interface FileCheck {
  ok: boolean;
  issues: ContentIssue[];
  /** The compiled data, when the schema check passed. */
  compiled?: object;
  source?: string;
}

/**
 * Checks `file` as content of `kind` with the given id and language. `bundled` adds the rules only
 * the library's own files meet (an article's length).
 */
export function checkContentFile(file: string, who: { kind: string; id: string; lang: ContentLanguage }, { bundled = false } = {}): FileCheck {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }] };
  }
  const issues: ContentIssue[] = [];
  let compiled: object | undefined;
  try {
    compiled = contentKinds[who.kind](source, file, { id: who.id, lang: who.lang });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    issues.push(...error.issues);
  }
  issues.push(...safeMessagingIssues(source));
  if (who.kind === 'articles') issues.push(...articleReadingIssues(source, who.lang, { length: bundled }).issues);
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: issues.length === 0, issues, compiled, source };
}

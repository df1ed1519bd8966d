/**
 * What compiling every kind of content file shares (kinds.ts and the `*-kind.ts` modules):
 * the language check and the markdown of a field or body rendered with its citations checked.
 */
import type { ContentLanguage, Render } from './kinds.js';
import type { RenderedMarkdown } from './markdown.js';
import { ContentError, type ContentIssue } from './parse.js';

export interface Identity {
  id: string;
  lang: ContentLanguage;
}

/** Issues found after the schema check, in the body or across fields. */
export function assertNoIssues(file: string, issues: ContentIssue[]): void {
  if (issues.length) throw new ContentError(file, issues);
}

export function checkLang(file: string, declared: string | undefined, expected: string): void {
  if (declared && declared !== expected) {
    throw new ContentError(file, [{ path: 'lang', message: `is "${declared}" but the file name says "${expected}"` }]);
  }
}

export function renderBody(file: string, body: string, render: Render, sourceIds: string[] = []): RenderedMarkdown {
  const rendered = render(body, { sourceIds });
  assertNoIssues(
    file,
    rendered.unknownCitations.map((id) => ({ path: 'body', message: `citation [^${id}] names no entry of sources` })),
  );
  return rendered;
}

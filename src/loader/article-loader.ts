/**
 * Lazy entry for `<stall-article src="…">` and for an article written into the page in a
 * `<script type="text/markdown">`: the same schema as the bundled articles, the same renderer,
 * and the sanitiser on the result, since neither comes from the library's own content folder.
 */
import { compileArticle } from '../content/article-kind.js';
import type { Article } from '../content/kinds.js';
import type { LoadResult } from './load-failure.js';
import { compileLoaded, identifyContentUrl, loadContent, type LoadOptions } from './load-content.js';
import { prepareSanitiser } from './sanitise.js';

/** The id inline markdown is known by (an article written into the page has no file name). */
export const INLINE_ARTICLE_ID = 'inline';

/**
 * A file named `<id>.<lang>.md` must be in that language (as bundled files are); a file whose
 * name has no language is in the language its front matter declares, whatever the page's.
 */
export function loadArticle(src: string, options?: LoadOptions): Promise<LoadResult<Article>> {
  return loadContent(src, (source, file, render) => compileArticle(source, file, identifyContentUrl(file), render), options);
}

/** Checks and renders the markdown of a `<script type="text/markdown">` on the page at `pageUrl`. */
export async function compileInlineArticle(markdown: string, pageUrl: string): Promise<LoadResult<Article>> {
  try {
    await prepareSanitiser();
  } catch {
    return { ok: false, failure: { kind: 'network', url: pageUrl } };
  }
  return compileLoaded(dedent(markdown), pageUrl, (source, file, render) =>
    compileArticle(source, file, { id: INLINE_ARTICLE_ID }, render),
  );
}

/**
 * Markdown inside an HTML element is indented with the markup around it; indentation means code
 * in markdown and hides the front matter, so the common indentation of every line is removed.
 */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.reduce((least, indent) => Math.min(least, indent), indents[0] ?? 0);
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length))).join('\n') + '\n';
}

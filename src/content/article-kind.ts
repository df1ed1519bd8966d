/** How a checked article file becomes the data `<stall-article>` renders (see kinds.ts). */
import { articleSchema } from './article-schema.js';
import { checkLang, renderBody, type Identity } from './kind-compile.js';
import type { Article, Render } from './kinds.js';
import { renderMarkdown } from './markdown.js';
import { parseContent } from './parse.js';

const WORDS_PER_MINUTE = 200;

/**
 * An article named without a language (`our-notes.md`, or markdown written into the page) is in
 * the language its front matter declares: leave `who.lang` out.
 */
export const compileArticle = (source: string, file: string, who: Pick<Identity, 'id'> & Partial<Identity>, render: Render = renderMarkdown): Article => {
  const { data, body } = parseContent(articleSchema, source, file);
  const lang = who.lang ?? data.lang;
  checkLang(file, data.lang, lang);
  const rendered = renderBody(file, body, render, data.sources.map((s) => s.id));
  const words = body.split(/\s+/).filter(Boolean).length;
  return {
    ...data,
    id: who.id,
    lang,
    html: rendered.html,
    headings: rendered.headings,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
};

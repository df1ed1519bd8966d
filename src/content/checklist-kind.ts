/** How a checked checklist file becomes the data `<stall-checklist>` renders (see kinds.ts). */
import { checklistSchema } from './checklist-schema.js';
import { checkLang, renderBody, type Identity } from './kind-compile.js';
import type { Checklist, Render } from './kinds.js';
import { renderMarkdown } from './markdown.js';
import { parseContent } from './parse.js';

export const compileChecklist = (source: string, file: string, who: Identity, render: Render = renderMarkdown): Checklist => {
  const { data, body } = parseContent(checklistSchema, source, file);
  checkLang(file, data.lang, who.lang);
  const sourceIds = data.sources.map((s) => s.id);
  return {
    ...data,
    ...who,
    introHtml: renderBody(file, body, render, sourceIds).html,
    themes: data.themes.map(({ helps, ...theme }) => ({ ...theme, helpsHtml: renderBody(file, helps, render, sourceIds).html })),
  };
};

/** How a checked decision file becomes the data `<stall-decision>` renders (see kinds.ts). */
import { decisionSchema } from './decision-schema.js';
import { checkLang, renderBody, type Identity } from './kind-compile.js';
import type { Decision, Render } from './kinds.js';
import { renderMarkdown } from './markdown.js';
import { parseContent } from './parse.js';

export const compileDecision = (source: string, file: string, who: Identity, render: Render = renderMarkdown): Decision => {
  const { data } = parseContent(decisionSchema, source, file);
  checkLang(file, data.lang, who.lang);
  const sourceIds = data.sources.map((s) => s.id);
  const { problem, ...rest } = data;
  return {
    ...rest,
    ...who,
    ...(problem ? { problemHtml: renderBody(file, problem, render, sourceIds).html } : {}),
    outcomes: data.outcomes.map(({ summary, ...outcome }) => ({ ...outcome, summaryHtml: renderBody(file, summary, render, sourceIds).html })),
  };
};

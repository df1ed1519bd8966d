/**
 * Every content kind: where its files live, which schema checks them and how a checked file
 * becomes the data a component renders (markdown fields turned into HTML). The build plugin runs
 * this for bundled files, the run-time loader for a practice's own file; the component types below
 * are derived from the schemas, so the three can never disagree.
 */
import type * as z from 'zod/mini';
import { renderMarkdown, type Heading, type RenderOptions, type RenderedMarkdown } from './markdown.js';
import { ContentError, parseContent } from './parse.js';
import {
  articleStringsSchema,
  checklistStringsSchema,
  complaintRouteStringsSchema,
  crisisFooterStringsSchema,
  crisisSchema,
  decisionStringsSchema,
  redFlagSupportSchema,
  type CrisisData,
} from './schemas.js';
import type { ArticleData } from './article-schema.js';
import type { ChecklistData } from './checklist-schema.js';
import type { DecisionData } from './decision-schema.js';
import { progressSchema, progressStringsSchema, type ProgressData } from './progress-schema.js';
import { checkLang, renderBody, type Identity } from './kind-compile.js';
import { compileArticle } from './article-kind.js';
import { compileChecklist } from './checklist-kind.js';
import { compileDecision } from './decision-kind.js';

/** Each kind's compile function lives beside its schema's import, so a run-time loader takes only its own. */
export { compileArticle, compileChecklist, compileDecision };

export type { ComplaintRoute, CrisisComplaints, CrisisLine, Source } from './schemas.js';

export type Render = (markdown: string, options?: RenderOptions) => RenderedMarkdown;

export const LANGUAGES = ['en', 'es'] as const;
export type ContentLanguage = (typeof LANGUAGES)[number];

export type Crisis = CrisisData & Identity;

export type Article = ArticleData &
  Identity & {
    html: string;
    headings: Heading[];
    readingMinutes: number;
  };

export type Checklist = Omit<ChecklistData, 'themes'> &
  Identity & {
    introHtml: string;
    themes: (Omit<ChecklistData['themes'][number], 'helps'> & { helpsHtml: string })[];
  };

export type Decision = Omit<DecisionData, 'outcomes' | 'problem'> &
  Identity & {
    /** The problem the aid is about, as HTML. */
    problemHtml?: string;
    outcomes: (Omit<DecisionData['outcomes'][number], 'summary'> & { summaryHtml: string })[];
  };

export type Progress = ProgressData & Identity & { introHtml: string };

/** UI strings: one schema per component, picked by the file's id. */
export const uiSchemas = {
  'crisis-footer': crisisFooterStringsSchema,
  checklist: checklistStringsSchema,
  decision: decisionStringsSchema,
  article: articleStringsSchema,
  'complaint-routes': complaintRouteStringsSchema,
  'red-flag-support': redFlagSupportSchema,
  progress: progressStringsSchema,
} as const;
export type UiStrings<Id extends keyof typeof uiSchemas> = z.output<(typeof uiSchemas)[Id]>;

export const compileCrisis = (source: string, file: string, who: Identity): Crisis => {
  const { data } = parseContent(crisisSchema, source, file);
  if (data.country.toLowerCase() !== who.id) {
    throw new ContentError(file, [{ path: 'country', message: `is "${data.country}" but the file name says "${who.id}"` }]);
  }
  return { ...data, ...who };
};

export const compileProgress = (source: string, file: string, who: Identity, render: Render = renderMarkdown): Progress => {
  const { data, body } = parseContent(progressSchema, source, file);
  checkLang(file, data.lang, who.lang);
  return { ...data, ...who, introHtml: renderBody(file, body, render, data.sources.map((s) => s.id)).html };
};

export const compileUiStrings = (source: string, file: string, who: Identity): object => {
  const schema = uiSchemas[who.id as keyof typeof uiSchemas];
  if (!schema) {
    throw new ContentError(file, [{ path: '', message: `no UI strings are called "${who.id}"; known: ${Object.keys(uiSchemas).join(', ')}` }]);
  }
  return parseContent(schema, source, file).data;
};

/** The folder of `content/` each kind lives in, and how its files compile. */
export const contentKinds: Record<string, (source: string, file: string, who: Identity) => object> = {
  crisis: compileCrisis,
  articles: compileArticle,
  checklists: compileChecklist,
  decisions: compileDecision,
  progress: compileProgress,
  ui: compileUiStrings,
};

/** `content/<kind>/<id>.<lang>.md` → its parts, or an error naming what is wrong with the name. */
export function identifyContentFile(relativePath: string): { kind: string } & Identity {
  const match = /^content\/([a-z-]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.md$/.exec(relativePath.replace(/\\/g, '/'));
  if (!match) {
    throw new ContentError(relativePath, [{ path: '', message: 'file name must be content/<kind>/<id>.<lang>.md with a lower-case id' }]);
  }
  const [, kind, id, lang] = match;
  if (!(kind in contentKinds)) {
    throw new ContentError(relativePath, [{ path: '', message: `unknown content kind "${kind}"; known: ${Object.keys(contentKinds).join(', ')}` }]);
  }
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    throw new ContentError(relativePath, [{ path: '', message: `unknown language "${lang}"; known: ${LANGUAGES.join(', ')}` }]);
  }
  return { kind, id, lang: lang as ContentLanguage };
}

/** Compiles one file of `content/`, found by its path relative to the project root. */
export function compileContentFile(relativePath: string, source: string): object {
  const { kind, ...who } = identifyContentFile(relativePath);
  return contentKinds[kind](source, relativePath, who);
}

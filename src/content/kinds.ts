/**
 * Every content kind: where its files live, which schema checks them and how a checked file
 * becomes the data a component renders (markdown fields turned into HTML). The build plugin runs
 * this for bundled files, the run-time loader for a practice's own file; the component types below
 * are derived from the schemas, so the three can never disagree.
 */
import type * as z from 'zod/mini';
import { renderMarkdown, type Heading, type RenderOptions, type RenderedMarkdown } from './markdown.js';
import { ContentError, parseContent, type ContentIssue } from './parse.js';
import {
  articleSchema,
  articleStringsSchema,
  checklistSchema,
  checklistStringsSchema,
  complaintRouteStringsSchema,
  crisisFooterStringsSchema,
  crisisSchema,
  decisionStringsSchema,
  redFlagSupportSchema,
  type ArticleData,
  type ChecklistData,
  type CrisisData,
} from './schemas.js';
import { decisionSchema, type DecisionData } from './decision-schema.js';
import { progressSchema, progressStringsSchema, type ProgressData } from './progress-schema.js';

export type { ComplaintRoute, CrisisComplaints, CrisisLine, Source } from './schemas.js';

export type Render = (markdown: string, options?: RenderOptions) => RenderedMarkdown;

export const LANGUAGES = ['en', 'es'] as const;
export type ContentLanguage = (typeof LANGUAGES)[number];

interface Identity {
  id: string;
  lang: ContentLanguage;
}

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

const WORDS_PER_MINUTE = 200;

/** Issues found after the schema check, in the body or across fields. */
function assertNoIssues(file: string, issues: ContentIssue[]): void {
  if (issues.length) throw new ContentError(file, issues);
}

function checkLang(file: string, declared: string | undefined, expected: string): void {
  if (declared && declared !== expected) {
    throw new ContentError(file, [{ path: 'lang', message: `is "${declared}" but the file name says "${expected}"` }]);
  }
}

function renderBody(file: string, body: string, render: Render, sourceIds: string[] = []): RenderedMarkdown {
  const rendered = render(body, { sourceIds });
  assertNoIssues(
    file,
    rendered.unknownCitations.map((id) => ({ path: 'body', message: `citation [^${id}] names no entry of sources` })),
  );
  return rendered;
}

export const compileCrisis = (source: string, file: string, who: Identity): Crisis => {
  const { data } = parseContent(crisisSchema, source, file);
  if (data.country.toLowerCase() !== who.id) {
    throw new ContentError(file, [{ path: 'country', message: `is "${data.country}" but the file name says "${who.id}"` }]);
  }
  return { ...data, ...who };
};

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

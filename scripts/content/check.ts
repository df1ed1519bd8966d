/**
 * Checks every file under `content/`: each against its kind's schema, the safe-messaging lint, the
 * reading grade and length of each article, then the rules that span files (a language twin for
 * each file, article sections that exist where checklists and decisions link, crisis data not left
 * unverified for too long).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileContentFile, identifyContentFile, LANGUAGES, type Article, type Crisis } from '../../src/content/kinds.js';
import { ContentError, formatIssue } from '../../src/content/parse.js';
import type { RedFlagSupport } from '../../src/content/schemas.js';
import { checkArticleLinks, checkArticleReading, type ArticleMeasure } from './article-rules.js';
import { checkSafeMessaging } from './safe-messaging.js';

/** Crisis numbers change; data not checked for this long warns at every build. */
export const CRISIS_MAX_AGE_DAYS = 180;

export interface ContentReport {
  files: string[];
  errors: string[];
  warnings: string[];
  compiled: Map<string, object>;
  /** Words (and, in English, reading grade) of each article, for the author to see. */
  articles: ArticleMeasure[];
}

export function listContentFiles(root: string): string[] {
  const dir = path.join(root, 'content');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !path.basename(name).startsWith('README'))
    .map((name) => `content/${name.split(path.sep).join('/')}`)
    .sort();
}

export function checkAllContent(root: string, today = new Date()): ContentReport {
  const report: ContentReport = { files: listContentFiles(root), errors: [], warnings: [], compiled: new Map(), articles: [] };
  const sources = new Map(report.files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
  for (const [file, source] of sources) {
    try {
      report.compiled.set(file, compileContentFile(file, source));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      report.errors.push(error.message);
    }
    report.errors.push(...checkSafeMessaging(file, source));
    const article = report.compiled.get(file) as Article | undefined;
    if (file.startsWith('content/articles/') && article) {
      const { measure, errors } = checkArticleReading(file, source, article.lang);
      report.articles.push(measure);
      report.errors.push(...errors);
    }
  }
  report.errors.push(...missingTranslations(report.files), ...checkArticleLinks(sources, report.compiled));
  report.warnings.push(...staleCrisisLines(report.compiled, today));
  return report;
}

/** Every bundled id in every language: a visitor reading in Spanish never meets an English gap. */
function missingTranslations(files: string[]): string[] {
  const present = new Set(files);
  const errors: string[] = [];
  for (const file of files) {
    let parts;
    try {
      parts = identifyContentFile(file);
    } catch {
      continue; // already reported as an error
    }
    for (const lang of LANGUAGES) {
      const twin = `content/${parts.kind}/${parts.id}.${lang}.md`;
      if (!present.has(twin)) errors.push(formatIssue(file, { path: '', message: `has no ${lang} version (${twin})` }));
    }
  }
  return errors;
}

/**
 * Crisis, complaint and red-flag support facts are only as good as their last check: each `verifiedAt` older than
 * CRISIS_MAX_AGE_DAYS warns. (The schema already requires `verifiedAt` or `unconfirmed` on each.)
 */
function staleCrisisLines(compiled: Map<string, object>, today: Date): string[] {
  const warnings: string[] = [];
  const limit = today.getTime() - CRISIS_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;
  const warnIfOld = (file: string, field: string, verifiedAt: string | undefined) => {
    if (verifiedAt && Date.parse(verifiedAt) < limit) {
      warnings.push(
        formatIssue(file, { path: field, message: `last verified ${verifiedAt}, over ${CRISIS_MAX_AGE_DAYS} days ago: check it and update the date` }),
      );
    }
  };
  for (const [file, data] of compiled) {
    if (file.startsWith('content/ui/red-flag-support.')) {
      for (const [country, { lines }] of Object.entries((data as RedFlagSupport).countries)) {
        lines.forEach((line, i) => warnIfOld(file, `countries.${country}.lines.${i}.verifiedAt`, line.verifiedAt));
      }
      continue;
    }
    if (!file.startsWith('content/crisis/')) continue;
    const crisis = data as Crisis;
    warnIfOld(file, 'emergency.verifiedAt', crisis.emergency?.verifiedAt);
    crisis.lines.forEach((line, i) => warnIfOld(file, `lines.${i}.verifiedAt`, line.verifiedAt));
    crisis.complaints?.routes.forEach((route, i) => warnIfOld(file, `complaints.routes.${i}.verifiedAt`, route.verifiedAt));
  }
  return warnings;
}

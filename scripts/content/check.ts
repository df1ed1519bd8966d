/**
 * Checks every file under `content/`: each against its kind's schema, then the rules that span
 * files (a language twin for each file, crisis data not left unverified for too long).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileContentFile, identifyContentFile, LANGUAGES, type Crisis } from '../../src/content/kinds.js';
import { ContentError, formatIssue } from '../../src/content/parse.js';

/** Crisis numbers change; data not checked for this long warns at every build. */
export const CRISIS_MAX_AGE_DAYS = 180;

export interface ContentReport {
  files: string[];
  errors: string[];
  warnings: string[];
  compiled: Map<string, object>;
}

export function listContentFiles(root: string): string[] {
  const dir = path.join(root, 'content');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !path.basename(name).startsWith('README'))
    .map((name) => `content/${name.split(path.sep).join('/')}`)
    .sort();
}

export function checkAllContent(root: string, today = new Date()): ContentReport {
  const report: ContentReport = { files: listContentFiles(root), errors: [], warnings: [], compiled: new Map() };
  for (const file of report.files) {
    try {
      report.compiled.set(file, compileContentFile(file, readFileSync(path.join(root, file), 'utf8')));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      report.errors.push(error.message);
    }
  }
  report.warnings.push(...missingTranslations(report.files), ...staleCrisisLines(report.compiled, today));
  return report;
}

function missingTranslations(files: string[]): string[] {
  const present = new Set(files);
  const warnings: string[] = [];
  for (const file of files) {
    let parts;
    try {
      parts = identifyContentFile(file);
    } catch {
      continue; // already reported as an error
    }
    for (const lang of LANGUAGES) {
      const twin = `content/${parts.kind}/${parts.id}.${lang}.md`;
      if (!present.has(twin)) warnings.push(formatIssue(file, { path: '', message: `has no ${lang} version (${twin})` }));
    }
  }
  return warnings;
}

function staleCrisisLines(compiled: Map<string, object>, today: Date): string[] {
  const warnings: string[] = [];
  const limit = today.getTime() - CRISIS_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;
  const warnIfOld = (file: string, field: string, verifiedAt: string) => {
    if (Date.parse(verifiedAt) < limit) {
      warnings.push(
        formatIssue(file, { path: field, message: `last verified ${verifiedAt}, over ${CRISIS_MAX_AGE_DAYS} days ago: check it and update the date` }),
      );
    }
  };
  for (const [file, data] of compiled) {
    if (!file.startsWith('content/crisis/')) continue;
    const crisis = data as Crisis;
    if (crisis.emergency) warnIfOld(file, 'emergency.verifiedAt', crisis.emergency.verifiedAt);
    crisis.lines.forEach((line, i) => warnIfOld(file, `lines.${i}.verifiedAt`, line.verifiedAt));
  }
  return warnings;
}

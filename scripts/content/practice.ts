/**
 * A practice's own content folder (`stall-elements build --content <dir>`), laid out like the
 * library's `content/`: `<dir>/<kind>/<id>.<lang>.md`. Each file is held to the rules of
 * `stall-elements check`; links from a checklist or decision must reach an article of the bundle
 * or of the folder. Other files (a README, `*.example`) are left alone.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentKinds, LANGUAGES, type ContentLanguage } from '../../src/content/kinds.js';
import { formatIssue } from '../../src/content/parse.js';
import { unknownChoice } from '../cli/suggest.js';
import { checkArticleLinks } from './article-rules.js';
import { checkContentFile } from './check-file.js';
import type { ContentReport } from './check.js';
import { contentFilesIn } from './registry.js';

export interface PracticeReport {
  /** The folder's content files, as paths relative to the working directory. */
  files: string[];
  errors: string[];
  warnings: string[];
}

const display = (file: string) => path.relative(process.cwd(), file) || file;

/** Checks every file of a practice's folder; `bundled` is the library's own content, already checked. */
export function checkPracticeFolder(dir: string, bundled: Pick<ContentReport, 'files' | 'compiled'>): PracticeReport {
  const report: PracticeReport = { files: [], errors: [], warnings: [] };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    report.errors.push(`${display(dir)}: no such folder (create one with: npx stall-elements init ${display(dir)})`);
    return report;
  }
  const kinds = Object.keys(contentKinds);
  for (const name of readdirSync(dir).sort()) {
    const inside = path.join(dir, name);
    if (!statSync(inside).isDirectory()) continue;
    const mdFiles = readdirSync(inside).filter((file) => file.endsWith('.md'));
    if (!kinds.includes(name)) {
      if (mdFiles.length) report.errors.push(`${display(inside)}: ${unknownChoice('content kind', name, kinds)}`);
      continue;
    }
    const named = new Set(contentFilesIn(dir).filter((file) => file.kind === name).map((file) => path.basename(file.file)));
    for (const file of mdFiles.filter((file) => !named.has(file))) {
      report.errors.push(`${display(path.join(inside, file))}: file name must be <id>.<lang>.md with a lower-case id and a language of ${LANGUAGES.join(', ')}`);
    }
  }

  // Cross-file rules run on the bundle as the build will see it, keyed as content/<kind>/<file>.
  const sources = new Map<string, string>();
  const compiled = new Map(bundled.compiled);
  for (const file of bundled.files) sources.set(file, '');
  const keyToFile = new Map<string, string>();
  for (const found of contentFilesIn(dir)) {
    if (!kinds.includes(found.kind)) continue;
    const file = display(found.file);
    report.files.push(file);
    if (!(LANGUAGES as readonly string[]).includes(found.lang)) {
      report.errors.push(`${file}: ${unknownChoice('language', found.lang, LANGUAGES)}`);
      continue;
    }
    const result = checkContentFile(file, { kind: found.kind, id: found.id, lang: found.lang as ContentLanguage });
    report.errors.push(...result.issues.map((issue) => formatIssue(file, issue)));
    const key = `content/${found.kind}/${found.id}.${found.lang}.md`;
    keyToFile.set(key, file);
    sources.set(key, result.source ?? '');
    if (result.compiled) compiled.set(key, result.compiled);
    for (const lang of LANGUAGES) {
      const twin = `content/${found.kind}/${found.id}.${lang}.md`;
      if (lang !== found.lang && !bundled.files.includes(twin) && !existsSync(path.join(dir, found.kind, `${found.id}.${lang}.md`))) {
        report.warnings.push(`${file}: has no ${lang} version: pages in ${lang} show this one`);
      }
    }
  }
  // With the bundled files alone every link holds, so a broken one is the folder's doing: a link
  // of its own, or a replaced article that lost a section a bundled checklist links to.
  for (const error of checkArticleLinks(sources, compiled)) {
    const key = error.split(':')[0];
    report.errors.push(keyToFile.has(key) ? keyToFile.get(key)! + error.slice(key.length) : error);
  }
  return report;
}

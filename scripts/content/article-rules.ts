/**
 * Rules for the articles that a schema cannot express: plain language (Flesch-Kincaid grade of
 * English articles, neither too hard nor so choppy it reads as a list of short sentences), length,
 * and the article sections that checklists and decisions link to.
 */
import type { Article } from '../../src/content/kinds.js';
import { formatIssue, splitFrontMatter, type ContentIssue } from '../../src/content/parse.js';
import { parseYamlSubset } from '../../src/content/yaml-subset.js';
import { fleschKincaidGrade, markdownToPlainText } from '../lib/readability.mjs';

export const MAX_GRADE = 8;
/** Below this, prose reads as a string of very short sentences: join some of them (aim for 6 to 7). */
export const MIN_GRADE = 5;
export const MIN_WORDS = 600;
/** Raised from 1200 when each article gained its "Key points" summary and tools (PEMAT-P). */
export const MAX_WORDS = 1400;

/** What `check-content` prints for each article; the grade only for English, which the formula is made for. */
export interface ArticleMeasure {
  file: string;
  words: number;
  grade?: number;
}

/** Measures one article and names what is out of bounds, formatted as `file:line: field: reason`. */
export function checkArticleReading(file: string, source: string, lang: string): { measure: ArticleMeasure; errors: string[] } {
  const { words, grade, issues } = articleReadingIssues(source, lang);
  return { measure: grade === undefined ? { file, words } : { file, words, grade }, errors: issues.map((issue) => formatIssue(file, issue)) };
}

/**
 * Words, grade (English only) and what is out of bounds, with lines. The length rule and the grade
 * floor are for the bundled articles; a practice's own page (`npx stall-elements check`) may be as
 * short and as simple as it needs.
 */
export function articleReadingIssues(source: string, lang: string, { length = true } = {}): { words: number; grade?: number; issues: ContentIssue[] } {
  const lines = source.split('\n');
  const bodyStart = splitFrontMatter(source)?.bodyLine ?? 1;
  const { grade, words } = fleschKincaidGrade(markdownToPlainText(source));
  const issues: ContentIssue[] = [];
  if (length && (words < MIN_WORDS || words > MAX_WORDS)) {
    issues.push({
      line: bodyStart,
      path: 'body',
      message: `${words} words; an article needs ${MIN_WORDS} to ${MAX_WORDS} (${words < MIN_WORDS ? 'add to it' : 'shorten it or split it in two'})`,
    });
  }
  if (lang !== 'en') return { words, issues };

  if (grade > MAX_GRADE) {
    const hardest = extremeParagraph(lines, bodyStart, 'hardest');
    issues.push({
      line: hardest.line,
      path: 'body',
      message: `reads at grade ${grade.toFixed(1)}, above ${MAX_GRADE}: use shorter sentences and plainer words (the paragraph here is the hardest, at grade ${hardest.grade.toFixed(1)})`,
    });
  } else if (length && grade < MIN_GRADE) {
    const easiest = extremeParagraph(lines, bodyStart, 'easiest');
    issues.push({
      line: easiest.line,
      path: 'body',
      message: `reads at grade ${grade.toFixed(1)}, below ${MIN_GRADE}: join some short sentences so the text flows (aim for grade 6 to 7; the paragraph here is the easiest, at grade ${easiest.grade.toFixed(1)})`,
    });
  }
  return { words, grade, issues };
}

/** The paragraph of the body with the highest (or lowest) grade, so an author knows where to start. */
function extremeParagraph(lines: readonly string[], bodyStart: number, which: 'hardest' | 'easiest'): { line: number; grade: number } {
  const beats = (a: number, b: number) => (which === 'hardest' ? a > b : a < b);
  // A heading or a one-line note is always "easy"; the easiest paragraph worth rewriting has some length.
  const minWords = which === 'hardest' ? 1 : 15;
  let found = { line: bodyStart, grade: which === 'hardest' ? -Infinity : Infinity };
  let paragraph: string[] = [];
  let startLine = bodyStart;
  const finish = () => {
    const { grade, words } = fleschKincaidGrade(markdownToPlainText(paragraph.join('\n')));
    if (words >= minWords && beats(grade, found.grade)) found = { line: startLine, grade };
    paragraph = [];
  };
  for (let i = bodyStart - 1; i < lines.length; i++) {
    if (lines[i].trim() === '') {
      finish();
      startLine = i + 2;
    } else {
      paragraph.push(lines[i]);
    }
  }
  finish();
  return found;
}

/** Content kinds whose front matter may link to an article section with `article: <id>#<section>`. */
const LINKING_KINDS = ['checklists', 'decisions', 'progress'];

/**
 * Every `article:` link of a checklist or decision points to an article in the same language
 * that has the named section, so a "Read more" never lands on a missing page or the page top.
 */
export function checkArticleLinks(sources: ReadonlyMap<string, string>, compiled: ReadonlyMap<string, object>): string[] {
  const errors: string[] = [];
  const problemWith = (link: string, lang: string) => {
    const [articleId, section] = link.split('#');
    const target = `content/articles/${articleId}.${lang}.md`;
    return !sources.has(target)
      ? `"${link}" names an article that does not exist: no ${target}`
      : section && compiled.has(target) && !(compiled.get(target) as Article).headings.some((h) => h.id === section)
        ? `"${link}": ${target} has no heading {#${section}}; its sections are ${sectionList(compiled.get(target) as Article)}`
        : undefined;
  };
  for (const [file, data] of compiled) {
    const [, kind, lang] = /^content\/([a-z-]+)\/[^/]+\.([a-z]{2})\.md$/.exec(file) ?? [];
    if (kind === 'articles') {
      errors.push(...checkArticleBodyLinks(file, sources.get(file) ?? '', lang, problemWith));
      errors.push(...checkEmbeddedChecklist(file, sources.get(file) ?? '', data as Article, compiled));
      continue;
    }
    if (!LINKING_KINDS.includes(kind)) continue;
    const frontMatter = frontMatterOf(sources.get(file) ?? '');
    for (const { path, link } of articleLinksIn(data)) {
      const problem = problemWith(link, lang);
      if (problem) errors.push(formatIssue(file, { line: frontMatter?.lineOf(path), path: path.join('.'), message: problem }));
    }
  }
  return errors;
}

/** `[text](article:id#section)` links in an article's body: to an article and section that exist. */
function checkArticleBodyLinks(file: string, source: string, lang: string, problemWith: (link: string, lang: string) => string | undefined): string[] {
  const errors: string[] = [];
  source.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(/\]\(article:([^)\s]*)\)/g)) {
      const link = match[1];
      const problem = /^[a-z0-9-]+(#[a-z0-9-]+)?$/.test(link) ? problemWith(link, lang) : `"article:${link}": expected article:article-id or article:article-id#section`;
      if (problem) errors.push(formatIssue(file, { line: i + 1, path: 'body', message: problem }));
    }
  });
  return errors;
}

/**
 * An article that embeds the bundled `<stall-checklist>` without an `article-href` of its own
 * sends the checklist's "Read more" links to `#section` on the same page: every section the
 * checklist's themes link to must be in that article, or the links go nowhere.
 */
function checkEmbeddedChecklist(file: string, source: string, article: Article, compiled: ReadonlyMap<string, object>): string[] {
  const lines = source.split('\n');
  const at = lines.findIndex((line) => /<stall-checklist(?![^>]*\b(?:src|checklist|article-href)=)[^>]*>/.test(line));
  if (at < 0) return [];
  const checklist = compiled.get(`content/checklists/stalling-signs.${article.lang}.md`) as { themes: { article?: string }[] } | undefined;
  const elsewhere = (checklist?.themes ?? []).map((t) => t.article).filter((link): link is string => !!link && link.split('#')[0] !== article.id);
  if (!elsewhere.length) return [];
  return [
    formatIssue(file, {
      line: at + 1,
      path: 'body',
      message: `the embedded <stall-checklist> links to sections of another article (${elsewhere.slice(0, 3).join(', ')}${elsewhere.length > 3 ? ', …' : ''}): embed it in that article, or link to it`,
    }),
  ];
}

const sectionList = (article: Article) => article.headings.map((h) => `#${h.id}`).join(', ') || 'none';

/** Every string field named `article` in compiled data, with its path (e.g. themes.0.article). */
function articleLinksIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; link: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => articleLinksIn(item, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'article' && typeof child === 'string' ? [{ path: [...path, key], link: child }] : articleLinksIn(child, [...path, key]),
  );
}

/** The front matter's YAML with a way to find the file line of a field. */
function frontMatterOf(source: string): { lineOf(path: (string | number)[]): number } | undefined {
  const split = splitFrontMatter(source);
  if (!split) return undefined;
  const doc = parseYamlSubset(split.yaml);
  // The YAML starts on line 2 of the file, after the opening "---".
  return { lineOf: (path) => doc.lineOf(path) + 1 };
}

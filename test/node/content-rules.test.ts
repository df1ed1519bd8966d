// The content rules beyond the schemas, each fed a broken input: reading grade and length of the
// articles, the safe-messaging lint, the article sections that checklists and decisions link to,
// and a Spanish twin for every file. Every error names the file, the line and the field or phrase.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { articleReadingIssues, checkArticleReading, MAX_GRADE, MAX_WORDS, MIN_GRADE } from '../../scripts/content/article-rules.js';
import { checkAllContent } from '../../scripts/content/check.js';
import { checkSafeMessaging } from '../../scripts/content/safe-messaging.js';
import { fleschKincaidGrade } from '../../scripts/lib/readability.mjs';

/** A copy of the real content/ folder to break one file of. */
function projectWithRealContent(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'stall-rules-'));
  cpSync('content', path.join(root, 'content'), { recursive: true });
  return root;
}

function edit(root: string, file: string, change: (source: string) => string): string {
  const before = readFileSync(path.join(root, file), 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `the edit changed nothing in ${file}`);
  writeFileSync(path.join(root, file), after);
  return after;
}

const lineOf = (source: string, text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;

const FRONT_MATTER = `---
title: A test article
summary: Used by the tests.
lang: en
reviewed: 2026-11-22
sources:
  - id: a-source
    citation: Someone (2020).
---
`;
const BODY_START = 10;

const easyParagraph = 'You can say how you feel. It is fine to ask for a change. Small steps help a lot.';
/** 33 words at about grade 6.6: the level the bundled articles aim for. */
const plainParagraph =
  'When therapy feels stuck, it can help to say so early, because your therapist may not have noticed it yet. Together you can look at your goals again and decide what to change.';
const hardParagraph =
  'Psychotherapeutic interventions characteristically necessitate comprehensive collaborative deliberation regarding individualized therapeutic objectives, incorporating multidimensional psychological, interpersonal, occupational and socioeconomic considerations.';
/** `count` easy paragraphs of 19 words each, blank lines between. */
const easyText = (count: number) => Array.from({ length: count }, () => easyParagraph).join('\n\n');

describe('content rules: the real content/', () => {
  it('passes every rule, and reports the grade and words of each article', () => {
    const report = checkAllContent(process.cwd());
    assert.deepEqual(report.errors, []);
    const english = report.articles.filter((a) => a.file.endsWith('.en.md'));
    const spanish = report.articles.filter((a) => a.file.endsWith('.es.md'));
    // Every article on disk is reported, in both languages (eight bundled ones at least).
    const onDisk = (lang: string) => readdirSync('content/articles').filter((name) => name.endsWith(`.${lang}.md`)).length;
    assert.ok(english.length >= 8, `${english.length} English articles`);
    assert.equal(english.length, onDisk('en'));
    assert.equal(spanish.length, onDisk('es'));
    for (const { file, grade, words } of english) {
      assert.ok(grade !== undefined && grade <= MAX_GRADE && grade >= MIN_GRADE, `${file}: grade ${grade}`);
      assert.ok(words >= 600 && words <= MAX_WORDS, `${file}: ${words} words`);
    }
    for (const { grade } of spanish) assert.equal(grade, undefined, 'the formula is for English only');
  });

  it('prints one line per article from npm test', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--summary'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^content\/articles\/what-is-a-stall\.en\.md: grade \d+\.\d, \d+ words$/m);
    assert.match(run.stdout, /^content\/articles\/what-is-a-stall\.es\.md: \d+ words$/m);
    assert.match(run.stdout, /^content: \d+ passed, 0 failed$/m);
  });
});

describe('content rules: required front matter of an article', () => {
  for (const field of ['title', 'summary', 'lang', 'reviewed', 'sources']) {
    it(`fails without ${field}`, () => {
      const root = projectWithRealContent();
      const file = 'content/articles/what-is-a-stall.en.md';
      edit(root, file, (source) => source.replace(new RegExp(`^${field}:.*\\n(?:  .*\\n)*`, 'm'), ''));
      const { errors } = checkAllContent(root);
      assert.ok(
        errors.includes(`${file}:2: ${field}: required${field === 'lang' ? ' (one of "en", "es")' : ''}`),
        errors.join('\n'),
      );
      rmSync(root, { recursive: true });
    });
  }
});

describe('content rules: reading grade and length of articles', () => {
  const file = 'content/articles/test.en.md';

  it(`fails an English article above grade ${MAX_GRADE}, pointing at its hardest paragraph`, () => {
    const hard = Array.from({ length: 30 }, () => hardParagraph).join(' ');
    const { measure, errors } = checkArticleReading(file, `${FRONT_MATTER}${easyText(3)}\n\n${hard}\n\n${easyText(3)}\n`, 'en');
    assert.ok(measure.grade !== undefined && measure.grade > MAX_GRADE);
    const hardLine = BODY_START + 6; // three easy paragraphs and their blank lines come first
    const hardGrade = fleschKincaidGrade(hard).grade;
    assert.ok(hardGrade > 20);
    assert.deepEqual(errors, [
      `${file}:${hardLine}: body: reads at grade ${measure.grade.toFixed(1)}, above 8: use shorter sentences and plainer words (the paragraph here is the hardest, at grade ${hardGrade.toFixed(1)})`,
    ]);
  });

  it('passes the same length of plain prose at the grade the articles aim for', () => {
    const plain = Array.from({ length: 25 }, () => plainParagraph).join('\n\n');
    const { measure, errors } = checkArticleReading(file, FRONT_MATTER + plain, 'en');
    assert.deepEqual(errors, []);
    assert.ok(measure.grade !== undefined && measure.grade >= 6 && measure.grade <= 7, `grade ${measure.grade}`);
    assert.equal(measure.words, 33 * 25);
  });

  it(`fails an English article below grade ${MIN_GRADE}, a string of very short sentences, pointing at its easiest paragraph`, () => {
    const plain = Array.from({ length: 10 }, () => plainParagraph).join('\n\n');
    const { measure, errors } = checkArticleReading(file, `${FRONT_MATTER}${plain}\n\n${easyText(30)}\n`, 'en');
    assert.ok(measure.grade !== undefined && measure.grade < MIN_GRADE, `grade ${measure.grade}`);
    const easyLine = BODY_START + 20; // ten plain paragraphs and their blank lines come first
    assert.deepEqual(errors, [
      `${file}:${easyLine}: body: reads at grade ${measure.grade.toFixed(1)}, below 5: join some short sentences so the text flows (aim for grade 6 to 7; the paragraph here is the easiest, at grade ${fleschKincaidGrade(easyParagraph).grade.toFixed(1)})`,
    ]);
  });

  it('leaves a practice its own simple, short page: no floor and no length outside the bundle', () => {
    const { grade, issues } = articleReadingIssues(FRONT_MATTER + easyText(3), 'en', { length: false });
    assert.ok(grade !== undefined && grade < MIN_GRADE);
    assert.deepEqual(issues, []);
  });

  it('does not grade a Spanish article with the English formula', () => {
    const body = Array.from({ length: 35 }, () => hardParagraph).join(' ');
    const { measure, errors } = checkArticleReading('content/articles/test.es.md', FRONT_MATTER.replace('lang: en', 'lang: es') + body, 'es');
    assert.equal(measure.grade, undefined);
    assert.deepEqual(errors, []);
  });

  it('fails an article under 600 words, at the start of its body', () => {
    const { errors } = checkArticleReading(file, FRONT_MATTER + Array.from({ length: 6 }, () => plainParagraph).join('\n\n'), 'en');
    assert.deepEqual(errors, [`${file}:${BODY_START}: body: 198 words; an article needs 600 to 1400 (add to it)`]);
  });

  it('fails an article over 1400 words (raised from 1200 for the key points and tools)', () => {
    assert.equal(MAX_WORDS, 1400);
    const { errors } = checkArticleReading(file, FRONT_MATTER + Array.from({ length: 45 }, () => plainParagraph).join('\n\n'), 'en');
    assert.deepEqual(errors, [`${file}:${BODY_START}: body: 1485 words; an article needs 600 to 1400 (shorten it or split it in two)`]);
  });

  it('counts words the reader reads, not footnote markers, anchors or tags', () => {
    const marked = `## A heading {#a-heading}\n\nOne two three.[^a-source]\n\n<stall-checklist></stall-checklist>\n\n[^a-source]: Someone (2020).\n`;
    assert.equal(checkArticleReading(file, FRONT_MATTER + marked, 'en').measure.words, 5);
  });

  it('runs inside checkAllContent on every article', () => {
    const root = projectWithRealContent();
    const file = 'content/articles/getting-unstuck.es.md';
    edit(root, file, (source) => source.replace(/(\n---\n)[\s\S]*$/, '$1\nDemasiado corto.\n'));
    assert.ok(checkAllContent(root).errors.includes(`${file}:${lineOf(readFileSync(path.join(root, file), 'utf8'), 'Demasiado') - 1}: body: 2 words; an article needs 600 to 1400 (add to it)`));
    rmSync(root, { recursive: true });
  });
});

describe('content rules: safe-messaging lint', () => {
  const cases: [string, string][] = [
    ['He committed suicide last year.', '"committed suicide" goes against safe-messaging guidelines: say "died by suicide"'],
    ['People who commit suicide', '"commit suicide" goes against safe-messaging guidelines: say "die by suicide" or "end their life"'],
    ['after a failed suicide attempt', '"failed suicide attempt" goes against safe-messaging guidelines: say "suicide attempt" or "attempt"'],
    ['an unsuccessful attempt', '"unsuccessful attempt" goes against safe-messaging guidelines: say "suicide attempt" or "attempt"'],
    ['a Successful Suicide Attempt', '"Successful Suicide Attempt" goes against safe-messaging guidelines: say "died by suicide"'],
    ['the rate of completed suicide', '"completed suicide" goes against safe-messaging guidelines: say "died by suicide"'],
    ['a suicide epidemic among teens', '"suicide epidemic" goes against safe-messaging guidelines: say "suicide rates" or "a public health concern"'],
    ['an epidemic of suicides', '"epidemic of suicides" goes against safe-messaging guidelines: say "suicide rates" or "a public health concern"'],
    ['Su hermano cometió suicidio.', '"cometió suicidio" goes against safe-messaging guidelines: say "murió por suicidio" o "morir por suicidio"'],
    ['quien se suicidó con éxito', '"se suicidó con éxito" goes against safe-messaging guidelines: say "murió por suicidio"'],
    ['tras un intento fallido', '"intento fallido" goes against safe-messaging guidelines: say "intento de suicidio"'],
    ['un intento de suicidio frustrado', '"intento de suicidio frustrado" goes against safe-messaging guidelines: say "intento de suicidio"'],
    ['las cifras de suicidio consumado', '"suicidio consumado" goes against safe-messaging guidelines: say "muerte por suicidio"'],
    ['una epidemia de suicidios', '"epidemia de suicidios" goes against safe-messaging guidelines: say "tasas de suicidio" o "un problema de salud pública"'],
    ['las víctimas del suicidio', '"víctimas del suicidio" goes against safe-messaging guidelines: say "persona que murió por suicidio"'],
  ];
  for (const [text, reason] of cases) {
    it(`fails on: ${text}`, () => {
      const file = 'content/articles/test.en.md';
      assert.deepEqual(checkSafeMessaging(file, `${FRONT_MATTER}\nFirst paragraph.\n\n${text}\n`), [`${file}:${BODY_START + 3}: body: ${reason}`]);
    });
  }

  it('finds a phrase broken over two lines, and names the front-matter field it is in', () => {
    const file = 'content/checklists/test.en.md';
    const source = `---\ntitle: Signs\nitems:\n  - id: one\n    text: "Someone close to me\n      committed\n      suicide."\n---\nBody.\n`;
    assert.deepEqual(checkSafeMessaging(file, source), [
      `${file}:6: text: "committed suicide" goes against safe-messaging guidelines: say "died by suicide"`,
    ]);
  });

  it('reports words that two entries match only once', () => {
    const file = 'content/articles/test.es.md';
    assert.equal(checkSafeMessaging(file, `${FRONT_MATTER}\nUn intento de suicidio consumado.\n`).length, 1);
  });

  it('lets the safe wording through', () => {
    const safe = [
      'He died by suicide.',
      'after a suicide attempt',
      'thoughts of suicide',
      'a failed exam, an unsuccessful job application',
      'Murió por suicidio.',
      'un intento de suicidio',
      'pensamientos de suicidio',
      'Línea de atención a la conducta suicida',
    ];
    assert.deepEqual(checkSafeMessaging('content/ui/test.en.md', `${FRONT_MATTER}\n${safe.join('\n\n')}\n`), []);
  });

  it('runs inside checkAllContent over every kind of content, in both languages', () => {
    const root = projectWithRealContent();
    const uiFile = 'content/ui/crisis-footer.es.md';
    const ui = edit(root, uiFile, (source) => source.replace('Si estás pensando en el suicidio', 'Si alguien cercano cometió suicidio'));
    const crisisFile = 'content/crisis/gb.en.md';
    const crisis = edit(root, crisisFile, (source) => source.replace(/(\n---\n)/, '$1\nAfter a failed attempt, call.\n'));
    const { errors } = checkAllContent(root);
    assert.ok(
      errors.includes(`${uiFile}:${lineOf(ui, 'cometió')}: intro: "cometió suicidio" goes against safe-messaging guidelines: say "murió por suicidio" o "morir por suicidio"`),
      errors.join('\n'),
    );
    assert.ok(
      errors.includes(`${crisisFile}:${lineOf(crisis, 'failed attempt')}: body: "failed attempt" goes against safe-messaging guidelines: say "suicide attempt" or "attempt"`),
      errors.join('\n'),
    );
    rmSync(root, { recursive: true });
  });
});

describe('content rules: article sections that checklists and decisions link to', () => {
  it('fails a checklist theme whose article has no such section', () => {
    const root = projectWithRealContent();
    edit(root, 'content/articles/why-progress-stalls.es.md', (source) => source.replace('{#avoidance}', '{#avoiding}'));
    const checklist = readFileSync(path.join(root, 'content/checklists/stalling-signs.es.md'), 'utf8');
    const { errors } = checkAllContent(root);
    assert.deepEqual(
      errors.map((error) => error.replace(/; its sections are .*/, '')),
      [
        `content/checklists/stalling-signs.es.md:${lineOf(checklist, 'article: why-progress-stalls#avoidance')}: themes.0.article: "why-progress-stalls#avoidance": content/articles/why-progress-stalls.es.md has no heading {#avoidance}`,
      ],
    );
    assert.match(errors[0], /its sections are #avoiding, #goals, /);
    rmSync(root, { recursive: true });
  });

  it('fails a decision outcome that links to an article that does not exist', () => {
    const root = projectWithRealContent();
    const file = 'content/decisions/switch-therapist.en.md';
    const source = edit(root, file, (text) => text.replace('article: switching-therapists#red-flags', 'article: leaving-therapy#red-flags'));
    const { errors } = checkAllContent(root);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(
      errors[0],
      new RegExp(
        `^content/decisions/switch-therapist\\.en\\.md:${lineOf(source, 'article: leaving-therapy')}: outcomes\\.\\d+\\.article: "leaving-therapy#red-flags" names an article that does not exist: no content/articles/leaving-therapy\\.en\\.md$`,
      ),
    );
    rmSync(root, { recursive: true });
  });
});

describe('content rules: links between articles and the embedded self-check', () => {
  it('fails an article:id#section link in an article body whose target does not exist', () => {
    const root = projectWithRealContent();
    const file = 'content/articles/what-is-a-stall.en.md';
    const source = edit(root, file, (text) =>
      text.replace('(article:getting-unstuck)', '(article:getting-unstuk)').replace('(article:why-progress-stalls#self-check)', '(article:why-progress-stalls#self-test)'),
    );
    const { errors } = checkAllContent(root);
    assert.deepEqual(errors.map((error) => error.replace(/; its sections are .*/, '')), [
      `${file}:${lineOf(source, 'article:why-progress-stalls#self-test')}: body: "why-progress-stalls#self-test": content/articles/why-progress-stalls.en.md has no heading {#self-test}`,
      `${file}:${lineOf(source, 'article:getting-unstuk')}: body: "getting-unstuk" names an article that does not exist: no content/articles/getting-unstuk.en.md`,
    ]);
    rmSync(root, { recursive: true });
  });

  it('fails the self-check embedded in an article that lacks the sections its Read more links go to', () => {
    const root = projectWithRealContent();
    const file = 'content/articles/getting-unstuck.es.md';
    const source = edit(root, file, (text) => text.replace('## Practica entre sesiones {#practice}', '<stall-checklist></stall-checklist>\n\n## Practica entre sesiones {#practice}'));
    const { errors } = checkAllContent(root);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], new RegExp(`^${file}:${lineOf(source, '<stall-checklist>')}: body: the embedded <stall-checklist> links to sections of another article \\(why-progress-stalls#avoidance, `));
    // With its own article-href, its links go where the page says: no error.
    edit(root, file, (text) => text.replace('<stall-checklist></stall-checklist>', '<stall-checklist article-href="/a/{article}#{section}"></stall-checklist>'));
    assert.deepEqual(checkAllContent(root).errors, []);
    rmSync(root, { recursive: true });
  });
});

describe('content rules: every bundled id in English and Spanish', () => {
  it('fails a file with no Spanish twin', () => {
    const root = projectWithRealContent();
    rmSync(path.join(root, 'content/articles/getting-unstuck.es.md'));
    const { errors } = checkAllContent(root);
    assert.equal(errors[0], 'content/articles/getting-unstuck.en.md: has no es version (content/articles/getting-unstuck.es.md)');
    // The Spanish files that link to it (articles, the check-in's signals) are told so too.
    for (const error of errors.slice(1)) assert.match(error, /\.es\.md:\d+: [\w.]+: "getting-unstuck(#[\w-]+)?" names an article that does not exist/);
    rmSync(root, { recursive: true });
  });

  it('fails a file with no English twin', () => {
    const root = projectWithRealContent();
    rmSync(path.join(root, 'content/ui/decision.en.md'));
    assert.deepEqual(checkAllContent(root).errors, ['content/ui/decision.es.md: has no en version (content/ui/decision.en.md)']);
    rmSync(root, { recursive: true });
  });
});

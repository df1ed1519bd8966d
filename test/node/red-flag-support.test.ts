// The red-flag outcome's support lines (content/ui/red-flag-support.*) follow the crisis-line
// rules: every line says when it was checked or what is unconfirmed (the schema refuses one with
// neither, and the content check warns when a check grows old); every bundled country has an
// entry in both languages with the same numbers; and the drop-in bundle keeps them out of every
// page's first load (they load with the decision helper).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isCoreModule, languagePackOf } from '../../scripts/build/drop-in.js';
import { checkAllContent, CRISIS_MAX_AGE_DAYS } from '../../scripts/content/check.js';
import { fleschKincaidGrade } from '../../scripts/lib/readability.mjs';
import { compileContentFile, type Crisis } from '../../src/content/kinds.js';
import { ContentError } from '../../src/content/parse.js';
import type { RedFlagSupport } from '../../src/content/schemas.js';

const FILE = 'content/ui/red-flag-support.en.md';

function supportFile(line: string): string {
  return `---
heading: Support
intro: It is never your fault.
none: Find a service near you.
unknown: Choose your country.
verified: "Checked for {country} on {date}."
countries:
  ZZ:
    lines:
      - name: Test line
        phone: "0800 000 000"
        sourceUrl: https://example.org/line
        ${line}
---
`;
}

const compile = (source: string) => compileContentFile(FILE, source) as RedFlagSupport;

describe('red-flag support lines: verifiedAt or unconfirmed', () => {
  it('accepts a checked line and an unconfirmed one', () => {
    assert.equal(compile(supportFile('verifiedAt: 2026-11-29')).countries.ZZ.lines[0].verifiedAt, '2026-11-29');
    assert.equal(compile(supportFile('unconfirmed: Hours not found.')).countries.ZZ.lines[0].unconfirmed, 'Hours not found.');
  });

  it('refuses a line with neither, naming the file, its line and verifiedAt', () => {
    assert.throws(
      () => compile(supportFile('note: Free to call.')),
      (error: unknown) =>
        error instanceof ContentError && /^content\/ui\/red-flag-support\.en\.md:\d+: countries\.ZZ\.lines\.0\.verifiedAt: required \(or give unconfirmed/.test(error.message),
    );
  });

  it('refuses a line nobody can call or text, and a country code that is not one', () => {
    assert.throws(() => compile(supportFile('verifiedAt: 2026-11-29').replace('phone: "0800 000 000"', 'email: a@example.org')), /countries\.ZZ\.lines\.0\.phone: required/);
    assert.throws(() => compile(supportFile('verifiedAt: 2026-11-29').replace('  ZZ:', '  zz:')), /countries\.zz: is not valid here/);
  });

  it('warns in the content check when a line was checked too long ago', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'stall-support-'));
    cpSync('content', path.join(root, 'content'), { recursive: true });
    const later = new Date(Date.parse('2026-11-29') + (CRISIS_MAX_AGE_DAYS + 1) * 24 * 60 * 60 * 1000);
    const report = checkAllContent(root, later);
    const warned = report.warnings.filter((w) => w.startsWith(FILE)).map((w) => w.split(': ')[1]);
    assert.ok(warned.includes('countries.GB.lines.0.verifiedAt'), warned.join('\n'));
    // A line written without a check fails the whole check, as a crisis line does.
    const file = path.join(root, FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(name: "1800RESPECT"[\s\S]*?)\n {8}verifiedAt: [\d-]+\n/, '$1\n'));
    assert.match(checkAllContent(root).errors.join('\n'), /red-flag-support\.en\.md:\d+: countries\.AU\.lines\.0\.verifiedAt: required/);
  });
});

describe('red-flag support lines: the bundled data', () => {
  const report = checkAllContent(process.cwd());
  const support = (lang: string) => report.compiled.get(`content/ui/red-flag-support.${lang}.md`) as RedFlagSupport;
  const countries = [...report.compiled].filter(([file]) => file.startsWith('content/crisis/') && file.endsWith('.en.md')).map(([, data]) => (data as Crisis).country);

  it('lists every bundled country in English and Spanish, with nothing stale today', () => {
    assert.equal(countries.length, 9);
    assert.deepEqual(Object.keys(support('en').countries).sort(), [...countries].sort());
    assert.deepEqual(Object.keys(support('es').countries).sort(), [...countries].sort());
    assert.deepEqual(report.warnings.filter((w) => w.includes('red-flag-support')), []);
  });

  it('gives the same numbers, hours check and sources in both languages', () => {
    for (const country of countries) {
      const facts = (lang: string) => support(lang).countries[country].lines.map(({ phone, text, email, sourceUrl, verifiedAt }) => ({ phone, text, email, sourceUrl, verifiedAt }));
      assert.deepEqual(facts('es'), facts('en'), country);
    }
  });

  it('says it in plain English: grade 7 or below, never blaming, support whether or not you report', () => {
    const { intro, none, unknown, countries: all } = support('en');
    const notes = Object.values(all).flatMap(({ note, lines }) => [note, ...lines.map((line) => line.note)]).filter((n): n is string => !!n);
    for (const words of [intro, none, unknown, notes.join(' ')]) assert.ok(fleschKincaidGrade(words).grade <= 7, `grade ${fleschKincaidGrade(words).grade}: ${words}`);
    for (const words of [intro, none, unknown]) {
      assert.match(words, /never your fault/);
      assert.match(words, /whether or not you report/);
    }
  });

  it('logs every source in docs/crisis-sources.md', () => {
    const log = readFileSync('docs/crisis-sources.md', 'utf8');
    for (const { lines } of Object.values(support('en').countries)) {
      for (const line of lines) assert.ok(log.includes(line.sourceUrl.replace(/^https:\/\/(www\.)?/, '')), `${line.name}: ${line.sourceUrl} is not in the log`);
    }
  });
});

describe('red-flag support lines: loading', () => {
  it('stays out of the drop-in bundle\'s first load and language packs, in every language', () => {
    for (const lang of ['en', 'es']) {
      const file = path.join(process.cwd(), `content/ui/red-flag-support.${lang}.md`);
      assert.equal(isCoreModule(file), false, file);
      assert.equal(languagePackOf(file), null, file);
    }
    assert.equal(isCoreModule('\0stall-content/ui/red-flag-support'), false);
    assert.equal(isCoreModule(path.join(process.cwd(), 'src/decision/red-flag-support.ts')), false);
  });

  it('is imported only by the decision helper', () => {
    const importers = ['src/crisis-footer/crisis-panel.ts', 'src/crisis-footer/crisis-data.ts', 'src/checklist/stall-checklist.ts'];
    for (const file of importers) assert.doesNotMatch(readFileSync(file, 'utf8'), /red-flag-support/, file);
  });
});

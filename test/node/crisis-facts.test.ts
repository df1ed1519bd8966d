// Every crisis fact says how we know it: each crisis line, emergency number and complaint route
// carries `verifiedAt` (checked against `sourceUrl` on that day) or `unconfirmed` (what no source
// confirmed). The schema, and through it `npm test`'s content check, refuse an entry with neither,
// naming the file, the line and the field; stale checks warn, unconfirmed-only entries do not.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkAllContent, CRISIS_MAX_AGE_DAYS } from '../../scripts/content/check.js';
import { compileCrisis, LANGUAGES, type Crisis } from '../../src/content/kinds.js';
import { ContentError } from '../../src/content/parse.js';

const FILE = 'content/crisis/zz.en.md';
const who = { id: 'zz', lang: 'en' as const };

/** A small crisis file; `line`, `emergency` and `route` are the fields after each entry's name/number. */
function crisisFile({ line = 'verifiedAt: 2026-11-29', emergency = 'verifiedAt: 2026-11-29', route = 'verifiedAt: 2026-11-29' } = {}): string {
  return `---
country: ZZ
countryName: Testland
emergency:
  number: "112"
  sourceUrl: https://example.org/emergency
  ${emergency}
lines:
  - name: Test line
    phone: "0800 000 000"
    sourceUrl: https://example.org/line
    ${line}
complaints:
  intro: Testland regulates therapists.
  routes:
    - name: Testland Board
      how: Takes complaints in writing.
      sourceUrl: https://example.org/board
      ${route}
---
`;
}

function compileError(source: string): string {
  try {
    compileCrisis(source, FILE, who);
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    return error.message;
  }
  assert.fail('the file passed, but it should not have');
}

const lineOf = (source: string, text: string) => source.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('crisis facts: verifiedAt or unconfirmed', () => {
  it('accepts a checked entry, an unconfirmed one, and one with both', () => {
    const source = crisisFile({
      line: 'unconfirmed: Hours not found in any source.',
      route: 'verifiedAt: 2026-11-29\n      unconfirmed: Its phone number was not confirmed.',
    });
    const crisis = compileCrisis(source, FILE, who);
    assert.equal(crisis.lines[0].verifiedAt, undefined);
    assert.equal(crisis.lines[0].unconfirmed, 'Hours not found in any source.');
    assert.equal(crisis.complaints!.routes[0].verifiedAt, '2026-11-29');
  });

  it('refuses a crisis line with neither, naming the file, its line and verifiedAt', () => {
    const source = crisisFile({ line: 'note: Free to call.' });
    assert.equal(
      compileError(source),
      `${FILE}:${lineOf(source, '- name: Test line')}: lines.0.verifiedAt: required (or give unconfirmed: what no source confirmed)`,
    );
  });

  it('refuses an emergency number with neither', () => {
    const source = crisisFile({ emergency: 'note: Or go to the hospital.' });
    assert.match(compileError(source), /^content\/crisis\/zz\.en\.md:\d+: emergency\.verifiedAt: required \(or give unconfirmed/);
  });

  it('refuses a complaint route with neither', () => {
    const source = crisisFile({ route: 'url: https://example.org/' });
    assert.match(compileError(source), /complaints\.routes\.0\.verifiedAt: required \(or give unconfirmed/);
  });

  it('refuses an empty unconfirmed note, which says nothing', () => {
    const source = crisisFile({ line: 'unconfirmed: ""' });
    assert.match(compileError(source), /lines\.0\.unconfirmed: must not be empty/);
  });

  it('fails the content check of the whole project (as npm test runs it) for a line with neither', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'stall-crisis-'));
    cpSync('content', path.join(root, 'content'), { recursive: true });
    const file = path.join(root, 'content/crisis/gb.en.md');
    const before = readFileSync(file, 'utf8');
    // The first line, Samaritans, loses its verifiedAt and has no unconfirmed note left either.
    const after = before.replace(/(- name: "Samaritans"[\s\S]*?)\n {4}verifiedAt: [\d-]+\n {4}unconfirmed: .*\n/, '$1\n');
    assert.notEqual(after, before);
    writeFileSync(file, after);
    const report = checkAllContent(root);
    assert.deepEqual(report.errors, [
      `content/crisis/gb.en.md:${lineOf(after, '- name: "Samaritans"')}: lines.0.verifiedAt: required (or give unconfirmed: what no source confirmed)`,
    ]);
  });

  it('warns about a check older than the limit, and never about an unconfirmed-only entry', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'stall-crisis-'));
    cpSync('content', path.join(root, 'content'), { recursive: true });
    writeFileSync(path.join(root, 'content/crisis/zz.en.md'), crisisFile({ line: 'unconfirmed: Nothing confirmed.' }));
    writeFileSync(path.join(root, 'content/crisis/zz.es.md'), crisisFile({ line: 'unconfirmed: Nothing confirmed.' }).replace('countryName: Testland', 'countryName: Testlandia'));
    const later = new Date(Date.parse('2026-11-29') + (CRISIS_MAX_AGE_DAYS + 1) * 24 * 60 * 60 * 1000);
    const report = checkAllContent(root, later);
    assert.deepEqual(report.errors, []);
    const testland = report.warnings.filter((w) => w.startsWith('content/crisis/zz.en.md'));
    assert.deepEqual(
      testland.map((w) => w.split(': ')[1]),
      ['emergency.verifiedAt', 'complaints.routes.0.verifiedAt'],
    );
  });
});

describe('crisis facts: the bundled data', () => {
  const report = checkAllContent(process.cwd());
  const crises = [...report.compiled].filter(([file]) => file.startsWith('content/crisis/')) as [string, Crisis][];

  it('covers nine countries in every language, with no errors and nothing stale today', () => {
    assert.deepEqual(report.errors, []);
    assert.equal(crises.length, 9 * LANGUAGES.length);
    assert.deepEqual(report.warnings.filter((w) => w.startsWith('content/crisis/')), []);
  });

  for (const [file, crisis] of crises) {
    it(`${file}: every entry is checked or says what is unconfirmed, and complaint routes are listed`, () => {
      const entries = [crisis.emergency, ...crisis.lines, ...(crisis.complaints?.routes ?? [])].filter((e) => e !== undefined);
      for (const entry of entries) assert.ok(entry.verifiedAt || entry.unconfirmed, `${file}: ${JSON.stringify(entry)}`);
      assert.ok(crisis.emergency, `${file}: every bundled country has a sourced emergency number`);
      assert.ok(crisis.complaints && crisis.complaints.routes.length > 0, `${file}: no complaint routes`);
    });
  }

  it('never lists the ended 988 "press 3" option', () => {
    for (const [file] of crises) assert.doesNotMatch(readFileSync(file, 'utf8'), /press 3|marca (el )?3|después el 3/i, file);
  });
});

// The content pipeline fed broken files: every error names the file, the line, the field and the
// reason, and the build plugin refuses to start on them.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compileContentFile } from '../../src/content/kinds.js';
import { ContentError } from '../../src/content/parse.js';
import { checkAllContent } from '../../scripts/content/check.js';
import { stallContent } from '../../scripts/content/plugin.js';

const good = readFileSync('content/crisis/gb.en.md', 'utf8');

function errorOf(file: string, source: string): string {
  try {
    compileContentFile(file, source);
  } catch (error) {
    assert.ok(error instanceof ContentError, `expected a ContentError, got ${String(error)}`);
    return error.message;
  }
  assert.fail(`${file} was accepted`);
}

function projectWith(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'stall-content-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), source);
  }
  return root;
}

describe('content pipeline', () => {
  it('says a file is UTF-16 or has CR-only line endings, rather than that it has no front matter (issue 12)', () => {
    const utf16 = new TextDecoder('utf-8').decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]));
    assert.equal(errorOf('content/crisis/gb.en.md', utf16), 'content/crisis/gb.en.md:1: the file is not saved as UTF-8 (it looks like UTF-16): save it again as UTF-8');
    assert.match(errorOf('content/crisis/gb.en.md', new TextDecoder('utf-8').decode(Buffer.from(good, 'utf16le').swap16())), /looks like UTF-16/);
    assert.equal(
      errorOf('content/crisis/gb.en.md', good.replace(/\n/g, '\r')),
      'content/crisis/gb.en.md:1: the lines of the file end with a carriage return (CR) only: save it again with ordinary line endings (LF or CRLF)',
    );
    assert.match(errorOf('content/crisis/gb.en.md', 'country: GB\n'), /missing front matter/);
  });

  it('accepts every bundled file', () => {
    const report = checkAllContent(process.cwd());
    assert.deepEqual(report.errors, []);
    assert.ok(report.files.length >= 20);
  });

  it('names the file, line and field of a line with neither verifiedAt nor unconfirmed', () => {
    const broken = good.replace(/(name: "Shout"[\s\S]*?)\n    verifiedAt: [\d-]+\n    unconfirmed: .*/, '$1');
    assert.notEqual(broken, good);
    const message = errorOf('content/crisis/gb.en.md', broken);
    const line = broken.split('\n').findIndex((l) => l.includes('name: "Shout"')) + 1;
    assert.equal(message, `content/crisis/gb.en.md:${line}: lines.1.verifiedAt: required (or give unconfirmed: what no source confirmed)`);
  });

  it('asks for a phone or text keyword on a crisis line', () => {
    const broken = good.replace('    phone: "0800 1111"\n', '');
    assert.match(errorOf('content/crisis/gb.en.md', broken), /^content\/crisis\/gb\.en\.md:\d+: lines\.5\.phone: required \(or give text\)$/);
  });

  it('explains wrong types, bad formats and unknown fields in plain words', () => {
    const broken = good
      .replace('countryName: "United Kingdom"', 'countryName: [United, Kingdom]')
      .replace('phone: "116 123"', 'phone: one one six')
      .replace(/sourceUrl: https:\/\/giveusashout\.org\/\S*/, 'sourceUrl: http://giveusashout.org/\n    colour: red');
    const message = errorOf('content/crisis/gb.en.md', broken);
    assert.match(message, /: countryName: expected a string, found a list$/m);
    assert.match(message, /: lines\.0\.phone: expected digits, spaces or dashes only$/m);
    assert.match(message, /: lines\.1\.sourceUrl: expected an https:\/\/ address$/m);
    const colourLine = broken.split('\n').findIndex((l) => l.includes('colour: red')) + 1;
    assert.match(message, new RegExp(`:${colourLine}: lines\\.1: unknown field "colour"$`, 'm'), 'the line of the unknown key itself');
  });

  it('reports YAML syntax errors and a missing front matter with their line', () => {
    assert.match(errorOf('content/crisis/gb.en.md', '---\ncountry: GB\nlines: [oops\n---\n'), /^content\/crisis\/gb\.en\.md:\d+: front matter is not valid YAML/);
    assert.equal(
      errorOf('content/crisis/gb.en.md', 'country: GB\n'),
      'content/crisis/gb.en.md:1: missing front matter: the file must start with a line "---", then YAML, then "---"',
    );
    assert.equal(errorOf('content/crisis/gb.en.md', '---\n- a\n- b\n---\n'), 'content/crisis/gb.en.md:2: front matter must be a set of "key: value" fields');
  });

  it('checks that the file name agrees with the data', () => {
    assert.match(errorOf('content/crisis/ie.en.md', good), /content\/crisis\/ie\.en\.md: country: is "GB" but the file name says "ie"/);
    assert.match(errorOf('content/crisis/GB.english.md', good), /file name must be content\/<kind>\/<id>\.<lang>\.md/);
    assert.match(errorOf('content/recipes/cake.en.md', good), /unknown content kind "recipes"/);
  });

  it('checks the rules of a checklist: themes, risk items and bands', () => {
    const source = readFileSync('content/checklists/stalling-signs.en.md', 'utf8');
    const broken = source
      .replace(/themes: \[([a-z-]+)/, 'themes: [no-such-theme')
      .replace(/risk: true/, 'risk: true\n    themes: [avoidance]')
      .replace(/- min: 1\n/, '- min: 2\n');
    const message = errorOf('content/checklists/stalling-signs.en.md', broken);
    assert.match(message, /items\.\d+\.themes\.0: no theme with id "no-such-theme"/);
    assert.match(message, /items\.\d+\.themes: a risk item has no themes/);
    assert.match(message, /bands\.1\.min: gap: no band covers 1 to 1/);
  });

  it('rejects a citation that names no source', () => {
    const source = readFileSync('content/articles/what-is-a-stall.en.md', 'utf8');
    const message = errorOf('content/articles/what-is-a-stall.en.md', `${source}\nMore text.[^nobody-2020]\n`);
    assert.match(message, /body: citation \[\^nobody-2020\] names no entry of sources/);
  });

  it('fails the build at start on a broken file nothing imports, naming file and field', () => {
    const broken = good.replace(/\n    verifiedAt: [\d-]+\n    unconfirmed: .*/, '');
    const root = projectWith({ 'content/crisis/gb.en.md': broken, 'content/crisis/gb.es.md': good.replace('lang: en', 'lang: es') });
    const plugin = stallContent({ root });
    const warnings: string[] = [];
    const context = { warn: (message: string) => warnings.push(message) };
    assert.throws(
      () => (plugin.buildStart as (this: unknown) => void).call(context),
      (error: Error) => {
        assert.match(error.message, /^content check failed:\ncontent\/crisis\/gb\.en\.md:\d+: lines\.0\.verifiedAt: required/);
        assert.equal(error.stack, error.message, 'no stack trace for an author to read through');
        return true;
      },
    );
  });

  it('warns when crisis data was last verified over 180 days ago', () => {
    const root = projectWith({ 'content/crisis/gb.en.md': good, 'content/crisis/gb.es.md': good });
    const report = checkAllContent(root, new Date('2027-12-01'));
    assert.ok(report.warnings.some((w) => /content\/crisis\/gb\.en\.md: lines\.0\.verifiedAt: last verified 2026-11-29, over 180 days ago/.test(w)));
    assert.deepEqual(checkAllContent(root, new Date('2026-12-01')).warnings, []);
  });

  it('fails when a file has no version in the other language', () => {
    const root = projectWith({ 'content/crisis/gb.en.md': good });
    assert.deepEqual(checkAllContent(root, new Date('2026-12-01')).errors, ['content/crisis/gb.en.md: has no es version (content/crisis/gb.es.md)']);
  });

  it('compiles a file to data with no trace of the schema library', async () => {
    const plugin = stallContent({ root: process.cwd() });
    const load = plugin.load as (this: unknown, id: string) => { code: string };
    const { code } = load.call({ addWatchFile() {} }, path.resolve('content/crisis/gb.en.md'));
    assert.match(code, /^export default \{"country":"GB"/);
    assert.doesNotMatch(code, /zod|import /);
  });
});

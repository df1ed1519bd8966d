// The WordPress plugin's build pieces, without WordPress: its words all translated into Spanish
// with their placeholders kept, the .mo WordPress reads, the lists of countries and articles it
// offers, and the zip writer used where Debian's `zip` is missing. The plugin in a real
// WordPress is scripts/wordpress/test.mjs (npm run test:wordpress).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fleschKincaidGrade } from '../../scripts/lib/readability.mjs';
import { bundledContent } from '../../scripts/wordpress/build.mjs';
import { compileMo, compileScriptJson, extractStrings, parsePo, type PoEntry } from '../../scripts/wordpress/i18n.mjs';
import { zipFolder } from '../../scripts/wordpress/zip.mjs';

const PLUGIN = 'integrations/wordpress';
const spanish = parsePo(readFileSync(`${PLUGIN}/languages/stall-elements-es_ES.po`, 'utf8'));
const keyOf = (entry: { msgid: string; context?: string }) => `${entry.context ?? ''}\u0004${entry.msgid}`;
/** Placeholders and code a translation must keep: %s, %1$s, {article}, shortcodes, https://. */
const kept = (text: string) => (text.match(/%(\d\$)?s|\{[a-z]+\}|\[[a-z_%0-9$]+\]|https:\/\/|stall-elements\.js|chunks\/|unfiltered_html/g) ?? []).sort();

/** Reads a .mo back: key (context \u0004 msgid) => translation. */
function readMo(buffer: Buffer): Map<string, string> {
  assert.equal(buffer.readUInt32LE(0), 0x950412de);
  const count = buffer.readUInt32LE(8);
  const originals = buffer.readUInt32LE(12);
  const translations = buffer.readUInt32LE(16);
  assert.equal(buffer.readUInt32LE(24), translations + count * 8, 'WordPress reads the strings from right after the tables');
  const at = (table: number, index: number) => {
    const length = buffer.readUInt32LE(table + index * 8);
    const offset = buffer.readUInt32LE(table + index * 8 + 4);
    return buffer.toString('utf8', offset, offset + length);
  };
  return new Map(Array.from({ length: count }, (_, index) => [at(originals, index), at(translations, index)]));
}

describe('the WordPress plugin', () => {
  it('has a Spanish translation of every string, with the same placeholders, and none left over', () => {
    const strings = extractStrings(PLUGIN);
    assert.ok(strings.length > 50, `only ${strings.length} strings found: the extractor missed the PHP`);
    const translations = new Map(spanish.filter((entry) => entry.msgid).map((entry) => [keyOf(entry), entry.msgstr]));
    for (const entry of strings) {
      const translation = translations.get(keyOf(entry));
      assert.ok(translation, `no Spanish for ${JSON.stringify(entry.msgid)} (${entry.references[0]})`);
      assert.deepEqual(kept(translation), kept(entry.msgid), `the Spanish of ${JSON.stringify(entry.msgid)} changes its placeholders`);
    }
    const used = new Set(strings.map(keyOf));
    const stale = spanish.filter((entry) => entry.msgid && !used.has(keyOf(entry))).map((entry) => entry.msgid);
    assert.deepEqual(stale, [], 'Spanish entries for strings the plugin no longer has');
  });

  it('suggests privacy policy text that visitors can read (grade 8 or below)', () => {
    const strings = extractStrings(PLUGIN).filter((entry) => entry.references.some((reference) => reference.startsWith('includes/privacy.php')) && entry.msgid.length > 20);
    assert.ok(strings.length >= 3, 'the privacy text was not found');
    const { grade } = fleschKincaidGrade(strings.map((entry) => entry.msgid).join(' '));
    assert.ok(grade <= 8, `grade ${grade.toFixed(1)}`);
  });

  it('compiles a .mo that holds every translation, block titles in their context', () => {
    const mo = readMo(compileMo(spanish));
    assert.equal(mo.get('Practice name'), 'Nombre de la consulta');
    assert.equal(mo.get('block title\u0004Crisis footer'), 'Pie de crisis');
    assert.match(mo.get('') ?? '', /Plural-Forms: nplurals=2/);
    assert.equal(mo.size, spanish.length);
  });

  it('gives the editor script only its own strings, as Jed JSON', () => {
    const entries: PoEntry[] = [
      { msgid: 'Article', msgstr: 'Artículo' },
      { msgid: 'Practice name', msgstr: 'Nombre de la consulta' },
    ];
    const json = JSON.parse(compileScriptJson(entries, [{ msgid: 'Article', references: ['assets/editor/blocks.js:1'], js: true }], 'es_ES'));
    assert.deepEqual(json.locale_data.messages.Article, ['Artículo']);
    assert.equal(json.locale_data.messages['Practice name'], undefined);
  });

  it('offers every bundled country and article, named in English and Spanish', () => {
    const { countries, articles } = bundledContent();
    const crisisFiles = readdirSync('content/crisis').filter((name) => name.endsWith('.en.md'));
    assert.equal(Object.keys(countries).length, crisisFiles.length);
    assert.deepEqual(countries.GB, { en: 'United Kingdom', es: 'Reino Unido' });
    assert.equal(articles['what-is-a-stall'].en, 'What is a stall in therapy?');
    for (const [id, names] of Object.entries({ ...countries, ...articles })) assert.ok(names.en && names.es, `${id} lacks a name in one language`);
  });

  it('writes a zip that unzip accepts when Debian\'s zip is missing', { skip: spawnSync('unzip', ['-v']).status !== 0 && 'no unzip here' }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stall-zip-'));
    try {
      mkdirSync(path.join(dir, 'plugin/chunks'), { recursive: true });
      writeFileSync(path.join(dir, 'plugin/stall-elements.js'), 'export {};\n'.repeat(100));
      writeFileSync(path.join(dir, 'plugin/chunks/empty.js'), '');
      zipFolder(path.join(dir, 'plugin'), path.join(dir, 'out.zip'), { useZipCommand: false });
      const tested = spawnSync('unzip', ['-t', path.join(dir, 'out.zip')], { encoding: 'utf8' });
      assert.equal(tested.status, 0, tested.stdout + tested.stderr);
      const listed = spawnSync('unzip', ['-Z1', path.join(dir, 'out.zip')], { encoding: 'utf8' }).stdout.trim().split('\n');
      assert.deepEqual(listed, ['plugin/', 'plugin/chunks/', 'plugin/chunks/empty.js', 'plugin/stall-elements.js']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

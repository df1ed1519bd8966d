// The generated content registries: every file of content/<kind>/ by id with no code change,
// English in the bundle and other languages lazy (crisis lines and interface words always in the
// bundle, articles always lazy), and a practice's folder laid over the bundled files.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { stallContent } from '../../scripts/content/plugin.js';
import { mergedContent, parseRegistryId, registryModule } from '../../scripts/content/registry.js';

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folderWith(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stall-registry-'));
  made.push(dir);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '---\n---\n');
  }
  return dir;
}

/** The ids of a registry module, and how each language is given: eager (`() => cN`) or lazy (marked `{ lazy: true }`). */
function shape(code: string): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const [, id, languages] of code.matchAll(/^ {2}"([^"]+)": \{ (.*) \},$/gm)) {
    result[id] = Object.fromEntries(
      [...languages.matchAll(/"(\w\w)": (?:Object\.assign\()?\(\) => (c\d+|import\("([^"]+)"\))/g)].map(([, lang, , lazyFile]) => [lang, lazyFile ? `lazy ${path.basename(lazyFile)}` : 'eager']),
    );
  }
  return result;
}

describe('content registries (stall-content/<kind>)', () => {
  const content = folderWith([
    'checklists/stalling-signs.en.md',
    'checklists/stalling-signs.es.md',
    'checklists/first-weeks.en.md',
    'checklists/first-weeks.es.md',
    'crisis/gb.en.md',
    'crisis/gb.es.md',
    'articles/ending-well.en.md',
    'articles/ending-well.es.md',
    'progress/weekly.en.md',
    'progress/weekly.es.md',
    'checklists/README.md',
  ]);
  const files = mergedContent(content);

  it('lists every file of a kind by id: English in the bundle, other languages lazy', () => {
    assert.deepEqual(shape(registryModule(files, 'checklists')), {
      'first-weeks': { en: 'eager', es: 'lazy first-weeks.es.md' },
      'stalling-signs': { en: 'eager', es: 'lazy stalling-signs.es.md' },
    });
  });

  it('keeps crisis lines in the bundle in every language, and makes each article a lazy chunk', () => {
    assert.deepEqual(shape(registryModule(files, 'crisis')), { gb: { en: 'eager', es: 'eager' } });
    assert.deepEqual(shape(registryModule(files, 'articles')), { 'ending-well': { en: 'lazy ending-well.en.md', es: 'lazy ending-well.es.md' } });
  });

  it('picks up a new kind with no registration of its own', () => {
    assert.deepEqual(shape(registryModule(files, 'progress')), { weekly: { en: 'eager', es: 'lazy weekly.es.md' } });
  });

  it("lays a practice's files over the bundled ones: same id and language replaces, a new id adds", () => {
    const practice = folderWith(['checklists/stalling-signs.en.md', 'checklists/our-check-in.en.md', 'crisis/fr.en.md', 'notes.txt']);
    const merged = mergedContent(content, practice);
    const byKey = (kind: string, name: string) => merged.find((file) => file.kind === kind && path.basename(file.file) === name)?.file;
    assert.equal(byKey('checklists', 'stalling-signs.en.md'), path.join(practice, 'checklists/stalling-signs.en.md'));
    assert.equal(byKey('checklists', 'stalling-signs.es.md'), path.join(content, 'checklists/stalling-signs.es.md'));
    const checklists = registryModule(merged, 'checklists');
    assert.ok(checklists.includes(JSON.stringify(path.join(practice, 'checklists/stalling-signs.en.md'))), "the practice's English file");
    assert.ok(!checklists.includes(JSON.stringify(path.join(content, 'checklists/stalling-signs.en.md'))), 'not the bundled one it replaces');
    // A new id with English only: Spanish pages get the English file rather than nothing.
    assert.deepEqual(shape(checklists)['our-check-in'], { en: 'eager', es: 'eager' });
    assert.deepEqual(shape(registryModule(merged, 'crisis')).fr, { en: 'eager', es: 'eager' });
  });

  it('gives one id of a kind on its own (stall-content/ui/<component>), and fails naming an unknown one', () => {
    const plugin = stallContent({ root: process.cwd() });
    const resolve = plugin.resolveId as (this: unknown, source: string, importer?: string) => string | null;
    const load = plugin.load as (this: unknown, id: string) => { code: string };
    const context = { addWatchFile() {} };
    const id = resolve.call(context, 'stall-content/ui/checklist')!;
    assert.equal(id, '\0stall-content/ui/checklist');
    const { code } = load.call(context, id);
    assert.match(code, /^import c0 from ".*content\/ui\/checklist\.en\.md";$/m);
    assert.match(code, /^export default \{ "en": \(\) => c0, "es": \(\) => c1 \};$/m);
    assert.throws(() => load.call(context, '\0stall-content/ui/chekclist'), /no file content\/ui\/chekclist\.<lang>\.md/);
    assert.throws(() => load.call(context, '\0stall-content/recipes'), /no content kind "recipes"/);
  });

  it('gives a part split off every file (stall-content/<kind>?<part>): each language one module for every id, lazy as the kind', () => {
    assert.deepEqual(parseRegistryId('stall-content/crisis?complaints'), { kind: 'crisis', part: 'complaints' });
    assert.deepEqual(parseRegistryId('stall-content/crisis?complaints&lang=es'), { kind: 'crisis', part: 'complaints', lang: 'es' });
    for (const bad of ['stall-content/crisis?', 'stall-content/crisis?complaints&lang=spanish', 'stall-content/crisis?complaints&lang=es&x', 'stall-content/crisis?a?b']) {
      assert.equal(parseRegistryId(bad), undefined, bad);
    }
    const lazy = registryModule(files, 'crisis', undefined, { lazyLanguages: true, part: 'complaints' });
    assert.match(lazy, /^import part_en from "stall-content\/crisis\?complaints&lang=en";$/m);
    assert.match(lazy, /"gb": \{ "en": \(\) => part_en\["gb"\], "es": Object\.assign\(\(\) => import\("stall-content\/crisis\?complaints&lang=es"\)\.then\(\(module\) => module\.default\["gb"\]\), \{ lazy: true \}\) \}/);
    assert.match(registryModule(files, 'crisis', undefined, { part: 'complaints' }), /"gb": \{ "en": \(\) => part_en\["gb"\], "es": \(\) => part_es\["gb"\] \}/);
    const plugin = stallContent({ root: process.cwd() });
    const load = plugin.load as (this: unknown, id: string) => { code: string };
    assert.throws(() => load.call({ addWatchFile() {} }, '\0stall-content/crisis?routes'), /content\/crisis has no part "routes" \(known: complaints\)/);
  });
});

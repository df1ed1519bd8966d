// Where the complaint routes load, read from the drop-in bundle as built: a page with only the
// checklist (and a Spanish page's language pack) never carries them; the decision helper does, in
// English, and fetches them in Spanish with its other words. No chunk carries the authors' check
// notes (`unconfirmed`, and each `sourceUrl` that is not also a link the visitor sees) of a crisis
// line, complaint route or red-flag support line.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildDropIn, staticClosure, type ChunkGraph } from '../../scripts/bench/sizes.js';
import { checkAllContent } from '../../scripts/content/check.js';
import type { Crisis } from '../../src/content/kinds.js';
import type { RedFlagSupport } from '../../src/content/schemas.js';

const report = checkAllContent(process.cwd());
const crisisFiles = (lang: string) =>
  [...report.compiled].filter(([file]) => file.startsWith('content/crisis/') && file.endsWith(`.${lang}.md`)).map(([, data]) => data as Crisis);

/**
 * The longest stretch of `text` that a minifier writes as it is (letters, digits, spaces and plain
 * punctuation): what to look for in a chunk.
 */
function fingerprint(text: string): string {
  return text.split(/[^A-Za-z0-9 ,.;:()-]/).sort((a, b) => b.length - a.length)[0].trim();
}

/** The words of every country's complaint routes in `lang`: its intro and each route's name and how. */
const routeTexts = (lang: string) =>
  crisisFiles(lang).flatMap(({ complaints }) => [complaints!.intro, ...complaints!.routes.flatMap((route) => [route.name, route.how])]).map(fingerprint).filter((text) => text.length >= 12);

let outDir: string;
let graph: ChunkGraph;
const code = new Map<string, string>();
const textOf = (files: Iterable<string>) => [...files].map((file) => code.get(file) ?? '').join('\n');
const chunkOf = (module: string) => [...graph.values()].find((chunk) => chunk.modules.includes(module))!.fileName;

before(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'stall-complaints-built-'));
  graph = await buildDropIn(process.cwd(), outDir);
  for (const file of graph.keys()) code.set(file, readFileSync(path.join(outDir, file), 'utf8'));
});

after(() => rmSync(outDir, { recursive: true, force: true }));

describe('complaint routes in the drop-in bundle', () => {
  it('has words to look for in both languages', () => {
    for (const lang of ['en', 'es']) assert.ok(routeTexts(lang).length >= 9 * 2, lang);
  });

  it("stay out of the checklist page's first load, which still carries every country's crisis lines", () => {
    const entry = [...graph.values()].find((chunk) => chunk.isEntry)!.fileName;
    const page = textOf(new Set([...staticClosure(graph, entry), ...staticClosure(graph, chunkOf('src/checklist/stall-checklist.ts'))]));
    for (const crisis of crisisFiles('en')) assert.ok(page.includes(fingerprint(crisis.lines[0].name)), `${crisis.country}: its crisis lines are in the first load`);
    for (const text of [...routeTexts('en'), ...routeTexts('es')]) assert.ok(!page.includes(text), `in the checklist page: ${text}`);
  });

  it("stay out of a Spanish page's language pack", () => {
    const pack = textOf([...graph.keys()].filter((file) => /^chunks\/crisis-es-/.test(file)));
    assert.ok(pack.includes(fingerprint(crisisFiles('es')[0].lines[0].name)), 'the pack carries the Spanish crisis lines');
    for (const text of routeTexts('es')) assert.ok(!pack.includes(text), `in the Spanish pack: ${text}`);
  });

  it('load with the decision helper: English in its chunks, Spanish in one chunk it fetches for a Spanish page', () => {
    const decision = chunkOf('src/decision/stall-decision.ts');
    const withDecision = textOf(staticClosure(graph, decision));
    for (const text of routeTexts('en')) assert.ok(withDecision.includes(text), `not with the decision helper: ${text}`);
    const fetched = graph.get(decision)!.dynamicImports.filter((file) => routeTexts('es').every((text) => code.get(file)!.includes(text)));
    assert.equal(fetched.length, 1, 'one chunk holds every Spanish route');
    assert.match(fetched[0], /complaints/);
  });
});

describe('check notes in the drop-in bundle', () => {
  const support = ['en', 'es'].map((lang) => report.compiled.get(`content/ui/red-flag-support.${lang}.md`) as RedFlagSupport);
  const facts = [
    ...['en', 'es'].flatMap((lang) => crisisFiles(lang).flatMap((crisis) => [crisis.emergency, ...crisis.lines, ...(crisis.complaints?.routes ?? [])])),
    ...support.flatMap(({ countries }) => Object.values(countries).flatMap(({ lines }) => lines)),
  ].filter((fact) => fact !== undefined);
  const everything = () => textOf(graph.keys());

  it('carries no unconfirmed note', () => {
    const notes = [...new Set(facts.flatMap((fact) => (fact.unconfirmed ? [fingerprint(fact.unconfirmed)] : [])))];
    assert.ok(notes.length >= 5, `${notes.length} notes to look for`);
    const all = everything();
    for (const note of notes) assert.ok(!all.includes(note), `in the bundle: ${note}`);
  });

  it('carries no source address, except where the same address is a link the visitor sees', () => {
    const shown = JSON.stringify(facts.map(({ sourceUrl: _source, unconfirmed: _note, ...rest }) => rest));
    const all = everything();
    const sources = [...new Set(facts.map((fact) => fact.sourceUrl!))].filter((url) => !shown.includes(url));
    assert.ok(sources.length >= 20, `${sources.length} addresses to look for`);
    const found = sources.filter((url) => all.includes(url));
    assert.deepEqual(found, []);
  });
});

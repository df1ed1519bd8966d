// What the bundle keeps of each crisis file: everything a visitor sees (every name, number,
// keyword, hours, note and the day it was checked), and none of the authors' check notes
// (`sourceUrl`, `unconfirmed`), which stay in content/ where the content check requires them.
// The complaint routes are split off into a module of their own (stall-content/crisis?complaints),
// every country's in one module per language, with the same rule; so are the red-flag support
// lines' check notes left out.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compileContentFile, type Crisis } from '../../src/content/kinds.js';
import { stallContent } from '../../scripts/content/plugin.js';
import { complaintsForRunTime, crisisForRunTime } from '../../scripts/content/run-time.js';
import type { CrisisComplaints, RedFlagSupport } from '../../src/content/schemas.js';

const files = readdirSync('content/crisis').map((name) => `content/crisis/${name}`);

/** The data of the module the build plugin makes of `id` (a content file's path, or a virtual id). */
function bundled<T = Crisis>(id: string, practice?: string): T {
  const load = stallContent({ root: process.cwd(), practice }).load as (this: unknown, id: string) => { code: string };
  const { code } = load.call({ addWatchFile() {} }, id.startsWith('\0') ? id : path.resolve(id));
  return JSON.parse(code.replace(/^export default /, '').replace(/;\n$/, '')) as T;
}

/** Every country's complaint routes in `lang`, as the decision helper loads them. */
const bundledComplaints = (lang: string, practice?: string) => bundled<Record<string, CrisisComplaints | null>>(`\0stall-content/crisis?complaints&lang=${lang}`, practice);

const compiled = (file: string) => compileContentFile(file, readFileSync(file, 'utf8')) as Crisis;

/** Drops the check notes from a copy, to compare the rest field by field. */
const shown = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, field: unknown) => (key === 'sourceUrl' || key === 'unconfirmed' ? undefined : field)));

describe('crisis data in the bundle', () => {
  it('covers every crisis file', () => assert.equal(files.length, 18));

  for (const file of files) {
    it(`${file}: keeps every fact a visitor sees and drops sourceUrl and unconfirmed`, () => {
      const inBundle = bundled(file);
      const { complaints, ...full } = compiled(file);
      assert.doesNotMatch(JSON.stringify(inBundle), /"(sourceUrl|unconfirmed)"/);
      assert.deepEqual(inBundle, shown(full));
      // The complaint routes load apart, with the decision helper: all of them, without check notes.
      assert.equal('complaints' in inBundle, false);
      const [, id, lang] = /([a-z]{2})\.([a-z]{2})\.md$/.exec(file)!;
      const routes = bundledComplaints(lang)[id];
      assert.doesNotMatch(JSON.stringify(routes), /"(sourceUrl|unconfirmed)"/);
      assert.deepEqual(routes, shown(complaints));
      assert.ok(routes && routes.routes.length > 0, 'every bundled country lists complaint routes');
      // The content itself still has them: the check requires them of every fact.
      assert.ok(full.lines.every((line) => line.sourceUrl));
      assert.equal(inBundle.emergency?.number, full.emergency?.number);
      assert.deepEqual(
        inBundle.lines.map((line) => [line.name, line.phone, line.text?.number, line.text?.keyword, line.hours, line.verifiedAt]),
        full.lines.map((line) => [line.name, line.phone, line.text?.number, line.text?.keyword, line.hours, line.verifiedAt]),
      );
    });
  }

  it('keeps a field it does not know, so that a field added later reaches the components', () => {
    const crisis = { ...compiled('content/crisis/gb.en.md'), extra: { lines: [{ name: 'Kept', sourceUrl: 'https://example.org/' }] } } as Crisis;
    const kept = crisisForRunTime(crisis) as Crisis & { extra: unknown };
    assert.deepEqual(kept.extra, { lines: [{ name: 'Kept', sourceUrl: 'https://example.org/' }] });
    assert.equal(kept.lines[0].sourceUrl, undefined);
    assert.equal('complaints' in kept, false);
    const routes = complaintsForRunTime(crisis)!;
    assert.equal(routes.routes[0].sourceUrl, undefined);
    assert.equal(routes.routes[0].name, crisis.complaints?.routes[0].name);
  });

  it('leaves out an emergency number or complaints that the file leaves out', () => {
    const { emergency: _emergency, complaints: _complaints, ...rest } = compiled('content/crisis/gb.en.md');
    const kept = crisisForRunTime(rest as Crisis);
    assert.equal('emergency' in kept, false);
    assert.equal('complaints' in kept, false);
    assert.equal(complaintsForRunTime(rest as Crisis), null);
  });
});

describe('complaint routes in the bundle', () => {
  it('lists every country, in every language, as its file does', () => {
    for (const lang of ['en', 'es']) assert.deepEqual(Object.keys(bundledComplaints(lang)).sort(), ['ar', 'au', 'ca', 'es', 'gb', 'ie', 'mx', 'nz', 'us']);
    assert.equal(bundledComplaints('es').mx!.routes[0].name, compiled('content/crisis/mx.es.md').complaints!.routes[0].name);
  });

  it("takes a practice's own routes for a country it overrides, and none where its file lists none", () => {
    const practice = mkdtempSync(path.join(tmpdir(), 'stall-complaints-'));
    mkdirSync(path.join(practice, 'crisis'));
    const gb = readFileSync('content/crisis/gb.en.md', 'utf8');
    writeFileSync(path.join(practice, 'crisis/gb.en.md'), gb.replace('name: "Health and Care Professions Council (HCPC)"', 'name: "Our own regulator"'));
    writeFileSync(path.join(practice, 'crisis/ie.en.md'), readFileSync('content/crisis/ie.en.md', 'utf8').replace(/\ncomplaints:[\s\S]*?(?=\n---)/, ''));
    try {
      const english = bundledComplaints('en', practice);
      assert.equal(english.gb!.routes[0].name, 'Our own regulator');
      assert.equal(english.ie, null);
      assert.deepEqual(english.us, bundledComplaints('en').us);
      // Its Spanish file stays the bundled one: the practice replaced only the English file.
      assert.deepEqual(bundledComplaints('es', practice).gb, bundledComplaints('es').gb);
    } finally {
      rmSync(practice, { recursive: true, force: true });
    }
  });
});

describe('red-flag support lines in the bundle', () => {
  for (const lang of ['en', 'es']) {
    it(`${lang}: keeps every line a visitor sees and drops sourceUrl and unconfirmed`, () => {
      const file = `content/ui/red-flag-support.${lang}.md`;
      const inBundle = bundled<RedFlagSupport>(file);
      assert.doesNotMatch(JSON.stringify(inBundle), /"(sourceUrl|unconfirmed)"/);
      assert.deepEqual(inBundle, shown(compileContentFile(file, readFileSync(file, 'utf8'))));
      assert.ok(Object.values(inBundle.countries).every(({ lines }) => lines.every((line) => line.verifiedAt && line.name)));
    });
  }
});

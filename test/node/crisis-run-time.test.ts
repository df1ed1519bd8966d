// What the bundle keeps of each crisis file: everything a visitor sees (every name, number,
// keyword, hours, note and the day it was checked), and none of the authors' check notes
// (`sourceUrl`, `unconfirmed`), which stay in content/ where the content check requires them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compileContentFile, type Crisis } from '../../src/content/kinds.js';
import { stallContent } from '../../scripts/content/plugin.js';
import { crisisForRunTime } from '../../scripts/content/run-time.js';

const files = readdirSync('content/crisis').map((name) => `content/crisis/${name}`);

/** The data the build plugin puts in the bundle for `file`. */
function bundled(file: string): Crisis {
  const load = stallContent({ root: process.cwd() }).load as (this: unknown, id: string) => { code: string };
  const { code } = load.call({ addWatchFile() {} }, path.resolve(file));
  return JSON.parse(code.replace(/^export default /, '').replace(/;\n$/, '')) as Crisis;
}

const compiled = (file: string) => compileContentFile(file, readFileSync(file, 'utf8')) as Crisis;

/** Drops the check notes from a copy, to compare the rest field by field. */
const shown = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, field: unknown) => (key === 'sourceUrl' || key === 'unconfirmed' ? undefined : field)));

describe('crisis data in the bundle', () => {
  it('covers every crisis file', () => assert.equal(files.length, 18));

  for (const file of files) {
    it(`${file}: keeps every fact a visitor sees and drops sourceUrl and unconfirmed`, () => {
      const inBundle = bundled(file);
      const full = compiled(file);
      assert.doesNotMatch(JSON.stringify(inBundle), /"(sourceUrl|unconfirmed)"/);
      assert.deepEqual(inBundle, shown(full));
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
    assert.equal(kept.complaints?.routes[0].sourceUrl, undefined);
    assert.equal(kept.complaints?.routes[0].name, crisis.complaints?.routes[0].name);
  });

  it('leaves out an emergency number or complaints that the file leaves out', () => {
    const { emergency: _emergency, complaints: _complaints, ...rest } = compiled('content/crisis/gb.en.md');
    const kept = crisisForRunTime(rest as Crisis);
    assert.equal('emergency' in kept, false);
    assert.equal('complaints' in kept, false);
  });
});

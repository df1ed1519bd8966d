// `stall-elements init` and `stall-elements build`: a practice's folder made, checked with the
// messages of `check`, and compiled into its own drop-in bundle, or one built for its tags.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { main } from '../../scripts/cli.js';
import { build } from '../../scripts/cli/build.js';
import { compileContentFile, type Checklist } from '../../src/content/kinds.js';

const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'stall-practice-'));
const lines: string[] = [];
const write = (line: string) => lines.push(line);
const output = () => lines.splice(0).join('\n');
after(() => rmSync(work, { recursive: true, force: true }));

function initFolder(name: string): string {
  const dir = path.join(work, name);
  assert.equal(main(['init', dir], write), 0);
  output();
  return dir;
}

describe('stall-elements init', () => {
  it('makes a folder with a README and an example of each kind, each passing check', () => {
    const dir = initFolder('stall-content');
    const made = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.')).sort();
    assert.deepEqual(made, [
      'README.md',
      'articles/our-approach.en.md',
      'checklists/stalling-signs.en.md',
      'crisis/gb.en.md.example',
      'decisions/switch-therapist.en.md',
      'ui/checklist.en.md',
    ]);
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    assert.match(readme, /Same id as a bundled file: yours replaces it/);
    assert.match(readme, /A new id adds a file/);
    assert.match(readme, new RegExp(`npx stall-elements build --content ${dir} --out public/stall`));
    for (const file of made.filter((name) => name.endsWith('.md') && name !== 'README.md')) {
      assert.equal(main(['check', '--kind', file.split('/')[0], path.join(dir, file)], write), 0, `${file}: ${output()}`);
    }
    // The crisis example is skipped by the build, yet valid once renamed.
    const renamed = path.join(work, 'gb.en.md');
    writeFileSync(renamed, readFileSync(path.join(dir, 'crisis/gb.en.md.example')));
    assert.equal(main(['check', '--kind', 'crisis', renamed], write), 0, output());
    assert.match(readFileSync(path.join(dir, 'checklists/stalling-signs.en.md'), 'utf8'), /^---\n# A copy of the library's checklist/);
  });

  it('leaves a folder that is not empty alone', () => {
    const dir = path.join(work, 'site');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'index.html'), '<p>home</p>');
    assert.equal(main(['init', dir], write), 1);
    assert.match(output(), /already exists and is not empty; nothing was changed/);
    assert.deepEqual(readdirSync(dir), ['index.html']);
  });
});

describe('stall-elements build', () => {
  it('stops on a broken file with file:line: field: reason, and builds nothing', async () => {
    const dir = initFolder('broken');
    const file = path.join(dir, 'checklists/stalling-signs.en.md');
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, source.replace(/^legend: .*$/m, 'legend: ""'));
    mkdirSync(path.join(dir, 'checklist'));
    writeFileSync(path.join(dir, 'checklist/mine.en.md'), source);
    const out = path.join(work, 'broken-out');
    assert.equal(await build({ content: dir, out, watch: false }, write, root), 1);
    const printed = output();
    const legendLine = source.split('\n').findIndex((line) => line.startsWith('legend:')) + 1;
    assert.match(printed, new RegExp(`checklists/stalling-signs\\.en\\.md:${legendLine}: legend: must not be empty`));
    assert.match(printed, /checklist: unknown content kind "checklist": did you mean checklists\?/);
    assert.match(printed, /2 problems in .*broken: nothing was built/);
    assert.equal(existsSync(out), false);
  });

  it("compiles the folder's files into the bundle: an edited item, a new checklist, a new country", async () => {
    const dir = initFolder('good');
    const file = path.join(dir, 'checklists/stalling-signs.en.md');
    const source = readFileSync(file, 'utf8');
    const [, firstItem] = /^ {4}text: (.+)$/m.exec(source)!;
    writeFileSync(file, source.replace(firstItem, 'Our sessions go round the same loop each week.'));
    writeFileSync(path.join(dir, 'checklists/our-check-in.en.md'), source.replace(/^title: .*$/m, 'title: Harbour check-in'));
    const gb = readFileSync('content/crisis/gb.en.md', 'utf8');
    // A country the library does not bundle (Germany), with a name no bundled file uses.
    const added = gb.replace('country: GB', 'country: DE').replace(/^countryName: .*$/m, 'countryName: Testland');
    assert.notEqual(added, gb.replace('country: GB', 'country: DE'), 'the country name was replaced');
    writeFileSync(path.join(dir, 'crisis/de.en.md'), added);
    const out = path.join(work, 'public/stall');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'keep.html'), 'a file of the website');

    assert.equal(await build({ content: dir, out, watch: false }, write, root), 0);
    const printed = output();
    assert.match(printed, /^ {2}stall-elements\.js +\d+\.\d KB +\d+\.\d KB$/m, 'the size of each file');
    assert.match(printed, /^ {2}chunks\/core-[\w-]+\.js +\d+\.\d KB/m);
    const chunks = readdirSync(path.join(out, 'chunks'));
    const text = (name: string) => readFileSync(path.join(out, 'chunks', name), 'utf8');
    const checklistChunk = chunks.find((name) => name.startsWith('stall-checklist-'))!;
    assert.match(text(checklistChunk), /Our sessions go round the same loop each week\./);
    assert.doesNotMatch(text(checklistChunk), new RegExp(firstItem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.ok(chunks.some((name) => name.startsWith('our-check-in.') || text(name).includes('Harbour check-in')), 'the new checklist is in the bundle');
    assert.match(text(chunks.find((name) => name.startsWith('core-'))!), /Testland/, 'crisis lines stay in the core chunk');
    assert.ok(existsSync(path.join(out, 'keep.html')), 'other files of --out are left alone');
  });

  it('--tags: those tags in stall-elements.js itself, with lit and the crisis lines; the others in their chunks, which take what they share from it', async () => {
    const out = path.join(work, 'tags-out');
    assert.equal(await build({ out, tags: ['stall-checklist'], watch: false }, write, root), 0);
    assert.match(output(), /^ {2}stall-elements\.js +\d+\.\d KB/m);
    const entry = readFileSync(path.join(out, 'stall-elements.js'), 'utf8');
    const checklist = compileContentFile('content/checklists/stalling-signs.en.md', readFileSync('content/checklists/stalling-signs.en.md', 'utf8')) as Checklist;
    assert.ok(entry.includes(checklist.items[0].text), "the checklist's words are in the entry");
    assert.match(entry, /Samaritans/, "the crisis lines are in the entry");
    // Nothing the browser must fetch before it can run the entry: a static import (such as the
    // bundler's helper chunk) would cost a round trip before the components could render.
    assert.doesNotMatch(entry, /(?:^|[;}])import\s*(?:[{*\w$][^;]*?from\s*)?["'`]/, 'the entry imports nothing statically');
    const chunks = readdirSync(path.join(out, 'chunks'));
    assert.deepEqual(chunks.filter((name) => /^(?:core|stall-checklist)-/.test(name)), [], 'no chunk for what the entry holds');
    const footer = chunks.find((name) => name.startsWith('stall-crisis-footer-'));
    assert.ok(footer, `the footer has its chunk: ${chunks.join(', ')}`);
    assert.match(readFileSync(path.join(out, 'chunks', footer), 'utf8'), /from"\.\.\/stall-elements\.js"/);
  });

  it('--tags with a tag the library does not have: says which, guesses, builds nothing', async () => {
    const out = path.join(work, 'tags-wrong');
    assert.equal(await build({ out, tags: ['stall-checklist', 'stall-footer'], watch: false }, write, root), 2);
    assert.match(output(), /--tags has no tag stall-footer.*\(the tags: stall-article, stall-checklist, stall-crisis-footer, stall-decision, stall-practice, stall-progress\)/);
    assert.equal(existsSync(out), false);
  });
});

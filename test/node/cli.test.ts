// `stall-elements check` on good and broken files: every problem as file:line: field: reason,
// exit code 1 on errors, and --json for machines.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../scripts/cli.js';

function run(...argv: string[]): { code: number; out: string } {
  const lines: string[] = [];
  const code = main(argv, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

const dir = mkdtempSync(path.join(tmpdir(), 'stall-cli-'));
const good = readFileSync('content/checklists/stalling-signs.en.md', 'utf8');
const brokenFile = path.join(dir, 'our-checklist.en.md');
// Line of the `legend:` key, which the broken copy leaves empty.
const legendLine = good.split('\n').findIndex((line) => line.startsWith('legend:')) + 1;
writeFileSync(brokenFile, good.replace(/^legend: .*$/m, 'legend: ""').replace(/^reviewed: .*$/m, 'reviewed: last week'));

describe('stall-elements check', () => {
  it('passes bundled files and says so', () => {
    const { code, out } = run('check', 'content/checklists/stalling-signs.en.md', 'content/crisis/gb.es.md');
    assert.equal(code, 0);
    assert.equal(out, '2 files checked: no errors');
  });

  it('prints each problem of a broken file with its line, and exits 1', () => {
    const { code, out } = run('check', '--kind', 'checklists', brokenFile);
    assert.equal(code, 1);
    assert.match(out, new RegExp(`^${brokenFile}:\\d+: reviewed: expected a date like 2026-11-22$`, 'm'));
    assert.match(out, new RegExp(`^${brokenFile}:${legendLine}: legend: must not be empty$`, 'm'));
    assert.match(out, /1 file of 1 with errors$/);
  });

  it("takes the kind from the folder of a practice's content folder", () => {
    const own = path.join(dir, 'stall-content/checklists/our-checklist.en.md');
    mkdirSync(path.dirname(own), { recursive: true });
    writeFileSync(own, readFileSync(brokenFile));
    const { code, out } = run('check', own);
    assert.equal(code, 1);
    assert.match(out, new RegExp(`^${own}:${legendLine}: legend: must not be empty$`, 'm'));
  });

  it('names the kind meant by a --kind it does not know (issue 12)', () => {
    const singular = run('check', '--kind', 'checklist', brokenFile);
    assert.equal(singular.code, 2);
    assert.match(singular.out, /unknown kind "checklist": did you mean checklists\? \(known: crisis, articles, checklists, /);
    assert.match(run('check', '--kind', 'Decision', brokenFile).out, /unknown kind "Decision": did you mean decisions\?/);
    assert.match(run('check', '--kind', 'recipes', brokenFile).out, /unknown kind "recipes" \(known: crisis, articles, checklists, decisions, progress, ui\)/);
  });

  it('asks for --kind for a file outside content/', () => {
    const { code, out } = run('check', brokenFile);
    assert.equal(code, 1);
    assert.match(out, /say which kind it is with --kind/);
  });

  it('gives machine-readable results with --json', () => {
    const { code, out } = run('check', '--json', '--kind', 'checklists', brokenFile);
    assert.equal(code, 1);
    const [result] = JSON.parse(out);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.find((issue: { path: string }) => issue.path === 'legend'),
      { path: 'legend', message: 'must not be empty', line: legendLine },
    );
  });

  it("holds a practice's files to the bundled content's wording rules, and bundled articles to their length", () => {
    const article = readFileSync('content/articles/what-is-a-stall.en.md', 'utf8');
    const [frontMatter] = /^---\n[\s\S]*?\n---\n/.exec(article)!;
    const ours = path.join(dir, 'our-story.en.md');
    writeFileSync(ours, `${frontMatter}\nHer brother committed suicide last year.\n`);
    const textLine = frontMatter.split('\n').length + 1; // after the front matter and a blank line
    const { code, out } = run('check', '--kind', 'articles', ours);
    assert.equal(code, 1);
    assert.match(out, new RegExp(`^${ours}:${textLine}: body: "committed suicide" goes against safe-messaging guidelines: say "died by suicide"$`, 'm'));
    assert.doesNotMatch(out, /words; an article needs/, "a practice's own page may be short");
    assert.match(out, /1 file of 1 with errors$/);
    const bundled = path.join(dir, 'content/articles/short.en.md');
    mkdirSync(path.dirname(bundled), { recursive: true });
    writeFileSync(bundled, `${frontMatter}\nA short text.\n`);
    assert.match(run('check', bundled).out, /: body: 3 words; an article needs 600 to 1400 \(add to it\)$/m);
  });

  it('reports a missing file and a wrong call', () => {
    assert.match(run('check', path.join(dir, 'nope.md'), '--kind', 'articles').out, /cannot read the file: ENOENT/);
    const usage = run('lint', 'x.md');
    assert.equal(usage.code, 2);
    assert.match(usage.out, /^stall-elements: unknown command "lint" \(known: check, init, build, render\)$/m);
    assert.match(usage.out, /^usage: stall-elements check/m);
  });

  it('says what is wrong with a call, and guesses what was meant', () => {
    const cases: [string[], RegExp][] = [
      [['check', '--kind', 'checklist', 'x.md'], /--kind: unknown kind "checklist": did you mean checklists\?/],
      [['check', '--kind', 'article', 'x.md'], /did you mean articles\?/],
      [['check', '--kind', 'recipes', 'x.md'], /unknown kind "recipes" \(known: crisis, .*checklists.*\)/],
      [['check', '--kind'], /--kind needs a value/],
      [['check', '--jsn', 'x.md'], /check has no option --jsn: did you mean --json\?/],
      [['check'], /check needs at least one file/],
      [['chek', 'x.md'], /unknown command "chek": did you mean check\?/],
      [['biuld'], /did you mean build\?/],
      [['build', '--out', 'public', '--watch'], /build --watch needs --content <dir>: the folder to watch/],
      [['build', '--out', 'public', '--tag', 'stall-checklist'], /build has no option --tag: did you mean --tags\?/],
      [['build', '--content', 'stall-content'], /build needs --out <dir>/],
      [['build', '--content', 'a', '--out', 'b', '--wacth'], /build has no option --wacth: did you mean --watch\?/],
      [['build', 'stall-content'], /build takes no file names/],
      [['init', 'a', 'b'], /init takes one folder, not 2/],
      [[], /say what to do: check, init, build or render/],
    ];
    for (const [argv, expected] of cases) {
      const { code, out } = run(...argv);
      assert.equal(code, 2, argv.join(' '));
      assert.match(out.split('\n')[0], new RegExp(`^stall-elements: .*${expected.source}`), argv.join(' '));
      assert.match(out, /^usage: /m);
    }
    assert.equal(run('--help').code, 0);
  });
});

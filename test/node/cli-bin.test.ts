// The published `npx stall-elements check`: the built file in dist/cli, installed the way npm
// installs a package's bin into a site that has none of the library's devDependencies.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';

const root = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
const builtCli = path.join(root, 'dist/cli/stall-elements.js');

/** Newest change among the files the CLI is built from. */
function newestSource(): number {
  const sources = ['scripts/cli.ts', 'vite.cli.config.ts', ...['src/content', 'scripts/cli', 'scripts/content', 'scripts/render'].flatMap((dir) => readdirSync(dir).map((name) => `${dir}/${name}`))];
  return Math.max(...sources.map((file) => statSync(file).mtimeMs));
}

/** A site folder with only stall-elements installed, as `npm install stall-elements` leaves it. */
function installIntoSite(): string {
  const site = mkdtempSync(path.join(tmpdir(), 'stall-site-'));
  const packageDir = path.join(site, 'node_modules/stall-elements');
  const binTarget = path.join(packageDir, pkg.bin['stall-elements']);
  mkdirSync(path.dirname(binTarget), { recursive: true });
  mkdirSync(path.join(site, 'node_modules/.bin'));
  copyFileSync('package.json', path.join(packageDir, 'package.json'));
  copyFileSync(pkg.bin['stall-elements'], binTarget);
  chmodSync(binTarget, 0o755);
  // The bin runs the built CLI beside it: dist/cli.
  cpSync(path.dirname(builtCli), path.join(packageDir, 'dist/cli'), { recursive: true });
  symlinkSync(path.relative(path.join(site, 'node_modules/.bin'), binTarget), path.join(site, 'node_modules/.bin/stall-elements'));
  writeFileSync(path.join(site, 'package.json'), '{ "name": "our-practice-site", "private": true }\n');
  return site;
}

function check(site: string, ...args: string[]): { code: number | null; out: string } {
  // npx looks in the site's node_modules/.bin first, exactly as an author's call would.
  const result = spawnSync('npx', ['--no-install', 'stall-elements', 'check', ...args], { cwd: site, encoding: 'utf8' });
  return { code: result.status, out: result.stdout };
}

describe('npx stall-elements check (the built bin)', () => {
  let site = '';
  const good = readFileSync('content/checklists/stalling-signs.en.md', 'utf8');
  const lineOf = (source: string, key: string) => source.split('\n').findIndex((line) => line.startsWith(`${key}:`)) + 1;

  before(() => {
    if (!existsSync(builtCli) || statSync(builtCli).mtimeMs < newestSource()) {
      const build = spawnSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'], { encoding: 'utf8' });
      assert.equal(build.status, 0, `building the CLI failed:\n${build.stderr}`);
    }
    assert.match(readFileSync(pkg.bin['stall-elements'], 'utf8'), /^#!\/usr\/bin\/env node\n/, 'the bin starts with a shebang');
    site = installIntoSite();
    mkdirSync(path.join(site, 'content/checklists'), { recursive: true });
    writeFileSync(path.join(site, 'content/checklists/stalling-signs.en.md'), good);
    // A practice's own checklist with two mistakes: an empty legend and a date written in words.
    writeFileSync(path.join(site, 'our-checklist.en.md'), good.replace(/^legend: .*$/m, 'legend: ""').replace(/^reviewed: .*$/m, 'reviewed: last week'));
  });

  it('passes a good file with exit code 0', () => {
    const { code, out } = check(site, 'content/checklists/stalling-signs.en.md');
    assert.equal(out.trim(), '1 file checked: no errors');
    assert.equal(code, 0);
  });

  it('prints file:line: field: reason for every problem of a broken file, with exit code 1', () => {
    const { code, out } = check(site, '--kind', 'checklists', 'our-checklist.en.md');
    assert.equal(code, 1);
    const lines = out.trim().split('\n');
    assert.equal(lines.pop(), '1 file of 1 with errors');
    assert.deepEqual(lines.sort(), [
      `our-checklist.en.md:${lineOf(good, 'legend')}: legend: must not be empty`,
      `our-checklist.en.md:${lineOf(good, 'reviewed')}: reviewed: expected a date like 2026-11-22`,
    ].sort());
  });

  it('gives the same problems as JSON with --json', () => {
    const { code, out } = check(site, '--json', '--kind', 'checklists', 'our-checklist.en.md');
    assert.equal(code, 1);
    const [result] = JSON.parse(out) as { file: string; ok: boolean; issues: { path: string; line: number }[] }[];
    assert.equal(result.file, 'our-checklist.en.md');
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.map(({ path: field, line }) => [field, line]).sort(),
      [
        ['legend', lineOf(good, 'legend')],
        ['reviewed', lineOf(good, 'reviewed')],
      ].sort(),
    );
  });
});

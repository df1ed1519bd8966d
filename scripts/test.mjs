// `npm test`: the type-check, the content checks, the manifest check, the Node tests of the content
// pipeline, the browser tests and the WordPress plugin's test, in that order. Prints a plain
// `N passed, N failed` line last.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const totals = { passed: 0, failed: 0 };
const bin = (name) => `node_modules/.bin/${name}`;

function run(title, command, args, env = {}) {
  console.log(`\n── ${title}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, ...env } });
  process.stdout.write(result.stdout ?? '');
  return { ok: result.status === 0, output: result.stdout ?? '' };
}

/** A step that is a single check: it passes or fails as one. */
function step(title, command, args) {
  const { ok } = run(title, command, args);
  totals[ok ? 'passed' : 'failed']++;
}

step('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);

const content = run('content checks', bin('tsx'), ['scripts/check-content.ts', '--summary']);
const contentCounts = /content: (\d+) passed, (\d+) failed/.exec(content.output);
totals.passed += Number(contentCounts?.[1] ?? 0);
totals.failed += contentCounts ? Number(contentCounts[2]) : 1;

step('custom-elements.json is up to date', 'node', ['scripts/manifest.mjs', '--check']);

// Node 20 expands no globs for --test, so name the files.
const nodeTests = readdirSync('test/node').filter((name) => name.endsWith('.test.ts')).map((name) => `test/node/${name}`);
const node = run('content pipeline tests (Node)', 'node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...nodeTests]);
const nodePassed = /ℹ pass (\d+)/.exec(node.output);
const nodeFailed = /ℹ fail (\d+)/.exec(node.output);
totals.passed += Number(nodePassed?.[1] ?? 0);
totals.failed += nodeFailed ? Number(nodeFailed[1]) : 1;

let chrome;
try {
  chrome = findChrome();
} catch (error) {
  console.error(`\n${error.message}`);
  totals.failed++;
}
if (chrome) {
  mkdirSync('.cache', { recursive: true });
  const countsFile = '.cache/browser-test-counts.json';
  rmSync(countsFile, { force: true });
  run('browser tests (Chromium)', bin('tsx'), ['node_modules/@web/test-runner/dist/bin.js'], { CHROME_PATH: chrome, STALL_TEST_COUNTS: countsFile });
  try {
    const browser = JSON.parse(readFileSync(countsFile, 'utf8'));
    totals.passed += browser.passed;
    totals.failed += browser.failed;
  } catch {
    console.error('The browser tests did not report their counts: the test runner failed to start.');
    totals.failed++;
  }

  // The library as it ships: built into a temporary folder, served under a strict CSP, opened in
  // Chromium with every request logged (test/built/).
  const builtTests = readdirSync('test/built').filter((name) => name.endsWith('.test.ts')).map((name) => `test/built/${name}`);
  const built = run('built bundle and packed tarball in Chromium: no eval, strict CSP, privacy, install from the tarball (Node)', 'node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...builtTests], { CHROME_PATH: chrome });
  totals.passed += Number(/ℹ pass (\d+)/.exec(built.output)?.[1] ?? 0);
  totals.failed += /ℹ fail (\d+)/.test(built.output) ? Number(/ℹ fail (\d+)/.exec(built.output)[1]) : 1;

  // The WordPress plugin in a real WordPress (scripts/wordpress/test.mjs); without PHP, MariaDB and
  // WordPress (and not root to install them) it fails, saying how to install them.
  const wordpress = run('WordPress plugin in a real WordPress', 'node', ['scripts/wordpress/test.mjs'], { CHROME_PATH: chrome });
  const wordpressCounts = /(\d+) passed, (\d+) failed\s*$/.exec(wordpress.output);
  totals.passed += Number(wordpressCounts?.[1] ?? 0);
  totals.failed += wordpressCounts ? Number(wordpressCounts[2]) : 1;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);

// `npm run test:wordpress`: the plugin in a real WordPress. Installs what is missing from Debian
// (as root), builds the plugin zip, starts a throwaway WordPress on 127.0.0.1 (scripts/wordpress/
// site.mjs), installs the zip through WordPress's own upload screen, sets the practice's details
// on the settings page, saves posts as an Author with every block and every shortcode, and checks
// in Chromium what visitors, authors and administrators see. Stops everything and deletes its
// folder on the way out. Prints `N passed, N failed` last.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from '../find-chrome.mjs';
import { buildPlugin } from './build.mjs';
import { check, counts } from './harness.mjs';
import { ensurePackages, INSTALL_HINT } from './packages.mjs';
import { installWordPress } from './php-steps.mjs';
import { startSite } from './site.mjs';
import { runSiteChecks } from './site-checks.mjs';

const PLUGIN_BUILD = '.cache/wordpress-build/stall-elements';
let site;
let browser;

function finish(code) {
  console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
  process.exit(code ?? (counts.failed ? 1 : 0));
}

async function cleanUp() {
  await browser?.close().catch(() => {});
  const running = site;
  site = undefined;
  await running?.stop();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanUp();
    finish(1);
  });
}

const phpFiles = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? phpFiles(join(dir, name)) : name.endsWith('.php') ? [join(dir, name)] : []));

async function main() {
  console.log('── WordPress plugin in a real WordPress');
  const missing = ensurePackages();
  if (missing.length) {
    counts.failed++;
    console.log(`  ✗ the WordPress test needs ${missing.join(', ')}.\n      Install them (Debian/Ubuntu): ${INSTALL_HINT}\n      then run npm run test:wordpress again.`);
    return;
  }
  let zipFile;
  if (!(await check('npm run build:wordpress writes the plugin zip', () => (zipFile = buildPlugin())))) return;
  await check('every PHP file of the plugin passes php -l', () => {
    const failures = phpFiles(PLUGIN_BUILD).map((file) => spawnSync('php', ['-l', file], { encoding: 'utf8' })).filter((result) => result.status !== 0);
    if (failures.length) throw new Error(failures.map((result) => result.stdout + result.stderr).join('\n'));
  });

  const started = Date.now();
  if (
    !(await check('a fresh WordPress installs (MariaDB, php -S, wp_install, an Author and a Contributor)', async () => {
      site = await startSite();
      installWordPress(site);
    }))
  )
    return;
  browser = await chromium.launch({
    executablePath: findChrome(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await runSiteChecks({ site, browser, zipFile });
  console.log(`  (WordPress part: ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

try {
  await main();
} catch (error) {
  counts.failed++;
  console.log(`  ✗ the WordPress test stopped: ${error?.stack ?? error}`);
} finally {
  await cleanUp();
}
finish();

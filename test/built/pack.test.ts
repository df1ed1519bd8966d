// The package as npm delivers it: `npm pack` (its prepack builds), installed into an empty project,
// gives `npx stall-elements check|init|build`, `import 'stall-elements/define'` bundled by Vite,
// the per-component entry points with their types, and custom-elements.json. A practice's folder
// made by init, with one checklist item edited, builds into a bundle that shows the edit in
// Chromium, keeps the crisis footer working under a strict CSP and never requests the loader.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator } from 'playwright-core';
import { launchChromium, openRecorded, repoRoot, serve, STRICT_CSP, type Recording, type Site } from './built-page.js';

const work = mkdtempSync(path.join(tmpdir(), 'stall-pack-'));
const site = path.join(work, 'site');
const EDITED = 'Each week our talks loop back to the same place.';

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, { cwd: site, encoding: 'utf8', timeout: 180_000, ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return String(result.stdout);
}
const npx = (...args: string[]) => run('npx', ['--no-install', ...args]);

/** A page of the practice's site using the bundle under /stall-elements/. */
const practicePage = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Harbour Therapy</title>
    <script type="module" src="/stall-elements/stall-elements.js"></script></head>
  <body>
    <stall-practice country="GB" name="Harbour Therapy" phone="020 7946 0000">
      <stall-checklist></stall-checklist>
      <stall-crisis-footer></stall-crisis-footer>
    </stall-practice>
  </body>
</html>`;

/** Waits for `locator`; on a timeout, says what the page did instead. */
async function shows(locator: Locator, recording: Recording): Promise<void> {
  try {
    await locator.waitFor({ timeout: 15_000 });
  } catch (error) {
    const { requests, errors, consoleProblems } = recording;
    throw new Error(`${String(error)}\n${JSON.stringify({ requests, errors, consoleProblems, csp: await recording.fromPage() }, null, 2)}`);
  }
}

describe('the packed tarball, installed into an empty project', () => {
  let tarball = '';
  let browser: Browser | undefined;
  const sites: Site[] = [];

  before(() => {
    const packed = spawnSync('npm', ['pack', '--pack-destination', work, '--json'], { cwd: repoRoot, encoding: 'utf8', timeout: 180_000 });
    assert.equal(packed.status, 0, `npm pack failed:\n${packed.stderr}`);
    // The prepack build prints to stdout before npm's JSON.
    tarball = path.join(work, /"filename": "([^"]+)"/.exec(packed.stdout)![1]);
    spawnSync('mkdir', [site]);
    writeFileSync(path.join(site, 'package.json'), JSON.stringify({ name: 'harbour-site', private: true, type: 'module' }, null, 2));
    run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund']);
  });

  after(async () => {
    await browser?.close();
    await Promise.all(sites.map((one) => one.close()));
    if (!process.env.STALL_KEEP_PACK) rmSync(work, { recursive: true, force: true });
  });

  it('holds the built files, the sources the CLI compiles and custom-elements.json, and no tests', () => {
    const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.split('\n');
    for (const file of ['bin/stall-elements.js', 'dist/cli/stall-elements.js', 'dist/define.js', 'dist/cdn/stall-elements.js', 'dist/types/define.d.ts', 'src/autoload.ts', 'content/crisis/gb.en.md', 'custom-elements.json']) {
      assert.ok(listed.includes(`package/${file}`), `the tarball has ${file}`);
    }
    assert.ok(!listed.some((file) => /^package\/(test|scripts|stories|node_modules)\//.test(file)), 'no tests, scripts or stories');
    const manifest = JSON.parse(readFileSync(path.join(site, 'node_modules/stall-elements/custom-elements.json'), 'utf8')) as { modules: unknown[] };
    assert.ok(manifest.modules.length > 0);
  });

  it('runs npx stall-elements check, init and build; the build compiles the edited item in', () => {
    assert.match(npx('stall-elements', 'check', 'node_modules/stall-elements/content/checklists/stalling-signs.en.md'), /1 file checked: no errors/);
    assert.match(npx('stall-elements', 'init'), /Created stall-content\//);
    const file = path.join(site, 'stall-content/checklists/stalling-signs.en.md');
    const source = readFileSync(file, 'utf8');
    const [, firstItem] = /^ {4}text: (.+)$/m.exec(source)!;
    writeFileSync(file, source.replace(firstItem, JSON.stringify(EDITED)));
    const wrong = spawnSync('npx', ['--no-install', 'stall-elements', 'check', '--kind', 'checklist', 'x.md'], { cwd: site, encoding: 'utf8' });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stdout, /did you mean checklists\?/);
    const built = npx('stall-elements', 'build', '--content', 'stall-content', '--out', 'public/stall');
    assert.match(built, /^ {2}stall-elements\.js +[\d.]+ KB +[\d.]+ KB$/m);
    assert.ok(existsSync(path.join(site, 'public/stall/stall-elements.js')));
    // Built for its tags: the installed package knows its tags (custom-elements.json) and its entry holds them.
    npx('stall-elements', 'build', '--content', 'stall-content', '--out', 'public/tags', '--tags', 'stall-checklist');
    assert.ok(readFileSync(path.join(site, 'public/tags/stall-elements.js'), 'utf8').includes(EDITED), 'the edited checklist is in the entry');
  });

  it('serves the built bundle: the edited checklist shows, the crisis footer works, the loader is never requested', async () => {
    browser = await launchChromium();
    const served = await serve({ cdn: path.join(site, 'public/stall'), pages: { '/': practicePage }, files: {}, csp: STRICT_CSP });
    sites.push(served);
    const { context, page, recording } = await openRecorded(browser, `${served.origin}/`);
    await shows(page.getByText(EDITED), recording);
    const footer = page.locator('stall-crisis-footer');
    await footer.getByText('Samaritans').first().waitFor();
    assert.ok(await footer.locator('a[href="tel:999"]').count(), 'the emergency number is a link to call');
    // A risk answer brings the crisis lines first, as in the bundled build.
    await page.getByRole('checkbox', { name: /thoughts of suicide or of harming myself/ }).first().check();
    await page.locator('stall-checklist').getByText('Samaritans').first().waitFor();
    const requested = recording.requests.map((url) => new URL(url).pathname);
    assert.deepEqual(requested.filter((url) => /load-content|-loader-/.test(url)), [], 'no loader chunk');
    assert.deepEqual(recording.errors, []);
    assert.deepEqual((await recording.fromPage()).violations, []);
    await context.close();
  });

  it("bundles import 'stall-elements/define' with Vite, and type-checks the per-component entry points", async () => {
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><html lang="en"><body><stall-practice country="GB"><stall-checklist></stall-checklist><stall-crisis-footer></stall-crisis-footer></stall-practice><script type="module" src="./main.ts"></script></body></html>');
    writeFileSync(
      path.join(site, 'main.ts'),
      [
        "import 'stall-elements/define';",
        "import { StallChecklist } from 'stall-elements/checklist';",
        "import { StallCrisisFooter } from 'stall-elements/crisis-footer';",
        "import type { Checklist } from 'stall-elements';",
        "const checklist: StallChecklist = document.querySelector('stall-checklist')!;",
        'const id: string = checklist.checklist;',
        'const footer: StallCrisisFooter | null = document.querySelector("stall-crisis-footer");',
        'export const seen: [string, boolean, Checklist | undefined] = [id, footer !== null, undefined];',
      ].join('\n'),
    );
    writeFileSync(
      path.join(site, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: true, lib: ['ES2022', 'DOM'] }, files: ['main.ts'] }),
    );
    run(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error']);
    const app = path.join(site, 'dist');
    const served = await serve({
      cdn: app,
      pages: { '/': readFileSync(path.join(app, 'index.html'), 'utf8') },
      files: Object.fromEntries(readdirSync(path.join(app, 'assets')).map((name) => [`/assets/${name}`, path.join(app, 'assets', name)])),
      csp: STRICT_CSP,
    });
    sites.push(served);
    browser ??= await launchChromium();
    const { context, page, recording } = await openRecorded(browser, `${served.origin}/`);
    await shows(page.locator('stall-crisis-footer').getByText('Samaritans').first(), recording);
    await page.locator('stall-checklist').getByRole('checkbox').first().waitFor();
    assert.deepEqual(recording.errors, []);
    await context.close();
  });
});

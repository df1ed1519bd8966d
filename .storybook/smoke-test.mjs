/**
 * Opens every entry of the static Storybook build's index.json in Chromium (every story, every
 * component's docs page and every guide) and fails on a console error, a page error, a failed
 * local request, a component that rendered nothing (an empty shadow root or zero size), a blank
 * docs page, or an axe WCAG 2.2 AA violation. Every story is opened twice: as written (English,
 * light) and with the toolbar's globals set to Spanish and dark, so each state is also checked in
 * the other language and colour scheme. Prints how many it checked.
 *
 *   npm run build-storybook && node .storybook/smoke-test.mjs [--only id-part,id-part] [--no-snapshots]
 *
 * Chromium comes from CHROME_PATH (default /usr/bin/chromium); nothing is downloaded.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { snapshotStories, storyFinished, storyTimeoutMs } from './snapshots.mjs';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = path.resolve(process.env.STORYBOOK_STATIC ?? path.join(root, 'storybook-static'));
const args = process.argv.slice(2);
/** `--only a,b`: just the entries whose id contains one of these (a story you are working on). */
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const takeSnapshots = !args.includes('--no-snapshots');
const snapshotsOnly = args.includes('--snapshots-only');
const axePath = path.join(root, 'node_modules/axe-core/axe.min.js');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Serves storybook-static on 127.0.0.1 at a free port. */
async function serve(dir) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      // Chromium asks for /favicon.ico on its own; iframe.html names no icon and the build has none.
      if (pathname === '/favicon.ico') return void response.writeHead(204).end();
      let file = path.join(dir, decodeURIComponent(pathname));
      if (!file.startsWith(dir)) throw new Error('outside the build');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
      response.writeHead(200, { 'content-type': mimeTypes[path.extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const isLocal = (url) => {
  try {
    return ['127.0.0.1', 'localhost'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
};

/** The one file a story asks for knowing it is missing: the 404 story of stories/article.stories.ts. */
const isMissingOnPurpose = (url) => {
  try {
    return isLocal(url) && new URL(url).pathname.startsWith('/missing-on-purpose/');
  } catch {
    return false;
  }
};

/** Waits until Storybook has finished the story (render, play and afterEach, which runs the a11y addon). */
async function waitForStory(page, id) {
  await storyFinished(page, id);
  return page.evaluate(async () => {
    if (document.body.classList.contains('sb-show-errordisplay')) {
      return { error: document.querySelector('#error-message')?.textContent?.trim() || 'Storybook showed its error display' };
    }
    const storyRoot = document.querySelector('#storybook-root');
    if (!storyRoot) return { error: 'no #storybook-root' };
    // Every custom element in the story, including those inside shadow roots, once Lit has updated.
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (!el.localName.includes('-')) continue;
        found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(storyRoot);
    await Promise.all(found.map((el) => el.updateComplete));
    // A provider such as <stall-practice> is `display: contents`: it has no box of its own.
    // Only the story's own elements: one nested in a closed <details> is rightly zero-sized.
    const isZeroSize = (el) => {
      if (el.getRootNode() !== document || getComputedStyle(el).display === 'contents') return false;
      const { width, height } = el.getBoundingClientRect();
      return width === 0 || height === 0;
    };
    const problems = [];
    let rendered = 0;
    for (const el of found) {
      if (!customElements.get(el.localName)) problems.push(`<${el.localName}> is not defined`);
      else if (!el.shadowRoot) problems.push(`<${el.localName}> has no shadow root`);
      else if (![...el.shadowRoot.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent?.trim()))
        problems.push(`<${el.localName}> rendered an empty shadow root`);
      else if (isZeroSize(el)) problems.push(`<${el.localName}> has zero size`);
      else rendered++;
    }
    if (!rendered) problems.push('no custom element with a non-empty shadow root');
    return { error: problems.join('; ') || undefined, tags: [...new Set(found.map((el) => el.localName))] };
  });
}

/**
 * Waits until a docs page has rendered its text and every story on it (a component's docs page
 * shows its stories inline, each in a `.docs-story`), then checks each story drew its component.
 */
async function waitForDocs(page) {
  await page.waitForFunction(
    () => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      const content = document.querySelector('#storybook-docs .sbdocs-content');
      if (!content?.textContent?.trim()) return false;
      // Every inline story holds an element that Lit has rendered into.
      return [...content.querySelectorAll('.docs-story')].every((story) =>
        [...story.querySelectorAll('*')].some((el) => el.localName.includes('-') && el.shadowRoot?.childNodes.length),
      );
    },
    undefined,
    { timeout: storyTimeoutMs },
  );
  return page.evaluate(async () => {
    if (document.body.classList.contains('sb-show-errordisplay')) {
      return { error: document.querySelector('#error-message')?.textContent?.trim() || 'Storybook showed its error display' };
    }
    const content = document.querySelector('#storybook-docs .sbdocs-content');
    const problems = [];
    const tags = new Set();
    const stories = [...content.querySelectorAll('.docs-story')];
    for (const story of stories) {
      const elements = [...story.querySelectorAll('*')].filter((el) => el.localName.includes('-') && customElements.get(el.localName));
      await Promise.all(elements.map((el) => el.updateComplete));
      elements.forEach((el) => tags.add(el.localName));
      const drawn = elements.filter((el) => {
        const box = el.getBoundingClientRect();
        return getComputedStyle(el).display === 'contents' || (box.width > 0 && box.height > 0);
      });
      if (!elements.some((el) => el.shadowRoot?.childNodes.length) || !drawn.length) {
        problems.push(`an inline story rendered nothing: ${story.closest('[id]')?.id ?? 'unknown'}`);
      }
    }
    // A guide page (README.md, docs/*.md) has no stories: it must have its text.
    if (!stories.length && (content.textContent?.trim().length ?? 0) < 200) problems.push('the docs page is blank');
    return { error: problems.join('; ') || undefined, tags: stories.length ? [...tags] : ["guide text"] };
  });
}

/** The second look at every story: the toolbar switched to Spanish and the dark scheme. */
const SPANISH_DARK = 'lang:es;scheme:dark';

async function checkStory(context, baseUrl, entry, globals) {
  const page = await context.newPage();
  // Every story starts with nothing stored: a story that puts remembered answers in storage
  // (its cleanup runs only inside Storybook's own navigation) must not leak into the next.
  await page.addInitScript(() => localStorage.clear());
  const failures = [];
  page.on('console', (message) => {
    // Chromium logs every 404 as a console error, the expected one too.
    if (message.type() === 'error' && message.text().startsWith('Failed to load resource') && isMissingOnPurpose(message.location()?.url)) return;
    if (message.type() === 'error') failures.push(`console error: ${message.text()}${message.location()?.url ? ` (${message.location().url})` : ''}`);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Only the local build matters; anything else would be noise from Chromium (there should be none).
    if (isLocal(request.url())) failures.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() === 404 && isMissingOnPurpose(response.url())) return;
    if (isLocal(response.url()) && response.status() >= 400) failures.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  let tags = [];
  let violations = 0;
  try {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    const withGlobals = globals ? `&globals=${encodeURIComponent(globals)}` : '';
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}${withGlobals}`, { waitUntil: 'load' });
    const result = viewMode === 'docs' ? await waitForDocs(page) : await waitForStory(page, entry.id);
    tags = result.tags ?? [];
    if (result.error) failures.push(result.error);
    // Let layout settle (fonts, a late re-render after a lazy chunk) before axe measures what scrolls.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.addScriptTag({ path: axePath });
    const axeResults = await page.evaluate(
      ({ values, root }) => window.axe.run(document.querySelector(root), { runOnly: { type: 'tag', values } }),
      { values: wcagTags, root: viewMode === 'docs' ? '#storybook-docs' : '#storybook-root' },
    );
    for (const violation of axeResults.violations) {
      violations++;
      // A target inside shadow DOM is a list of selectors, host first.
      const targets = violation.nodes.map((node) => node.target.map((part) => [part].flat().join(' >>> ')).join(' ')).join(', ');
      failures.push(`axe ${violation.id} (${violation.impact}): ${violation.help} at ${targets}`);
    }
  } catch (error) {
    failures.push(`check failed: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return { failures, tags, violations };
}

async function main() {
  const index = JSON.parse(await readFile(path.join(staticDir, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter((entry) => !only || only.some((part) => entry.id.includes(part)));
  const stories = entries.filter((entry) => entry.type === 'story');
  const docs = entries.filter((entry) => entry.type === 'docs');
  if (!stories.length) throw new Error('index.json lists no stories');

  const server = await serve(staticDir);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let failed = 0;
  try {
    const context = await browser.newContext();
    const visits = [...stories.map((entry) => ({ entry })), ...stories.map((entry) => ({ entry, globals: SPANISH_DARK })), ...docs.map((entry) => ({ entry }))];
    for (const { entry, globals } of snapshotsOnly ? [] : visits) {
      const { failures, tags } = await checkStory(context, baseUrl, entry, globals);
      const label = `${entry.title} / ${entry.name} (${entry.id}${globals ? `, ${globals}` : ''})`;
      if (failures.length) {
        failed++;
        console.log(`✗ ${label}`);
        for (const failure of failures) console.log(`    ${failure}`);
      } else {
        console.log(`✓ ${label}: ${tags.join(', ')}, 0 axe violations`);
      }
    }
    if (takeSnapshots) {
      const snapshotDir = path.join(staticDir, 'snapshots');
      const snapshots = await snapshotStories(browser, baseUrl, stories, snapshotDir);
      for (const [id, failures] of snapshots) {
        if (!failures.length) continue;
        failed++;
        console.log(`✗ ${id} (snapshots)`);
        for (const failure of failures) console.log(`    ${failure}`);
      }
      console.log(`storybook snapshots: ${stories.length * 4} pictures in ${path.relative(root, snapshotDir) || snapshotDir}/index.html`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(
    `storybook smoke: ${stories.length} stories (each as written and in Spanish, dark) and ${docs.length} docs pages checked, ${failed} failed`,
  );
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`storybook smoke: could not run: ${error.stack ?? error}`);
  process.exitCode = 1;
});

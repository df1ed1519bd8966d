/**
 * Opens every story of the static Storybook build in Chromium and fails on a console error, a page
 * error, a story that rendered no component, or an axe WCAG 2.2 AA violation.
 *
 *   npm run build-storybook && node .storybook/smoke-test.mjs
 *
 * Chromium comes from CHROME_PATH (default /usr/bin/chromium); nothing is downloaded.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const staticDir = path.join(root, 'storybook-static');
const axePath = path.join(root, 'node_modules/axe-core/axe.min.js');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const storyTimeoutMs = 15_000;

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

/** Waits until Storybook has finished the story (render, play and afterEach, which runs the a11y addon). */
async function waitForStory(page, id) {
  await page.waitForFunction(
    (storyId) => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase);
    },
    id,
    { timeout: storyTimeoutMs },
  );
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
    const problems = [];
    let rendered = 0;
    for (const el of found) {
      if (!customElements.get(el.localName)) problems.push(`<${el.localName}> is not defined`);
      else if (!el.shadowRoot) problems.push(`<${el.localName}> has no shadow root`);
      else if (![...el.shadowRoot.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent?.trim()))
        problems.push(`<${el.localName}> rendered an empty shadow root`);
      else rendered++;
    }
    if (!rendered) problems.push('no custom element with a non-empty shadow root');
    return { error: problems.join('; ') || undefined, tags: [...new Set(found.map((el) => el.localName))] };
  });
}

async function checkStory(context, baseUrl, entry) {
  const page = await context.newPage();
  const failures = [];
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console error: ${message.text()}${message.location()?.url ? ` (${message.location().url})` : ''}`);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Only the local build matters; anything else would be noise from Chromium (there should be none).
    if (isLocal(request.url())) failures.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (isLocal(response.url()) && response.status() >= 400) failures.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  let tags = [];
  let violations = 0;
  try {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`, { waitUntil: 'load' });
    const result = await waitForStory(page, entry.id);
    tags = result.tags ?? [];
    if (result.error) failures.push(result.error);
    await page.addScriptTag({ path: axePath });
    const axeResults = await page.evaluate(
      (values) => window.axe.run(document.querySelector('#storybook-root'), { runOnly: { type: 'tag', values } }),
      wcagTags,
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
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
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
    for (const entry of stories) {
      const { failures, tags } = await checkStory(context, baseUrl, entry);
      const label = `${entry.title} / ${entry.name} (${entry.id})`;
      if (failures.length) {
        failed++;
        console.log(`✗ ${label}`);
        for (const failure of failures) console.log(`    ${failure}`);
      } else {
        console.log(`✓ ${label}: ${tags.join(', ')}, 0 axe violations`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`storybook smoke: ${stories.length} stories checked, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`storybook smoke: could not run: ${error.stack ?? error}`);
  process.exitCode = 1;
});

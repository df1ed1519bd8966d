// `npx stall-elements render`, proven in Chromium: a page with a practice, an article, a
// checklist, a decision helper and a crisis footer, prerendered by the CLI and served under the
// strict Content-Security-Policy, shows the crisis lines as links, the article's text and the
// checklist's items with JavaScript turned off; with JavaScript on, the drop-in bundle takes over
// with no error, no duplicated content and no layout shift, and works as on any page.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, openRecorded, repoRoot, serve, STRICT_CSP, type Site } from './built-page.js';

const PAGE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <script type="module" src="/stall-elements/stall-elements.js"></script>
  </head>
  <body>
    <stall-practice country="GB" name="Harbour Therapy" phone="020 7946 0000">
      <main>
        <stall-article id="article" article="what-is-a-stall"></stall-article>
        <stall-checklist id="checklist"></stall-checklist>
        <stall-decision id="decision"></stall-decision>
      </main>
      <stall-crisis-footer id="footer"></stall-crisis-footer>
    </stall-practice>
  </body>
</html>
`;

let dir: string;
let site: Site;
let browser: Browser;
let rendered: string;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'stall-render-'));
  const cdn = path.join(dir, 'cdn');
  await build({ root: repoRoot, configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'error', mode: 'cdn', build: { outDir: cdn, emptyOutDir: true } });
  writeFileSync(path.join(dir, 'index.html'), PAGE);
  // As a practice runs it: the package's bin, from the folder holding the page.
  await promisify(execFile)(process.execPath, [path.join(repoRoot, 'bin/stall-elements.js'), 'render', 'index.html', '--out', 'site', '--head'], { cwd: dir });
  rendered = readFileSync(path.join(dir, 'site/index.html'), 'utf8');
  const styles = path.join(dir, 'site/stall-prerender');
  const files = Object.fromEntries(readdirSync(styles).map((file) => [`/stall-prerender/${file}`, path.join(styles, file)]));
  site = await serve({ cdn, pages: { '/': rendered }, files, csp: STRICT_CSP });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The text a locator shows, spaces squashed. */
const textOf = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
const hrefs = (page: Page, selector: string) => page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe('stall-elements render', () => {
  it('adds no inline script, and describes the article in the head', () => {
    assert.doesNotMatch(rendered, /<script(?![^>]*\b(src=|type="application\/(ld\+)?json"))[^>]*>/, 'every script is a file or data');
    assert.match(rendered, /<title>What is a stall in therapy\?<\/title>/);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(rendered)![1]);
    assert.equal(jsonLd['@type'], 'Article');
    assert.match(jsonLd.dateModified, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(jsonLd.citation.length > 0);
  });

  it('shows the crisis lines, the article and the checklist with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    // Crisis lines as working links, the emergency number first, and the practice's contact.
    const footerLinks = await hrefs(page, '#footer a');
    assert.equal(footerLinks[0], 'tel:999');
    for (const link of ['tel:116123', 'sms:85258?body=SHOUT', 'tel:02079460000']) assert.ok(footerLinks.includes(link), `${link} in ${footerLinks.join(' ')}`);
    assert.ok(await page.locator('#footer a[href="tel:116123"]').isVisible());
    // The country chooser needs the script: without it, it is there but disabled, not a button that does nothing.
    assert.ok(await page.locator('#footer [part="country-chooser"] select').isDisabled());
    assert.ok(await page.locator('#footer [part="country-chooser"] button').isDisabled());
    // The stylesheets arrive as files ('self'): the emergency notice has its border.
    const border = await page.locator('#footer [part="emergency"]').evaluate((el) => getComputedStyle(el).borderInlineStartWidth);
    assert.notEqual(border, '0px');
    // The article: title, contents, text with heading ids, numbered sources.
    assert.equal(await textOf(page, '#article h1'), 'What is a stall in therapy?');
    assert.ok(await page.locator('#article [part="toc"] a').count(), 'a table of contents');
    assert.ok(await page.locator('#article .stall-article-text h2[id]').first().isVisible());
    assert.match(await textOf(page, '#article .stall-article-text p'), /Therapy does not move in a straight line/);
    assert.ok((await page.locator('#article .stall-article-sources ol > li').count()) > 0, 'numbered sources');
    // The checklist: its legend and every item as a real checkbox.
    const boxes = page.locator('#checklist input[type="checkbox"][value]');
    assert.ok((await boxes.count()) >= 8);
    assert.ok(await boxes.first().isVisible());
    assert.ok(await page.locator('#checklist legend').first().isVisible());
    assert.equal(await page.locator('#checklist input:checked').count(), 0, 'nothing ticked');
    // Safety without script: ticking the risk item shows the crisis lines (CSS alone).
    assert.equal(await page.locator('#checklist [part="crisis-panel"]').isVisible(), false);
    await page.locator('#checklist').getByRole('checkbox', { name: /isn't worth living/ }).check();
    assert.ok(await page.locator('#checklist [part="crisis-panel"] a[href="tel:116123"]').isVisible());
    // The decision helper: its first step, and why it goes no further.
    assert.match(await textOf(page, '#decision #step-heading'), /how are you doing/);
    assert.match(await textOf(page, '#decision [part="needs-script"]'), /need JavaScript/);
    assert.equal(await page.locator('#decision [part="crisis-panel"]').isVisible(), false);
    await page.locator('#decision input[data-risk]').first().check();
    assert.ok(await page.locator('#decision [part="crisis-panel"] a[href="tel:116123"]').isVisible(), 'a risk answer shows the crisis lines');
    await context.close();
  });

  it('passes axe before the bundle runs', async () => {
    // The bundle never arrives (blocked), so what is checked is the prerendered page alone; axe
    // is added by the test (bypassing the page's policy), not by the page.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 412, height: 900 } });
    await context.route('**/stall-elements/**', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.addScriptTag({ path: path.join(repoRoot, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
    });
    assert.deepEqual(violations, []);
    // Nothing scrolls sideways at 320 px.
    await page.setViewportSize({ width: 320, height: 800 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling at 320 px');
    await context.close();
  });

  it('hands over to the drop-in bundle: no errors, nothing twice, no layout shift, and it works', async () => {
    const { page, recording, context } = await openRecorded(browser, `${site.origin}/`, () => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The browser's own render replaced the prerendered one: the note only a prerendered page has is gone.
    await page.locator('#decision [part="needs-script"]').waitFor({ state: 'detached' });
    await page.locator('#article .stall-article-content:not([data-prerendered])').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    assert.deepEqual(recording.errors, []);
    assert.deepEqual((await recording.fromPage()).violations, []);
    // Nothing twice.
    assert.equal(await page.locator('#article h1').count(), 1);
    assert.equal(await page.locator('#article > .stall-article-content').count(), 1);
    assert.equal(await page.locator('#footer h2#heading').count(), 1);
    assert.equal(await page.locator('#footer a[href="tel:116123"]').count(), 1);
    assert.equal(await page.locator('#checklist [part="title"]').count(), 1);
    assert.equal(await page.locator('#decision #step-heading').count(), 1);
    const items = await page.locator('#checklist [part="item"]').count();
    assert.equal(items, await page.locator('#checklist input[type="checkbox"][value]').count());
    const shift = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0));
    assert.ok(shift <= 0.01, `layout shift ${shift}`);
    // The prerendered markup paints first: no chunk, not even the shared core, is asked for before it (src/autoload.ts).
    const { paint, chunks } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? Infinity,
      chunks: performance.getEntriesByType('resource').filter((entry) => /\/chunks\//.test(entry.name)).map((entry) => entry.startTime),
    }));
    assert.ok(chunks.length >= 4, `the components' chunks: ${chunks.length}`);
    assert.ok(Math.min(...chunks) >= paint, `a chunk was asked for at ${Math.min(...chunks)} ms, before the first paint at ${paint} ms`);
    // The country chooser works once the script is in.
    assert.ok(await page.locator('#footer [part="country-chooser"] button').isEnabled());
    // It works: a tick updates the status; the risk item brings the crisis lines first.
    await page.locator('#checklist').getByRole('checkbox', { name: /go round in circles/ }).click();
    assert.match(await textOf(page, '#checklist [part="status"]'), /^Boxes ticked: 1 of \d+\./);
    await page.locator('#checklist').getByRole('checkbox', { name: /isn't worth living/ }).click();
    assert.match(await textOf(page, '#checklist [part="crisis-panel"]'), /Samaritans/);
    // The decision helper goes on past its first step.
    await page.locator('#decision').getByRole('radio').first().check();
    await page.locator('#decision').getByRole('button', { name: 'Next' }).click();
    assert.match(await textOf(page, '#decision [part="progress"]'), /Step 2/);
    assert.deepEqual(recording.errors, []);
    await context.close();
  });
});

/**
 * Screenshots of every story at a phone (390 px) and a desktop (1280 px) width, light and dark,
 * saved to storybook-static/snapshots/ with an index.html that shows them side by side. Each story
 * is also laid out at 320 px: a story whose page scrolls sideways there fails (WCAG 1.4.10 Reflow).
 *
 * One page per story and scheme: the story renders (and plays) once, then the viewport is resized
 * for each width, so a state reached by a play function is in every picture.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const SNAPSHOT_WIDTHS = [390, 1280];
export const SCHEMES = ['light', 'dark'];
const REFLOW_WIDTH = 320;
/** How long a story may take to render and play. */
export const storyTimeoutMs = 15_000;

const fileName = (id, scheme, width) => `${id}--${scheme}-${width}.png`;

/** Waits until Storybook has finished the story (render, play and afterEach) or shown its error display. */
export async function storyFinished(page, id) {
  await page.waitForFunction(
    (storyId) => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === storyId && ['finished', 'errored', 'aborted'].includes(render.phase);
    },
    id,
    { timeout: storyTimeoutMs },
  );
}

/** Waits until Storybook has rendered and played the story, then for every Lit update inside it. */
async function settle(page, id) {
  await storyFinished(page, id);
  await page.evaluate(async () => {
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.shadowRoot) {
          found.push(el);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    await Promise.all(found.map((el) => el.updateComplete));
    await document.fonts?.ready;
  });
}

/** How far the page scrolls sideways at the current width, in CSS pixels (0 when it fits). */
const sidewaysOverflow = (page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth);

/** One story in one scheme: the reflow check at 320 px, then a full-page picture at each width. */
async function snapStory(context, baseUrl, entry, scheme, outDir) {
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.clear());
  const failures = [];
  try {
    await page.setViewportSize({ width: REFLOW_WIDTH, height: 800 });
    const globals = scheme === 'dark' ? `&globals=${encodeURIComponent('scheme:dark')}` : '';
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story${globals}`, { waitUntil: 'load' });
    await settle(page, entry.id);
    const overflow = await sidewaysOverflow(page);
    if (overflow > 0) failures.push(`scrolls sideways by ${overflow} px at ${REFLOW_WIDTH} px (${scheme})`);
    for (const width of SNAPSHOT_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await page.screenshot({ path: path.join(outDir, fileName(entry.id, scheme, width)), fullPage: true, animations: 'disabled' });
    }
  } catch (error) {
    failures.push(`snapshot failed (${scheme}): ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return failures;
}

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The index page: one row per story, phone and desktop side by side, light then dark. */
function indexPage(stories) {
  const rows = stories
    .map((entry) => {
      const cells = SCHEMES.flatMap((scheme) =>
        SNAPSHOT_WIDTHS.map((width) => {
          const file = fileName(entry.id, scheme, width);
          return `<figure><a href="${file}"><img src="${file}" alt="" loading="lazy" width="${width === 390 ? 195 : 480}"></a><figcaption>${scheme}, ${width} px</figcaption></figure>`;
        }),
      );
      return `<section id="${escapeHtml(entry.id)}"><h2>${escapeHtml(entry.title)} / ${escapeHtml(entry.name)}</h2><div class="row">${cells.join('')}</div></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>stall-elements: every story at 390 and 1280 px, light and dark</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1f2937; }
.row { display: flex; gap: 1rem; align-items: flex-start; overflow-x: auto; }
figure { margin: 0; } img { border: 1px solid #9ca3af; display: block; height: auto; }
figcaption { font-size: 0.85rem; margin-top: 0.25rem; }
section { margin-block-end: 2.5rem; } h2 { font-size: 1.1rem; }
</style></head><body>
<h1>Every story, phone and desktop, light and dark</h1>
<p>${stories.length} stories. Select a picture to see it at full size.</p>
${rows}
</body></html>
`;
}

/**
 * Saves the pictures of every story into `outDir` (emptied first) and its index page. Returns a
 * failure list per story id (empty when it fits at 320 px and every picture was taken).
 */
export async function snapshotStories(browser, baseUrl, stories, outDir) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  const results = new Map();
  try {
    for (const entry of stories) {
      const failures = [];
      for (const scheme of SCHEMES) failures.push(...(await snapStory(context, baseUrl, entry, scheme, outDir)));
      results.set(entry.id, failures);
    }
  } finally {
    await context.close();
  }
  await writeFile(path.join(outDir, 'index.html'), indexPage(stories));
  return results;
}

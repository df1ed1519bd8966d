/**
 * `npm run bench`, prerendered pages (issue 15): the checklist page passed through
 * `stall-elements render` against the same checklist as plain HTML and against the page without
 * prerendering: first contentful paint, the first visible checkbox, and the layout shift while the
 * drop-in bundle takes over. Phone-sized, CPU slowed 4x, fresh context per run, rotating order.
 * Its own server and browser, so the rest of the bench can change without touching it.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PageRenderer } from '../render/render-page.js';
import { baselinePage, checklistPage } from './pages.js';
import { DEEP_QUERY } from './speed.js';

const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const TARGET_RATIO = 1.1;
const TARGET_SHIFT = 0.01;

/** In the page before its scripts: FCP, the first checkbox with a box, the sum of layout shifts. */
const PROBE = `(() => {
  const bench = (window.__prerender = { shift: 0 });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  ${DEEP_QUERY}
  const watch = () => {
    const box = deep(document, 'input[type="checkbox"]');
    if (box && box.getClientRects().length) bench.box = performance.now();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();`;

interface Run {
  fcp: number;
  box: number;
  shift: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function poll<T>(read: () => Promise<T | undefined | null>, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function measure(browser: Browser, url: string, hydrates: boolean): Promise<Run> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit' });
    const read = (expression: string) => async () => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
    const box = await poll<number>(read('window.__prerender && window.__prerender.box'), 'the first checkbox');
    const fcp = await poll<number>(read('window.__prerender.fcp'), 'first contentful paint');
    // The bundle has drawn the checklist itself (or, for plain HTML, the page has loaded); then a
    // moment for any late shift.
    if (hydrates) await poll<true>(read("document.querySelector('stall-checklist')?.hasUpdated || undefined"), 'the checklist to take over');
    await page.waitForTimeout(500);
    const shift = await poll<number>(read('window.__prerender.shift'), 'the layout shift');
    return { fcp, box, shift };
  } finally {
    await context.close();
  }
}

export interface PrerenderBench {
  rows: [what: string, figure: string, target: string, result: string][];
  notes: string[];
}

/** Builds the pages, serves them with the drop-in bundle in `cdnDir`, and measures `runs` times each. */
export async function benchPrerender(root: string, cdnDir: string, runs: number): Promise<PrerenderBench> {
  const renderer = await PageRenderer.open(undefined, root);
  const pages: Record<string, string> = { '/plain.html': baselinePage(root), '/script.html': checklistPage() };
  try {
    pages['/prerendered.html'] = await renderer.render(checklistPage(), { stylesheets: '/prerender/' });
  } finally {
    await renderer.close();
  }
  const sheets = renderer.stylesheets();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (type: string, body: string | Buffer) => response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (url.pathname in pages) return send('text/html; charset=utf-8', pages[url.pathname]);
    if (url.pathname.startsWith('/prerender/') && sheets.has(url.pathname.slice('/prerender/'.length))) return send('text/css', sheets.get(url.pathname.slice('/prerender/'.length))!);
    const file = path.normalize(path.join(cdnDir, url.pathname.slice('/cdn/'.length)));
    if (url.pathname.startsWith('/cdn/') && file.startsWith(cdnDir + path.sep)) {
      try {
        return send('text/javascript', readFileSync(file));
      } catch {
        // Missing: answered below.
      }
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const results: Record<'plain' | 'script' | 'prerendered', Run[]> = { plain: [], script: [], prerendered: [] };
  try {
    const kinds = ['plain', 'script', 'prerendered'] as const;
    for (const kind of kinds) await measure(browser, `${origin}/${kind}.html`, kind !== 'plain'); // warm-up
    for (let run = 0; run < runs; run++) {
      for (const kind of [...kinds.slice(run % 3), ...kinds.slice(0, run % 3)]) results[kind].push(await measure(browser, `${origin}/${kind}.html`, kind !== 'plain'));
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const of = (kind: keyof typeof results, key: keyof Run) => median(results[kind].map((r) => r[key]));
  const fcpRatio = of('prerendered', 'fcp') / of('plain', 'fcp');
  const boxRatio = of('prerendered', 'box') / of('plain', 'box');
  const worstShift = Math.max(...results.prerendered.map((r) => r.shift));
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const rows: PrerenderBench['rows'] = [
    ['First contentful paint: plain HTML', ms(of('plain', 'fcp')), '', ''],
    ['First contentful paint: prerendered (stall-elements render)', `${ms(of('prerendered', 'fcp'))} (${fcpRatio.toFixed(2)}x)`, `≤ ${TARGET_RATIO}x`, verdict(fcpRatio <= TARGET_RATIO)],
    ['First contentful paint: script only (not prerendered)', ms(of('script', 'fcp')), '', ''],
    ['First visible checkbox: plain HTML', ms(of('plain', 'box')), '', ''],
    ['First visible checkbox: prerendered', `${ms(of('prerendered', 'box'))} (${boxRatio.toFixed(2)}x)`, `≤ ${TARGET_RATIO}x`, verdict(boxRatio <= TARGET_RATIO)],
    ['First visible checkbox: script only', ms(of('script', 'box')), '', ''],
    ['Layout shift while the bundle takes over (worst run)', worstShift.toFixed(4), `≤ ${TARGET_SHIFT}`, verdict(worstShift <= TARGET_SHIFT)],
  ];
  const notes: string[] = [];
  if (fcpRatio > TARGET_RATIO || boxRatio > TARGET_RATIO) {
    notes.push(`prerendered checklist page paints at ${fcpRatio.toFixed(2)}x (FCP) and ${boxRatio.toFixed(2)}x (checkbox) of plain HTML: the page carries the component's markup and links its stylesheet; inlining the stylesheet (renderPage without \`stylesheets\`, needs style-src 'unsafe-inline') saves a request.`);
  }
  if (worstShift > TARGET_SHIFT) notes.push(`layout shift ${worstShift.toFixed(4)} while the bundle takes over: the browser's render differs from the prerendered one (compare the two in the page).`);
  return { rows, notes };
}

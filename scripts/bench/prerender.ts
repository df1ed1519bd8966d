/**
 * `npm run bench`, prerendered pages (issue 15): the checklist page passed through
 * `stall-elements render` against the same checklist as plain HTML and against the page without
 * prerendering: first contentful paint, the first visible checkbox, and the layout shift while the
 * drop-in bundle takes over. Beside them, what explains the gap: plain HTML as the strict CSP
 * allows it (CSS and script as files), the prerendered page with its stylesheet cached (a second
 * page of the site) and with its styles inline (not allowed by the strict CSP), and when its
 * stylesheet request goes out and comes back. Phone-sized, CPU slowed 4x, fresh context per run,
 * rotating order. Its own server and browser, so the rest of the bench can change without touching it.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PageRenderer } from '../render/render-page.js';
import { lighthouse, type LighthouseResult } from './lighthouse.js';
import { baselinePage, checklistPage, send } from './pages.js';
import { CPU_SLOWDOWN, DEEP_QUERY, PHONE, poll, settledIn, spread } from './speed.js';

const TARGET_RATIO = 1.1;
const TARGET_SHIFT = 0.01;

/** In the page before its scripts: FCP, the first checkbox with a box, the sum of layout shifts. */
const PROBE = `(() => {
  let boxed;
  const bench = (window.__prerender = { shift: 0, boxed: new Promise((resolve) => (boxed = resolve)) });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  ${DEEP_QUERY}
  const watch = () => {
    const box = deep(document, 'input[type="checkbox"]');
    if (box && box.getClientRects().length) boxed((bench.box = performance.now()));
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  bench.sheet = () => {
    const sheet = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.css'));
    return sheet ? { start: sheet.startTime, end: sheet.responseEnd } : { start: 0, end: 0 };
  };
})();`;

interface Run {
  fcp: number;
  box: number;
  shift: number;
  /** The page's stylesheet request: when it went out and when its last byte was in (0 for none). */
  sheet: { start: number; end: number };
}

/** The plain page as the strict CSP allows it: its `<style>` and `<script>` as files under /prerender/. */
function plainFiles(plain: string): Record<string, string> {
  return { 'plain.css': /<style>([\s\S]*?)<\/style>/.exec(plain)![1], 'plain.js': /<script>([\s\S]*?)<\/script>/.exec(plain)![1] };
}
const asFiles = (plain: string) =>
  plain.replace(/<style>[\s\S]*?<\/style>/, '<link rel="stylesheet" href="/prerender/plain.css">').replace(/<script>[\s\S]*?<\/script>/, '<script src="/prerender/plain.js"></script>');

const median = (values: number[]) => spread(values).median;

/** `visited`: the page was opened once before in the same context (a second page of the site: what may be cached is). */
async function measure(browser: Browser, url: string, hydrates: boolean, visited = false): Promise<Run> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    const cdp = await context.newCDPSession(page);
    // One question to the page, answered when its first checkbox shows (settledIn).
    const boxShown = async () => {
      await poll<true>(cdp, 'window.__prerender ? true : undefined', 'the probe');
      return settledIn<number>(cdp, 'window.__prerender.boxed', 'the first checkbox');
    };
    if (visited) {
      await page.goto(url, { waitUntil: 'commit' });
      await boxShown();
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit' });
    const box = await boxShown();
    const fcp = await poll<number>(cdp, 'window.__prerender.fcp', 'first contentful paint');
    // The bundle has drawn the checklist itself (or, for plain HTML, the page has loaded); then a
    // moment for any late shift.
    if (hydrates) await poll<true>(cdp, "document.querySelector('stall-checklist')?.hasUpdated || undefined", 'the checklist to take over');
    await page.waitForTimeout(500);
    const shift = await poll<number>(cdp, 'window.__prerender.shift', 'the layout shift');
    const sheet = await poll<Run['sheet']>(cdp, 'window.__prerender.sheet()', 'the stylesheet timing');
    return { fcp, box, shift, sheet };
  } finally {
    await context.close();
  }
}

export interface PrerenderBench {
  rows: [what: string, figure: string, target: string, result: string][];
  notes: string[];
  /**
   * Lighthouse's mobile runs of the prerendered page, when asked for: with its styles inline
   * (`renderPage` without `stylesheets`), and with its stylesheet as a file (the CLI; the strict CSP).
   */
  lighthouse?: Record<'inline' | 'stylesheet', LighthouseResult | { error: string }>;
}

/**
 * Builds the pages, serves them with the drop-in bundle in `cdnDir`, and measures `runs` times each.
 * `lighthouse`: also Lighthouse's mobile runs of each prerendered page (the median of LIGHTHOUSE_RUNS), once the speed runs are done.
 */
export async function benchPrerender(root: string, cdnDir: string, runs: number, { lighthouse: withLighthouse = false } = {}): Promise<PrerenderBench> {
  const renderer = await PageRenderer.open(undefined, root);
  const plain = baselinePage(root);
  const pages: Record<string, string> = { '/plain.html': plain, '/plain-revisit.html': plain, '/plain-csp.html': asFiles(plain), '/script.html': checklistPage() };
  try {
    pages['/prerendered.html'] = await renderer.render(checklistPage(), { stylesheets: '/prerender/' });
    pages['/prerendered-revisit.html'] = await renderer.render(checklistPage(), { stylesheets: '/prerender-cached/' });
    pages['/prerendered-inline.html'] = await renderer.render(checklistPage());
    // The same prerendered page with no script at all: what the markup alone costs the first paint.
    pages['/prerendered-noscript.html'] = pages['/prerendered.html'].replace(/<script type="module"[^>]*><\/script>/g, '');
  } finally {
    await renderer.close();
  }
  const sheets = new Map([...renderer.stylesheets(), ...Object.entries(plainFiles(plain))]);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const reply = (type: string, body: string | Buffer, cache?: string) => send(request, response, type, body, cache);
    if (url.pathname in pages) return reply('text/html; charset=utf-8', pages[url.pathname]);
    const sheet = /^\/prerender(-cached)?\/(.+)$/.exec(url.pathname);
    // A site's stylesheets may be cached; the bench's pages and scripts never are.
    if (sheet && sheets.has(sheet[2])) return reply(sheet[2].endsWith('.js') ? 'text/javascript' : 'text/css', sheets.get(sheet[2])!, sheet[1] ? 'max-age=3600' : 'no-store');
    const file = path.normalize(path.join(cdnDir, url.pathname.slice('/cdn/'.length)));
    if (url.pathname.startsWith('/cdn/') && file.startsWith(cdnDir + path.sep)) {
      try {
        return reply('text/javascript', readFileSync(file));
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
  const kinds = ['plain', 'plain-csp', 'plain-revisit', 'script', 'prerendered', 'prerendered-revisit', 'prerendered-inline', 'prerendered-noscript'] as const;
  type Kind = (typeof kinds)[number];
  const results = Object.fromEntries(kinds.map((kind) => [kind, [] as Run[]])) as Record<Kind, Run[]>;
  const load = (kind: Kind) => measure(browser, `${origin}/${kind}.html`, !kind.startsWith('plain') && kind !== 'prerendered-noscript', kind.endsWith('-revisit'));
  let lighthouseRun: PrerenderBench['lighthouse'];
  try {
    for (const kind of kinds) await load(kind); // warm-up
    for (let run = 0; run < runs; run++) {
      for (const kind of [...kinds.slice(run % kinds.length), ...kinds.slice(0, run % kinds.length)]) results[kind].push(await load(kind));
    }
    await browser.close();
    if (withLighthouse) {
      lighthouseRun = { inline: await lighthouse(root, `${origin}/prerendered-inline.html`), stylesheet: await lighthouse(root, `${origin}/prerendered.html`) };
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const of = (kind: Kind, key: 'fcp' | 'box') => median(results[kind].map((r) => r[key]));
  const ratio = (kind: Kind, key: 'fcp' | 'box') => of(kind, key) / of('plain', key);
  const figure = (kind: Kind, key: 'fcp' | 'box') => `${ms(of(kind, key))} (${ratio(kind, key).toFixed(2)}x)`;
  /** Each round's own ratio (the pages of a round load one after another): less swayed by the machine's load drifting between rounds. */
  const byRound = (kind: Kind, key: 'fcp' | 'box') => {
    const ratios = spread(results[kind].map((run, index) => run[key] / results.plain[index][key]));
    return `${ratios.median.toFixed(2)}x (${ratios.min.toFixed(2)}x–${ratios.max.toFixed(2)}x)`;
  };
  const fcpRatio = ratio('prerendered', 'fcp');
  const boxRatio = ratio('prerendered', 'box');
  const worstShift = Math.max(...results.prerendered.map((r) => r.shift), ...results['prerendered-revisit'].map((r) => r.shift));
  const sheetOut = median(results.prerendered.map((r) => r.sheet.start));
  const sheetIn = median(results.prerendered.map((r) => r.sheet.end));
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const rows: PrerenderBench['rows'] = [];
  for (const [key, what] of [['fcp', 'First contentful paint'], ['box', 'First visible checkbox']] as const) {
    rows.push(
      [`${what}: plain HTML (inline <style> and <script>)`, ms(of('plain', key)), '', ''],
      [`  plain HTML as the strict CSP allows: CSS and script as files`, figure('plain-csp', key), '', ''],
      [`  prerendered (stall-elements render), first visit`, figure('prerendered', key), `≤ ${TARGET_RATIO}x`, verdict(ratio('prerendered', key) <= TARGET_RATIO)],
      [`    the same, each round's own ratio to plain HTML`, byRound('prerendered', key), '', ''],
      [`  plain HTML, a second page (same browser, warm)`, figure('plain-revisit', key), '', ''],
      [`  prerendered, a second page (its stylesheet cached)`, `${figure('prerendered-revisit', key)}, ${(of('prerendered-revisit', key) / of('plain-revisit', key)).toFixed(2)}x of plain's second`, '', ''],
      [`  prerendered with inline styles (needs 'unsafe-inline')`, figure('prerendered-inline', key), '', ''],
      [`  prerendered, its markup alone (no script on the page)`, figure('prerendered-noscript', key), '', ''],
      [`  script only (not prerendered)`, figure('script', key), '', ''],
    );
  }
  rows.push(
    ['Prerendered page: its stylesheet requested → in', `${ms(sheetOut)} → ${ms(sheetIn)}`, '', ''],
    ['Layout shift while the bundle takes over (worst run)', worstShift.toFixed(4), `≤ ${TARGET_SHIFT}`, verdict(worstShift <= TARGET_SHIFT)],
  );
  const notes: string[] = [];
  if (fcpRatio > TARGET_RATIO || boxRatio > TARGET_RATIO) {
    const sheetCost = of('prerendered', 'fcp') - of('prerendered-inline', 'fcp');
    const treeCost = of('prerendered-inline', 'fcp') - of('plain', 'fcp');
    // A difference of medians can come out below zero when the noise is larger than what it measures.
    const share = (value: number) => (value > 0 ? ms(value) : `nothing measurable (${ms(value)}, within the noise)`);
    notes.push(
      `the prerendered checklist page paints at ${fcpRatio.toFixed(2)}x (FCP) and ${boxRatio.toFixed(2)}x (checkbox) of plain HTML on a first visit. ` +
        `Its gap of ${ms(of('prerendered', 'fcp') - of('plain', 'fcp'))} to first paint, measured in two parts: ` +
        `(1) ${share(sheetCost)} for the one stylesheet its shadow root links (against the same page with its styles inline): named in <head> as a preload, it is ` +
        `asked for with the page's first bytes (median ${ms(sheetOut)}) and is in at ${ms(sheetIn)}; the shadow root is painted only once it is in. It must wait: a ` +
        `shadow root painted before its styles would flash unstyled and shift (tried: the stylesheet at the end of the root). The strict CSP forbids inline ` +
        `styles, hashes are not something a practice would keep up to date, and plain HTML under the same CSP (its CSS as a file) paints at ` +
        `${ratio('plain-csp', 'fcp').toFixed(2)}x too; on a second page of the site, with the stylesheet cached, the prerendered page paints at ` +
        `${(of('prerendered-revisit', 'fcp') / of('plain-revisit', 'fcp')).toFixed(2)}x of plain HTML's second page. ` +
        `(2) ${share(treeCost)} between the inline-styled page and plain HTML: a larger tree to style and lay out (the whole form with its groups and ` +
        `"About", the crisis lines waiting hidden for a risk tick) and the drop-in entry (1 KB), which on a prerendered page loads the components ` +
        `only after the first paint. The same markup with no script at all paints at ${ratio('prerendered-noscript', 'fcp').toFixed(2)}x, so the ` +
        `script's share is ${share(of('prerendered', 'fcp') - of('prerendered-noscript', 'fcp'))}. ` +
        `Timings on this machine swing by tens of milliseconds between runs (load average ${loadavg()[0].toFixed(1)}): a ratio near 1.1x can land on either side.`,
    );
  }
  if (worstShift > TARGET_SHIFT) notes.push(`layout shift ${worstShift.toFixed(4)} while the bundle takes over: the browser's render differs from the prerendered one (compare the two in the page).`);
  return { rows, notes, lighthouse: lighthouseRun };
}

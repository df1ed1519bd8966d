/**
 * Speed runs for `npm run bench`, in Chromium through playwright-core: a fresh browser context per
 * run, a phone-sized viewport and the CPU slowed 4x through the DevTools protocol. What is timed is
 * measured inside the page (the same probe on every page), so the harness's own round trips do not
 * count, and the harness talks to the page through the DevTools protocol only (Playwright's
 * locators would inject a script of their own into the page being measured).
 */
import { chromium, type Browser, type CDPSession } from 'playwright-core';

export const CPU_SLOWDOWN = 4;
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Page-side source of `deep(root, selector)`: the first match, looking inside shadow roots too. */
export const DEEP_QUERY = `const deep = (root, selector) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && deep(el.shadowRoot, selector);
      if (inner) return inner;
    }
    return null;
  };`;

/**
 * Runs in every page before its own scripts. `ready`: the first frame in which the first checkbox
 * exists, has a box and is enabled. `clickAt` → `resultAt`: from the click event's timestamp to
 * just after the first frame that shows a changed status text; `themesAt`, the first that shows a
 * checklist's leading themes. `loadedAt`: the `stall-load` event.
 */
const PROBE = `(() => {
  const bench = (window.__bench = {});
  // bench.when(key): settles with the figure once it is set (read by waitFor, one question per figure).
  const waiting = {};
  bench.when = (key) => (bench[key] !== undefined ? Promise.resolve(bench[key]) : new Promise((resolve) => (waiting[key] ??= []).push(resolve)));
  const mark = (key, value) => {
    if (bench[key] !== undefined) return;
    bench[key] = value;
    for (const resolve of waiting[key] ?? []) resolve(value);
  };
  ${DEEP_QUERY}
  bench.status = () => (deep(document, '[role="status"]')?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  const watch = () => {
    const box = deep(document, 'input[type="checkbox"]');
    if (box && !box.disabled && box.getClientRects().length) mark('ready', performance.now());
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  const afterNextPaint = (then) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(null);
  });
  addEventListener('click', (event) => {
    if (bench.clickAt !== undefined) return;
    bench.clickAt = event.timeStamp;
    const before = bench.status();
    const check = () => afterNextPaint(() => (bench.status() !== before ? mark('resultAt', performance.now()) : check()));
    check();
    // <stall-checklist> paints the leading themes one frame after the status: when they are in.
    const themes = () => afterNextPaint(() => (deep(document, '[part="theme"]') ? mark('themesAt', performance.now()) : themes()));
    if (document.querySelector('stall-checklist')) themes();
  }, true);
  addEventListener('stall-load', () => mark('loadedAt', performance.now()), true);
  // A component's page alone (/component/<tag>.html): the first frame in which it is defined, has
  // rendered, and shows a control (a provider with nothing of its own to show: once rendered; an
  // article: once its text is in, stall-load).
  const alone = /^\\/component\\/(stall-[a-z-]+)\\.html$/.exec(location.pathname);
  if (alone) {
    const watchComponent = () => {
      const el = document.querySelector(alone[1]);
      const control = el && el.hasUpdated && el.shadowRoot && deep(el.shadowRoot, 'input, button, select, textarea, a[href]');
      const shown = (control && control.getClientRects().length) || alone[1] === 'stall-practice' || (alone[1] === 'stall-article' && bench.loadedAt);
      if (el && el.hasUpdated && shown) mark('componentAt', performance.now());
      else requestAnimationFrame(watchComponent);
    };
    requestAnimationFrame(watchComponent);
  }
  // The check-in page only (watching costs a search of the page each frame): its first scale
  // point clickable, then its chart of every kept check-in drawn.
  if (location.pathname.startsWith('/progress')) {
    const watchPoint = () => {
      const point = deep(document, 'input[type="radio"]');
      if (point && point.getClientRects().length) mark('pointReady', performance.now());
      else requestAnimationFrame(watchPoint);
    };
    const watchChart = () => (deep(document, '[part="chart"] circle') ? mark('chartAt', performance.now()) : requestAnimationFrame(watchChart));
    requestAnimationFrame(watchPoint);
    requestAnimationFrame(watchChart);
  }
  /** Where to click the first checkbox, in viewport coordinates, once it is scrolled into view. */
  bench.target = () => {
    const box = deep(document, 'input[type="checkbox"]');
    box.scrollIntoView({ block: 'center' });
    const { x, y, width, height } = box.getBoundingClientRect();
    return { x: x + width / 2, y: y + height / 2 };
  };
})();`;

export interface ChecklistRun {
  /** Navigation start → first checkbox clickable (ms). */
  interactive: number;
  /** Click → first painted frame with the updated result (ms). */
  clickToResult: number;
  /** Click → first painted frame with the leading themes (ms); only on a `<stall-checklist>` page. */
  clickToThemes?: number;
  /** JS heap in use after a forced garbage collection (bytes). */
  heap: number;
  /** Every URL the page requested. */
  requests: string[];
  /** The status text after the click, to prove the click did update the result. */
  status: string;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens `url` in a fresh phone context: `probe` runs before the page's own scripts, the CPU is
 * `slowdown` times slower, and `beforeNavigation` may start DevTools domains (a profile, coverage).
 */
export async function openPage(
  browser: Browser,
  url: string,
  { probe = PROBE, slowdown = CPU_SLOWDOWN, beforeNavigation }: { probe?: string; slowdown?: number; beforeNavigation?: (cdp: CDPSession) => Promise<void> } = {},
): Promise<{ requests: string[]; cdp: CDPSession; done: () => Promise<void> }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  if (probe) await page.addInitScript(probe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await beforeNavigation?.(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  return { requests, cdp, done: () => context.close() };
}

/**
 * Reads `expression` in the page until it is defined. Plain DevTools protocol calls, not
 * Playwright's locators: those inject a script of their own into the page being measured.
 */
export async function poll<T>(cdp: CDPSession, expression: string, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (result.value !== undefined && result.value !== null) return result.value as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The value of `expression`, a promise the page settles: one question, answered when it settles.
 * Asking again and again (poll, every 20 ms) would take the slowed main thread's time from the
 * page being measured.
 */
export async function settledIn<T>(cdp: CDPSession, expression: string, what: string, timeoutMs = 30_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs)));
  try {
    const answer = await Promise.race([cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }), timedOut]);
    return answer.result.value as T;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits for figures the probe marks (`ready`, `resultAt`, `loadedAt`, `componentAt`,
 * `pointReady`, `chartAt`): the first of `keys` to be set.
 */
export async function waitFor(cdp: CDPSession, keys: string[], what: string, timeoutMs = 30_000): Promise<number> {
  await poll<true>(cdp, 'window.__bench ? true : undefined', 'the probe');
  return settledIn<number>(cdp, `Promise.race([${keys.map((key) => `__bench.when(${JSON.stringify(key)})`).join(', ')}])`, what, timeoutMs);
}

/** Loads a checklist page, clicks its first checkbox as soon as it can, and measures. */
export async function runChecklist(browser: Browser, url: string): Promise<ChecklistRun> {
  const { requests, cdp, done } = await openPage(browser, url);
  try {
    const interactive = await waitFor(cdp, ['ready'], 'the first checkbox');
    const { x, y } = await poll<{ x: number; y: number }>(cdp, '__bench.target()', 'the checkbox position');
    for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased'] as const) {
      await cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
    }
    const resultAt = await waitFor(cdp, ['resultAt'], 'the result');
    const clickAt = await poll<number>(cdp, '__bench.clickAt', 'the click');
    const clickToResult = resultAt - clickAt;
    const themed = await poll<boolean>(cdp, "!!document.querySelector('stall-checklist')", 'the page');
    const clickToThemes = themed ? (await waitFor(cdp, ['themesAt'], 'the themes')) - clickAt : undefined;
    const status = await poll<string>(cdp, '__bench.status()', 'the status');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { interactive, clickToResult, clickToThemes, heap: usedSize, requests, status };
  } finally {
    await done();
  }
}

/** Loads an article page and times navigation start → its `stall-load` event. */
export async function runArticle(browser: Browser, url: string): Promise<{ rendered: number; requests: string[] }> {
  const { requests, cdp, done } = await openPage(browser, url);
  try {
    return { rendered: await waitFor(cdp, ['loadedAt'], 'stall-load'), requests };
  } finally {
    await done();
  }
}

/** Loads the check-in page (30 kept check-ins) and times navigation start → first point clickable and → chart drawn. */
export async function runProgress(browser: Browser, url: string): Promise<{ interactive: number; chart: number; requests: string[] }> {
  const { requests, cdp, done } = await openPage(browser, url);
  try {
    const interactive = await waitFor(cdp, ['pointReady'], 'the first scale point');
    const chart = await waitFor(cdp, ['chartAt'], 'the chart');
    return { interactive, chart, requests };
  } finally {
    await done();
  }
}

/** Loads a page of one component alone and times navigation start → it shows a usable control. */
export async function runComponent(browser: Browser, url: string): Promise<{ usable: number; requests: string[] }> {
  const { requests, cdp, done } = await openPage(browser, url);
  try {
    return { usable: await waitFor(cdp, ['componentAt'], 'the component'), requests };
  } finally {
    await done();
  }
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/**
 * Robustness figures for `npm run bench` (issue 12): the longest main-thread task while a page
 * loads each hostile file of test/fixtures/hostile-server.mjs (100,000 list entries once froze the
 * page for 10.6 s), and the decision helper's heap and DOM nodes after 200 walks (it once kept
 * about 39 nodes per Next + Back, 112 per red flag + Back). Same drop-in bundle, same phone and
 * 4x slower CPU as the speed runs (speed.ts) for the files; full speed for the walks.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { articleWithHeadings, freezingBodies } from '../../test/fixtures/hostile-server.mjs';
import { CPU_SLOWDOWN, openPage, poll } from './speed.js';

const page = (body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/cdn/stall-elements.js"></script></head>
<body><main>${body}</main><stall-crisis-footer country="GB"></stall-crisis-footer></body></html>
`;

/** Longest tasks and their probe: records every long task from the start of the page. */
const LONG_TASKS = `(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration); })
    .observe({ type: 'longtask', buffered: true });
})();`;

/** The pages to serve: one per hostile file (and the file itself), and a decision page. */
export function robustnessPages(): Record<string, string> {
  const pages: Record<string, string> = { '/decision.html': page('<stall-decision></stall-decision>') };
  const files: Record<string, string> = { ...freezingBodies, 'headings-100': articleWithHeadings(100) };
  for (const [name, body] of Object.entries(files)) {
    const tag = name.startsWith('headings') ? 'stall-article' : 'stall-checklist';
    pages[`/files/${name}.en.md`] = body;
    pages[`/hostile-${name}.html`] = page(`<${tag} src="/files/${name}.en.md"></${tag}>`);
  }
  return pages;
}

export interface HostileRun {
  name: string;
  kb: number;
  /** The longest main-thread task while the page loaded and refused (or showed) the file (ms). */
  longestTask: number;
  /** What the component showed. */
  shown: string;
}

const DEEP = `(selector) => {
  const deep = (root) => root.querySelector(selector) ?? [...root.querySelectorAll('*')].map((el) => el.shadowRoot && deep(el.shadowRoot)).find(Boolean) ?? null;
  return deep(document);
}`;

export async function runHostileFiles(browser: Browser, origin: string): Promise<HostileRun[]> {
  const runs: HostileRun[] = [];
  for (const [name, body] of Object.entries({ ...freezingBodies, 'headings-100': articleWithHeadings(100) })) {
    const { cdp, done } = await openPage(browser, `${origin}/hostile-${name}.html`, { probe: LONG_TASKS });
    try {
      const shown = await poll<string>(
        cdp,
        `(() => { const hit = (${DEEP})('[part="error"], [part="toc"]'); return hit ? hit.textContent.replace(/\\s+/g, ' ').trim().slice(0, 90) : undefined; })()`,
        `what ${name} showed`,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const longestTask = await poll<number>(cdp, 'window.__longest', 'the longest task');
      runs.push({ name, kb: Buffer.byteLength(body) / 1024, longestTask, shown });
    } finally {
      await done();
    }
  }
  return runs;
}

export interface WalkRun {
  walks: number;
  before: { heap: number; nodes: number; listeners: number };
  after: { heap: number; nodes: number; listeners: number };
}

async function metrics(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics: all } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => all.find((metric) => metric.name === name)?.value ?? NaN;
  return { heap: value('JSHeapUsedSize'), nodes: value('Nodes'), listeners: value('JSEventListeners') };
}

/** Each walk: an answer and Next, a red-flag answer to its outcome, Back, Back. */
const WALKS = `async (count) => {
  const el = document.querySelector('stall-decision');
  await customElements.whenDefined('stall-decision');
  const root = () => el.shadowRoot;
  const settle = async () => { await el.updateComplete; await el.updateComplete; };
  const choose = async (value) => { root().querySelector('[part="step"] input[value="' + value + '"]').click(); await settle(); };
  const press = async (selector, name) => {
    const button = [...root().querySelectorAll(selector)].find((b) => !name || b.textContent.trim() === name);
    button.click();
    await settle();
  };
  for (let i = 0; i < count; i++) {
    await choose('okay'); await press('[part="nav"] button.primary');
    await choose('contempt'); await press('[part="nav"] button.primary');
    await press('[part="nav"] button', 'Back'); await press('[part="nav"] button', 'Back');
  }
  return true;
}`;

export async function runDecisionWalks(browser: Browser, origin: string, walks = 200): Promise<WalkRun> {
  const { cdp, done } = await openPage(browser, `${origin}/decision.html`, { probe: '', slowdown: 1 });
  try {
    await poll<boolean>(cdp, `(() => !!(${DEEP})('[part="step"] input'))() || undefined`, 'the first step');
    const walk = async (count: number) =>
      cdp.send('Runtime.evaluate', { expression: `(${WALKS})(${count})`, awaitPromise: true, returnByValue: true });
    await walk(10);
    const before = await metrics(cdp);
    await walk(walks);
    const after = await metrics(cdp);
    return { walks, before, after };
  } finally {
    await done();
  }
}

export { CPU_SLOWDOWN };

/** Table rows: what, figure, target, result. */
export function robustnessRows(hostile: readonly HostileRun[], walk: WalkRun): [string, string, string, string][] {
  const rows: [string, string, string, string][] = hostile.map(({ name, kb, longestTask, shown }) => [
    `${name} (${kb.toFixed(0)} KB): longest task`,
    `${longestTask.toFixed(0)} ms`,
    '< 200 ms',
    `${longestTask < 200 ? 'met' : 'MISSED'}: "${shown.slice(0, 60)}…"`,
  ]);
  const nodes = walk.after.nodes - walk.before.nodes;
  const heapKb = (walk.after.heap - walk.before.heap) / 1024;
  const listeners = walk.after.listeners - walk.before.listeners;
  rows.push(
    [`decision: DOM nodes after ${walk.walks} walks (growth)`, `${walk.after.nodes} (${nodes >= 0 ? '+' : ''}${nodes})`, '+0', nodes <= 0 ? 'met' : 'MISSED'],
    [`decision: JS heap after ${walk.walks} walks (growth)`, `${(walk.after.heap / 1024 / 1024).toFixed(2)} MB (${heapKb >= 0 ? '+' : ''}${heapKb.toFixed(0)} KB)`, '', ''],
    [`decision: event listeners after ${walk.walks} walks (growth)`, `${walk.after.listeners} (${listeners >= 0 ? '+' : ''}${listeners})`, '+0', listeners <= 0 ? 'met' : 'MISSED'],
  );
  return rows;
}

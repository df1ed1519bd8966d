/**
 * Where the time and the bytes of a page go, for `npm run bench`: a CPU profile of one load at the
 * bench's CPU slowdown (DevTools Profiler: self time by script and by function), the main thread's
 * own totals (DevTools Performance metrics: script, style, layout), and the coverage of each script
 * on first render (DevTools precise coverage: how much of each chunk ran before the page was usable,
 * and what that part weighs gzipped). Each in a run of its own, so neither skews the other.
 */
import path from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { gzipSize } from './sizes.js';
import { openPage, waitFor } from './speed.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface TimeBreakdown {
  /** Navigation → the page usable, as the probe measured it in this run (ms). */
  usable: number;
  /** Self time by script (a chunk's file name) or by V8's own category: `(program)`, `(garbage collector)`. */
  byScript: [string, number][];
  /** The functions with the most self time: `name file:line`. */
  topFunctions: [string, number][];
  /** The main thread's totals at that moment, from Performance.getMetrics (ms). */
  thread: Record<'script' | 'style' | 'layout' | 'task', number>;
}

/** What the probe marks when the page is usable: a checklist's first box, or a component's control. */
const READY = ['ready', 'componentAt'];
const shortName = (url: string) => (url ? path.posix.basename(new URL(url).pathname) || url : '');

/** One load of `url` under the CPU profiler (sampling every 100 µs), stopped once the page is usable. */
export async function profileLoad(browser: Browser, url: string): Promise<TimeBreakdown> {
  const { cdp, done } = await openPage(browser, url, { beforeNavigation: async (session) => {
    await session.send('Performance.enable');
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
  } });
  try {
    const usable = await waitFor(cdp, READY, 'the page to be usable');
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const scripts = new Map<string, number>();
    const functions = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const { functionName, url: scriptUrl, lineNumber } = nodes.get(id)!.callFrame;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (functionName === '(idle)' || functionName === '(root)') return;
      const script = scriptUrl ? shortName(scriptUrl) : functionName.startsWith('(') ? functionName : '(browser code)';
      scripts.set(script, (scripts.get(script) ?? 0) + ms);
      const key = scriptUrl ? `${functionName || '(anonymous)'} ${shortName(scriptUrl)}:${lineNumber + 1}` : functionName || '(anonymous)';
      functions.set(key, (functions.get(key) ?? 0) + ms);
    });
    const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
    return {
      usable,
      byScript: sorted(scripts),
      topFunctions: sorted(functions).filter(([name]) => !name.startsWith('(')).slice(0, 8),
      thread: { script: metric('ScriptDuration'), style: metric('RecalcStyleDuration'), layout: metric('LayoutDuration'), task: metric('TaskDuration') },
    };
  } finally {
    await done();
  }
}

export interface ScriptCoverage {
  file: string;
  bytes: number;
  used: number;
  /** The used part alone, gzipped: what first render needed of this script. */
  usedGz: number;
}

/** One load of `url` with precise block coverage, taken once the page is usable. */
export async function coverageOnFirstRender(browser: Browser, url: string): Promise<ScriptCoverage[]> {
  const sources = new Map<string, string>();
  const { cdp, done } = await openPage(browser, url, { beforeNavigation: async (session: CDPSession) => {
    await session.send('Debugger.enable');
    session.on('Debugger.scriptParsed', ({ scriptId, url: scriptUrl }) => {
      if (scriptUrl.startsWith('http')) sources.set(scriptId, scriptUrl);
    });
    await session.send('Profiler.enable');
    await session.send('Profiler.startPreciseCoverage', { callCount: false, detailed: true });
  } });
  try {
    await waitFor(cdp, READY, 'the page to be usable');
    const { result } = await cdp.send('Profiler.takePreciseCoverage');
    const report: ScriptCoverage[] = [];
    for (const script of result) {
      if (!sources.has(script.scriptId) || !/\.js$/.test(new URL(script.url).pathname)) continue;
      const { scriptSource } = await cdp.send('Debugger.getScriptSource', { scriptId: script.scriptId });
      // Block coverage nests: a function's ranges go outer to inner, functions in source order,
      // so painting them in that order leaves each byte with its innermost count.
      const counts = new Uint8Array(scriptSource.length);
      const functions = [...script.functions].sort((a, b) => a.ranges[0].startOffset - b.ranges[0].startOffset || b.ranges[0].endOffset - a.ranges[0].endOffset);
      for (const fn of functions) for (const range of fn.ranges) counts.fill(range.count > 0 ? 1 : 0, range.startOffset, range.endOffset);
      let usedText = '';
      for (let i = 0; i < counts.length; i++) if (counts[i]) usedText += scriptSource[i];
      report.push({ file: new URL(script.url).pathname, bytes: scriptSource.length, used: usedText.length, usedGz: gzipSize(usedText) });
    }
    return report;
  } finally {
    await done();
  }
}

// Issue 12: each Next + Back kept about 39 DOM nodes and each red-flag outcome + Back about 112
// (200 walks: +1.25 MB heap, +23,700 nodes, +1,700 listeners): radios removed when a step's answer
// list was reused stayed in the browser's radio-group bookkeeping. Measured through the DevTools
// protocol after a forced garbage collection (test/fixtures/cdp-plugin.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import type { StallDecision } from '../src/decision/stall-decision.js';
import { choose, decision, next, outcomeHeading, press, stepHeading } from './fixtures/decision-helpers.js';

interface Metrics {
  heap: number;
  nodes: number;
  listeners: number;
}

const metrics = () => executeServerCommand<Metrics, undefined>('cdp-metrics');

/** One visitor's walk there and back: Next + Back through the steps, and a red-flag outcome + Back. */
async function walkThereAndBack(el: StallDecision): Promise<void> {
  await choose(el, 'okay');
  await next(el);
  await choose(el, 'none');
  await next(el);
  await press(el, 'Back');
  await choose(el, 'contempt');
  await next(el);
  await press(el, 'Back');
  await press(el, 'Back');
}

describe('<stall-decision> over many walks', () => {
  it('keeps no DOM nodes, listeners or heap from one walk to the next (200 walks)', async function () {
    this.timeout(120_000);
    const el = await decision();
    // Warm up: lit's template caches, the browser's style caches, the first outcome's strings.
    for (let i = 0; i < 10; i++) await walkThereAndBack(el);
    expect(stepHeading(el)).to.equal('Before we start: how are you doing right now?');
    const first = (await metrics())!;
    for (let i = 0; i < 200; i++) await walkThereAndBack(el);
    const after = (await metrics())!;
    expect(stepHeading(el)).to.equal('Before we start: how are you doing right now?');
    expect(outcomeHeading(el)).to.equal('');
    // The old code grew by about 23,700 nodes, 1,700 listeners and 1.25 MB here.
    const growth = { nodes: after.nodes - first.nodes, listeners: after.listeners - first.listeners, heapKB: Math.round((after.heap - first.heap) / 1024) };
    expect(growth.nodes, JSON.stringify(growth)).to.be.below(400);
    expect(growth.listeners, JSON.stringify(growth)).to.be.below(40);
    expect(growth.heapKB, JSON.stringify(growth)).to.be.below(400);
  });
});

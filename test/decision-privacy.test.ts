import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import type { StallDecision } from '../src/decision/stall-decision.js';
import {
  buttonNamed,
  checkedValues,
  choose,
  decision,
  next,
  outcomeHeading,
  press,
  progress,
  recordEvents,
  root,
  settled,
  squash,
  stepHeading,
  walk,
} from './fixtures/decision-helpers.js';

const KEY = 'stall-elements:decision:switch-therapist';
const storedKeys = () => Object.keys(localStorage);
const rememberBox = (el: Element) => root(el).querySelector('[part="storage"] input[type="checkbox"]') as HTMLInputElement;
const storageStatus = (el: Element) => squash(root(el).querySelector('[part="storage"] [role="status"]')!.textContent);
const toGoals = [
  ['check-in', 'okay'],
  ['red-flags', 'none'],
  ['values', ['continuity']],
  ['practical-fit', 'no'],
  ['trust', 'yes-mostly'],
  ['told-therapist', 'yes'],
] as const;

describe('<stall-decision> events', () => {
  it('fires stall-step on Next, Back and Start again, and stall-complete at the outcome, bubbling out of shadow roots', async () => {
    const el = await decision();
    const events = recordEvents(document);
    await walk(el, toGoals.slice(0, 2));
    await press(el, 'Back');
    await next(el);
    await walk(el, toGoals.slice(2));
    await choose(el, 'no');
    await next(el);
    expect(events.steps.map((e) => [e.detail.step, e.detail.via])).to.deep.equal([
      ['red-flags', 'next'],
      ['values', 'next'],
      ['red-flags', 'back'],
      ['values', 'next'],
      ['practical-fit', 'next'],
      ['trust', 'next'],
      ['told-therapist', 'next'],
      ['goals', 'next'],
    ]);
    expect(events.steps[2].detail.answers, 'answers left behind by Back are not included').to.deep.equal({ 'check-in': 'okay' });
    expect(events.steps[7].detail.answers).to.deep.equal({ 'check-in': 'okay', 'red-flags': 'none', values: ['continuity'], 'practical-fit': 'no', trust: 'yes-mostly', 'told-therapist': 'yes' });
    expect(events.completes).to.have.length(1);
    const complete = events.completes[0];
    expect(complete.bubbles && complete.composed).to.equal(true);
    expect(complete.detail).to.deep.equal({
      outcome: 'revisit-goals',
      answers: { 'check-in': 'okay', 'red-flags': 'none', values: ['continuity'], 'practical-fit': 'no', trust: 'yes-mostly', 'told-therapist': 'yes', goals: 'no' },
      risk: false,
      redFlag: false,
    });
    expect(Object.isFrozen(complete.detail.answers)).to.equal(true);
    await press(el, 'Start again');
    expect(events.steps.at(-1)!.detail).to.deep.equal({ step: 'check-in', via: 'restart', answers: {}, risk: false });
  });

  it('says in the events when an answer signals risk', async () => {
    const el = await decision();
    const events = recordEvents(el);
    await walk(el, [['check-in', 'thoughts-of-harm']]);
    expect(events.steps[0].detail.risk).to.equal(true);
  });

  it('fires nothing when the visitor only chooses answers, or when the page sets decision, language or article-href', async () => {
    const el = await decision();
    const events = recordEvents(document);
    await choose(el, 'okay');
    el.decision = 'switch-therapist';
    el.setAttribute('article-href', '/a/{article}#{section}');
    el.lang = 'es';
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(el);
    expect(stepHeading(el)).to.equal('Antes de empezar: ¿cómo estás ahora mismo?');
    expect(events.steps).to.have.length(0);
    expect(events.completes).to.have.length(0);
  });
});

describe('<stall-decision> privacy', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => localStorage.clear());

  it('keeps answers in memory only until the visitor opts in: no storage, cookie, URL, history or request', async () => {
    const el = await decision();
    const before = { url: location.href, history: history.length, cookie: document.cookie, requests: performance.getEntriesByType('resource').length };
    await walk(el, [...toGoals, ['goals', 'no']]);
    await press(el, 'Take it to your next session');
    expect(outcomeHeading(el)).to.equal('One option: look at your goals again together');
    expect(rememberBox(el).checked).to.equal(false);
    expect(storedKeys()).to.deep.equal([]);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(before.cookie);
    expect(location.href).to.equal(before.url);
    expect(history.length).to.equal(before.history);
    expect(performance.getEntriesByType('resource').length).to.equal(before.requests);
    // No answer leaks into an attribute either.
    expect(el.getAttributeNames().filter((name) => name !== 'lang')).to.deep.equal([]);
    expect(el.outerHTML).not.to.contain('continuity');
  });

  it('writes one namespaced key once "Remember" is ticked, keeps it current, and "Forget" removes it and starts again', async () => {
    const el = await decision();
    await walk(el, toGoals.slice(0, 2));
    expect(storedKeys()).to.deep.equal([]);
    rememberBox(el).click();
    await el.updateComplete;
    expect(storedKeys()).to.deep.equal([KEY]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ trail: ['check-in', 'red-flags', 'values'], answers: { 'check-in': 'okay', 'red-flags': 'none' } });
    expect(storageStatus(el)).to.equal('Your answers will be kept in this browser until you choose to forget them.');
    await choose(el, 'a-rest');
    expect(JSON.parse(localStorage.getItem(KEY)!).answers.values).to.deep.equal(['a-rest']);
    await next(el);
    expect(JSON.parse(localStorage.getItem(KEY)!).trail).to.deep.equal(['check-in', 'red-flags', 'values', 'practical-fit']);

    const events = recordEvents(el);
    const forget = buttonNamed(el, 'Forget my answers')!;
    forget.focus();
    forget.click();
    await el.updateComplete;
    expect(storedKeys()).to.deep.equal([]);
    expect(rememberBox(el).checked).to.equal(false);
    expect(stepHeading(el)).to.equal('Before we start: how are you doing right now?');
    expect(checkedValues(el)).to.deep.equal([]);
    expect(storageStatus(el)).to.equal('Your answers have been cleared from this page and from this device.');
    expect(root(el).activeElement, 'focus stays on the Forget button').to.equal(forget);
    expect(events.steps.map((e) => e.detail.via)).to.deep.equal(['restart']);
    // Answering after Forget stores nothing: remembering needs a new opt-in.
    await walk(el, toGoals.slice(0, 1));
    expect(storedKeys()).to.deep.equal([]);
  });

  it('removes the key when "Remember" is unticked', async () => {
    const el = await decision();
    await choose(el, 'okay');
    rememberBox(el).click();
    await el.updateComplete;
    rememberBox(el).click();
    await el.updateComplete;
    expect(storedKeys()).to.deep.equal([]);
    expect(storageStatus(el)).to.equal('Your answers are no longer kept on this device.');
  });

  it('restores a remembered walk, "Remember" shown on, without firing events', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        trail: ['check-in', 'red-flags', 'values', 'practical-fit', 'trust', 'told-therapist'],
        answers: { 'check-in': 'okay', 'red-flags': 'none', values: ['fresh-start'], 'practical-fit': 'no', trust: 'yes-mostly', 'told-therapist': 'no' },
        outcome: 'raise-it-first',
      }),
    );
    const events = recordEvents(document);
    const el = await decision();
    expect(rememberBox(el).checked).to.equal(true);
    expect(outcomeHeading(el)).to.equal('You could start by telling your therapist');
    expect(squash(root(el).querySelector('[part="values"]')!.textContent)).to.contain('A fresh start with someone new');
    expect(events.steps).to.have.length(0);
    expect(events.completes).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('keeps only the part of a stored walk that still fits the decision', async () => {
    localStorage.setItem(KEY, JSON.stringify({ trail: ['check-in', 'red-flags', 'goals', 'approach'], answers: { 'check-in': 'okay', 'red-flags': 'none', 'told-therapist': 'maybe', values: ['no-such-value'] }, outcome: 'nowhere' }));
    const el = await decision();
    expect(stepHeading(el)).to.equal('Has your therapist done any of these?');
    expect(progress(el)).to.equal('Step 2 of at most 9');
    expect(checkedValues(el)).to.deep.equal(['none']);
    localStorage.setItem(KEY, '{not json');
    const fresh = await decision(html`<stall-decision></stall-decision>`);
    expect(stepHeading(fresh)).to.equal('Before we start: how are you doing right now?');
  });

  it('keeps working in memory when storage is blocked, and says so', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    let el: StallDecision;
    try {
      el = await decision();
      await choose(el, 'okay');
      rememberBox(el).click();
      await el.updateComplete;
      expect(rememberBox(el).checked).to.equal(false);
      expect(storageStatus(el)).to.contain('does not allow saving');
      await next(el);
      expect(stepHeading(el)).to.equal('Has your therapist done any of these?');
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(storedKeys()).to.deep.equal([]);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { StallProgress } from '../src/progress/stall-progress.js';
import { inlineArticle } from './fixtures/article-helpers.js';
import { buttonNamed, checkIn, focused, formStatus, KEY, keepBox, progress, radio, recordCheckins, root, settled, squash, tableRows } from './fixtures/progress-helpers.js';

const crisisPanel = (el: Element) => root(el).querySelector<HTMLElement>('[part="crisis-panel"]');

describe('<stall-progress> privacy and safety', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => localStorage.clear());

  it('keeps check-ins in memory only until the visitor opts in: no storage, cookie, URL, history or request', async () => {
    const el = await progress();
    const before = { url: location.href, history: history.length, cookie: document.cookie, requests: performance.getEntriesByType('resource').length };
    await checkIn(el, [3, 4, 5, 6], { note: 'private words', safety: 'sometimes' });
    await checkIn(el, [3, 4, 5, 6]);
    await checkIn(el, [3, 4, 5, 6]);
    await checkIn(el, [3, 4, 5, 6]);
    root(el).querySelector<HTMLInputElement>('.show-each input')!.click();
    await el.updateComplete;
    expect(tableRows(el)).to.have.length(4);
    expect(keepBox(el).checked).to.equal(false);
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(before.cookie);
    expect(location.href).to.equal(before.url);
    expect(history.length).to.equal(before.history);
    expect(performance.getEntriesByType('resource').length).to.equal(before.requests);
    expect(el.getAttributeNames().filter((name) => name !== 'lang')).to.deep.equal([]);
    expect(el.outerHTML).not.to.contain('private words');
    // Keeping writes one key, which holds the check-ins but never the safety answer.
    keepBox(el).click();
    await el.updateComplete;
    expect(Object.keys(localStorage)).to.deep.equal([KEY]);
    const stored = localStorage.getItem(KEY)!;
    expect(JSON.parse(stored)).to.have.length(4);
    expect(stored).not.to.contain('sometimes');
    expect(stored).not.to.contain('safety');
    keepBox(el).click();
    await el.updateComplete;
    expect(localStorage.length).to.equal(0);
    expect(tableRows(el), 'turning keeping off leaves the page’s check-ins').to.have.length(4);
  });

  it('offers "Forget all check-ins" only when something is there to forget', async () => {
    const el = await progress();
    expect(keepBox(el), 'keeping can be chosen before the first check-in').to.exist;
    expect(buttonNamed(el, 'Forget all check-ins'), 'nothing kept, nothing to forget').to.equal(undefined);
    await checkIn(el, [3, 4, 5, 6]);
    expect(buttonNamed(el, 'Forget all check-ins'), 'a check-in on the page').to.exist;
  });

  it('a risk answer shows the crisis lines at once, right below, without moving focus; Save then takes focus to them', async () => {
    const el = await progress(html`<stall-progress country="GB"></stall-progress>`);
    const events = recordCheckins(el);
    radio(el, 'safety', 'no').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'safety', 'sometimes').checked).to.equal(true);
    expect(focused(el)).to.equal(radio(el, 'safety', 'sometimes'));
    const panel = crisisPanel(el)!;
    expect(panel).to.not.equal(null);
    expect(squash(panel.textContent)).to.contain('Thank you for telling us.');
    expect(squash(panel.querySelector('[part="emergency"]')!.textContent)).to.contain('999');
    // First after the question: before the note, Save and any result.
    const safety = root(el).querySelector('[part="safety"]')!;
    expect(safety.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(panel.compareDocumentPosition(root(el).querySelector('#save')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(panel.compareDocumentPosition(root(el).querySelector('[part="history"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(formStatus(el)).to.equal('Support lines are shown just below this question.');
    await expect(el).to.be.accessible();

    await checkIn(el, [2, 2, 2, 2]);
    await waitUntil(() => focused(el)?.id === 'crisis-heading', 'Save took focus to the crisis lines');
    expect(crisisPanel(el), 'the crisis lines stay after Save').to.not.equal(null);
    expect(events[0].detail.risk).to.equal(true);
    expect(events[0].detail.checkin).to.not.have.property('safety');
    await expect(el).to.be.accessible();
  });

  it('choosing "No" after a risk answer hides the lines again, without moving focus', async () => {
    const el = await progress();
    radio(el, 'safety', 'often').click();
    await el.updateComplete;
    expect(crisisPanel(el)).to.not.equal(null);
    radio(el, 'safety', 'no').focus();
    radio(el, 'safety', 'no').click();
    await el.updateComplete;
    expect(crisisPanel(el)).to.equal(null);
    expect(focused(el)).to.equal(radio(el, 'safety', 'no'));
  });

  it('takes the crisis country from the practice, and works inside it', async () => {
    const practice = await fixture(html`<stall-practice country="ie"><stall-progress></stall-progress></stall-practice>`);
    const el = practice.querySelector('stall-progress') as StallProgress;
    await settled(el);
    radio(el, 'safety', 'often').click();
    await el.updateComplete;
    expect(squash(crisisPanel(el)!.textContent)).to.contain('Pieta');
    await expect(el).to.be.accessible();
  });

  it('works inside an article written into the page', async () => {
    const article = inlineArticle(`---
title: Checking in after sessions
summary: How to keep track of your sessions.
lang: en
reviewed: 2026-11-29
sources:
  - id: lambert-2018
    citation: "Lambert, M. J., Whipple, J. L., & Kleinstäuber, M. (2018). Psychotherapy, 55(4), 520-537."
---
Take a minute after each session.[^lambert-2018]

<stall-progress></stall-progress>
`);
    await fixture(html`<div>${article}</div>`);
    await waitUntil(() => article.querySelector('stall-progress'), 'the article showed its check-in', { timeout: 5000 });
    const el = article.querySelector('stall-progress') as StallProgress;
    await settled(el);
    await checkIn(el, [4, 4, 4, 4]);
    expect(tableRows(el)).to.have.length(1);
    expect(buttonNamed(el, 'Save this check-in')).to.not.equal(undefined);
    expect(localStorage.length).to.equal(0);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { StallArticle } from '../src/article/stall-article.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';
import type { StallCrisisFooter } from '../src/crisis-footer/stall-crisis-footer.js';
import type { StallDecision } from '../src/decision/stall-decision.js';
import { settled as articleSettled } from './fixtures/article-helpers.js';
import { settled as checklistSettled, tick } from './fixtures/checklist-helpers.js';
import { crisisPanel, settled as decisionSettled, walk } from './fixtures/decision-helpers.js';
import { choose, riskItemText, crisisView, expectCrisisHelp, forgetChoice, reportTimeZone, squash } from './fixtures/country-helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const chooserOf = (scope: ParentNode) => scope.querySelector('[part="country-chooser"]')!;
const statusOf = (scope: ParentNode) => squash(chooserOf(scope).querySelector('[role="status"]')!.textContent);
const focusedIn = (el: Element) => shadow(el).activeElement;

async function footer(markup = html`<stall-crisis-footer></stall-crisis-footer>`): Promise<StallCrisisFooter> {
  const host = await fixture(markup);
  const el = (host.localName === 'stall-crisis-footer' ? host : host.querySelector('stall-crisis-footer')) as StallCrisisFooter;
  await el.updateComplete;
  return el;
}

/** Records every way a page could store or send something while `run` executes. */
async function traffic(run: () => Promise<unknown>) {
  const sent: string[] = [];
  const { fetch } = window;
  const { sendBeacon } = navigator;
  const { open } = XMLHttpRequest.prototype;
  window.fetch = (input: RequestInfo | URL) => (sent.push(`fetch ${String(input)}`), Promise.reject(new Error('no requests here')));
  navigator.sendBeacon = (url: string | URL) => (sent.push(`beacon ${String(url)}`), false);
  XMLHttpRequest.prototype.open = function (_method: string, url: string | URL) {
    sent.push(`xhr ${String(url)}`);
  } as typeof open;
  const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, url: location.href, history: history.length };
  const resources = performance.getEntriesByType('resource').length;
  try {
    await run();
  } finally {
    Object.assign(window, { fetch });
    navigator.sendBeacon = sendBeacon;
    XMLHttpRequest.prototype.open = open;
  }
  const after = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, url: location.href, history: history.length };
  return { sent, stored: before, now: after, newResources: performance.getEntriesByType('resource').slice(resources).map((entry) => entry.name) };
}

describe('country chooser', () => {
  let restoreZone: () => void;
  beforeEach(() => {
    restoreZone = reportTimeZone('Etc/UTC');
  });
  afterEach(() => {
    restoreZone();
    forgetChoice();
  });

  it('lists every bundled country by its name in the page language, then "Somewhere else"', async () => {
    const en = await footer(html`<stall-crisis-footer country="GB"></stall-crisis-footer>`);
    const names = (el: Element) => [...chooserOf(shadow(el)).querySelectorAll('option')].map((option) => squash(option.textContent));
    expect(names(en)).to.deep.equal(['Argentina', 'Australia', 'Canada', 'Ireland', 'Mexico', 'New Zealand', 'Spain', 'United Kingdom', 'United States', 'Somewhere else']);
    expect(crisisView(shadow(en)).chooserLabel).to.equal('Not in the United Kingdom? Choose your country');
    expect(chooserOf(shadow(en)).querySelector('select')!.value).to.equal('GB');
    const es = await footer(html`<stall-crisis-footer country="ES" lang="es"></stall-crisis-footer>`);
    expect(names(es)).to.include('Reino Unido').and.include('España').and.include('Estados Unidos');
    expect(names(es).at(-1)).to.equal('Otro país');
    expect(crisisView(shadow(es)).chooserLabel).to.equal('¿No estás en España? Elige tu país');
    await expect(es).to.be.accessible();
  });

  it('changes every crisis view on the page at once: footers, checklist and decision panels, article line', async () => {
    const host = await fixture(html`<div>
      <stall-practice country="GB">
        <stall-crisis-footer id="gb"></stall-crisis-footer>
        <stall-checklist></stall-checklist>
        <stall-decision></stall-decision>
        <stall-article article="what-is-a-stall"></stall-article>
      </stall-practice>
      <stall-crisis-footer id="elsewhere" lang="es"></stall-crisis-footer>
    </div>`);
    const gb = host.querySelector<StallCrisisFooter>('#gb')!;
    const elsewhere = host.querySelector<StallCrisisFooter>('#elsewhere')!;
    const checklist = host.querySelector<StallChecklist>('stall-checklist')!;
    const decision = host.querySelector<StallDecision>('stall-decision')!;
    const article = host.querySelector<StallArticle>('stall-article')!;
    await Promise.all([checklistSettled(checklist), decisionSettled(decision), articleSettled(article)]);
    await tick(checklist, await riskItemText('en'));
    await walk(decision, [['check-in', 'thoughts-of-harm']]);
    const panels = () => [shadow(checklist).querySelector('[part="crisis-panel"]')!, crisisPanel(decision)!];
    for (const panel of panels()) expectCrisisHelp(panel, 'GB', 'en', 'before');
    expectCrisisHelp(shadow(elsewhere), 'unknown', 'es', 'before');

    const { sent, stored, now, newResources } = await traffic(async () => {
      const button = await choose(shadow(gb), 'ES');
      await gb.updateComplete;
      // Focus stays where the visitor pressed; nothing else moves it.
      expect(focusedIn(gb)).to.equal(button);
      await waitUntil(() => statusOf(shadow(gb)) !== '', 'the choice is announced');
    });
    for (const el of [gb, checklist, decision, article, elsewhere]) await el.updateComplete;
    expect(statusOf(shadow(gb))).to.equal('Now showing crisis lines for Spain.');
    expectCrisisHelp(shadow(gb), 'ES', 'en', 'footer');
    for (const panel of panels()) expectCrisisHelp(panel, 'ES', 'en', 'panel');
    expectCrisisHelp(shadow(elsewhere), 'ES', 'es', 'other footer');
    expect(squash(shadow(article).querySelector('[part="crisis-line"]')!.textContent)).to.contain('call 112');
    // Only the chooser that was used speaks.
    for (const scope of [shadow(elsewhere), ...panels()]) expect(statusOf(scope)).to.equal('');
    // Nothing stored, nothing sent, nothing in the address.
    expect(now).to.deep.equal(stored);
    expect(sent).to.deep.equal([]);
    expect(newResources).to.deep.equal([]);
    await expect(gb).to.be.accessible();
    await expect(checklist).to.be.accessible();
  });

  it('works by keyboard: arrowing through the options changes nothing until the button is pressed', async () => {
    const el = await footer(html`<stall-crisis-footer country="GB"></stall-crisis-footer>`);
    const select = chooserOf(shadow(el)).querySelector('select')!;
    const button = chooserOf(shadow(el)).querySelector('button')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.equal('US');
    expect(focusedIn(el)).to.equal(select);
    expectCrisisHelp(shadow(el), 'GB', 'en', 'after the arrow');
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(el)).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expectCrisisHelp(shadow(el), 'US', 'en', 'after Enter');
    expect(focusedIn(el)).to.equal(button);
    await waitUntil(() => statusOf(shadow(el)) === 'Now showing crisis lines for United States.');
    // Back to the start with Shift+Tab, arrows and Space.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedIn(el)).to.equal(select);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expectCrisisHelp(shadow(el), 'GB', 'en', 'after Space');
    expect(focusedIn(el)).to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the button when a choice replaces the chooser-first view with lines', async () => {
    const el = await footer();
    expectCrisisHelp(shadow(el), 'unknown', 'en');
    const button = await choose(shadow(el), 'NZ');
    await el.updateComplete;
    expectCrisisHelp(shadow(el), 'NZ', 'en');
    expect(chooserOf(shadow(el)).querySelector('button')).to.equal(button);
    expect(focusedIn(el)).to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('"Somewhere else" gives the general advice with the chooser first and the practice\'s directory link', async () => {
    const el = await footer(html`<stall-practice country="GB" crisis-directory-url="https://directory.example/lines"><stall-crisis-footer></stall-crisis-footer></stall-practice>`);
    expect(shadow(el).querySelector('[part="unknown-country"]'), 'no general advice beside lines').to.equal(null);
    await choose(shadow(el), 'ZZ');
    await el.updateComplete;
    expectCrisisHelp(shadow(el), 'unknown', 'en');
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part="unknown-country"] a')!;
    expect(link.href).to.equal('https://directory.example/lines');
    expect(squash(link.textContent)).to.equal('Find crisis lines in other countries');
    await waitUntil(() => statusOf(shadow(el)) === 'Now showing advice for any country.');
    await expect(el).to.be.accessible();
  });

  it('never links a directory that is not https', async () => {
    const el = await footer(html`<stall-practice crisis-directory-url="javascript:alert(1)"><stall-crisis-footer country="ZZ"></stall-crisis-footer></stall-practice>`);
    expect(shadow(el).querySelector('[part="unknown-country"] a')).to.equal(null);
  });

  it('does not scroll sideways at 320 px', async () => {
    const host = await fixture(html`<div style="width: 320px"><stall-crisis-footer lang="es" country="GB"></stall-crisis-footer></div>`);
    const el = host.querySelector<StallCrisisFooter>('stall-crisis-footer')!;
    await el.updateComplete;
    const chooser = chooserOf(shadow(el)) as HTMLElement;
    expect(chooser.scrollWidth).to.be.at.most(chooser.clientWidth);
    for (const control of chooser.querySelectorAll('select, button')) expect(control.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right + 0.5);
  });

  it('gives its list and button a 44 px target, like every other button', async () => {
    const el = await footer();
    for (const control of chooserOf(shadow(el)).querySelectorAll('select, button')) {
      expect(control.getBoundingClientRect().height, control.localName).to.be.at.least(44);
    }
  });
});

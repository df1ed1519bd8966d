// Components removed and re-added, moved to another practice, and moved into another document (an
// iframe's, a new one) and back: they keep the visitor's answers, render, follow their new
// surroundings, throw nothing, and answer each click once (no listener added twice).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';
import type { StallDecision } from '../src/decision/stall-decision.js';
import { box, recordChanges, root, squash, statusText, tick } from './fixtures/checklist-helpers.js';
import { pageErrorsDuring } from './fixtures/page-reports.js';

const hasDecision = !!customElements.get('stall-decision');

async function page() {
  const host = await fixture(html`<div>
    <stall-practice country="GB" id="gb">
      <stall-checklist></stall-checklist>
      ${hasDecision ? html`<stall-decision></stall-decision>` : ''}
      <stall-crisis-footer></stall-crisis-footer>
    </stall-practice>
    <stall-practice country="US" id="us"></stall-practice>
  </div>`);
  const checklist = host.querySelector('stall-checklist') as StallChecklist;
  const decision = host.querySelector('stall-decision') as StallDecision | null;
  const footer = host.querySelector('stall-crisis-footer')!;
  await waitUntil(() => root(checklist).querySelector('[part="item"]') && (!decision || root(decision).querySelector('[part="step"]')), 'the page did not render');
  return { host, checklist, decision, footer };
}

const checkedAnswers = (el: Element) => [...root(el).querySelectorAll<HTMLInputElement>('[part="step"] input')].filter((i) => i.checked).map((i) => i.value);
const stepHeading = (el: Element) => squash(root(el).querySelector('[part="step"] legend')?.textContent);

/** Moves `el` to `place` and back to where it was, letting it render in between. */
async function roundTrip(el: HTMLElement & { updateComplete: Promise<boolean> }, place: (el: Element) => void, whileAway?: (el: Element) => void) {
  const parent = el.parentElement!;
  const next = el.nextSibling;
  place(el);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  whileAway?.(el);
  parent.insertBefore(el, next);
  await el.updateComplete;
}

/** After a move: the answers are kept, a tick answers once, the crisis lines follow the practice. */
async function expectChecklistBehaves(checklist: StallChecklist, crisisLine: string) {
  expect(box(checklist, 'go round in circles').checked).to.equal(true);
  expect(statusText(checklist)).to.match(/^Boxes ticked: 1 of \d+\./);
  const changes = recordChanges(document);
  await tick(checklist, 'I rarely try out ideas');
  expect(changes.map((change) => change.detail.ticked)).to.deep.equal([['going-in-circles', 'little-practice']]);
  await tick(checklist, "life isn't worth living");
  expect(squash(root(checklist).querySelector('[part="crisis-panel"]')!.textContent)).to.contain(crisisLine);
  await tick(checklist, "life isn't worth living", 'I rarely try out ideas');
  expect(changes).to.have.length(4);
  // Styles still apply: the host is a block, as its own stylesheet says.
  expect(getComputedStyle(checklist).display).to.equal('block');
}

describe('components moved, removed and re-added', () => {
  it('keep their answers and answer each click once after being removed and re-added three times', async () => {
    const errors = await pageErrorsDuring(async () => {
      const { checklist, decision, footer } = await page();
      await tick(checklist, 'go round in circles');
      if (decision) {
        root(decision).querySelector<HTMLInputElement>('[part="step"] input[value="okay"]')!.click();
        await decision.updateComplete;
      }
      for (let round = 0; round < 3; round++) {
        for (const el of [checklist, decision, footer].filter(Boolean) as (HTMLElement & { updateComplete: Promise<boolean> })[]) {
          await roundTrip(el, (node) => node.remove());
        }
      }
      await expectChecklistBehaves(checklist, 'Samaritans');
      if (decision) {
        expect(checkedAnswers(decision)).to.deep.equal(['okay']);
        const steps: Event[] = [];
        document.addEventListener('stall-step', (event) => steps.push(event));
        root(decision).querySelector<HTMLButtonElement>('[part="nav"] button.primary')!.click();
        await decision.updateComplete;
        expect(steps).to.have.length(1);
        expect(stepHeading(decision)).not.to.contain('how are you doing right now');
      }
      expect(squash(footer.shadowRoot!.textContent)).to.contain('Samaritans');
    });
    expect(errors).to.deep.equal([]);
  });

  it('follow the practice they are moved into', async () => {
    const { host, checklist, footer } = await page();
    await tick(checklist, 'go round in circles');
    const us = host.querySelector('#us')!;
    us.append(checklist, footer);
    await checklist.updateComplete;
    await (footer as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(squash(footer.shadowRoot!.textContent)).to.contain('988').and.not.contain('Samaritans');
    await expectChecklistBehaves(checklist, '988');
  });

  for (const [where, place] of [
    [
      "an iframe's document",
      (el: Element) => {
        const frame = document.createElement('iframe');
        document.body.append(frame);
        frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
      },
    ],
    ['a new document', (el: Element) => document.implementation.createHTMLDocument('elsewhere').body.append(el)],
    ['a document fragment', (el: Element) => document.createDocumentFragment().append(el)],
  ] as const) {
    if (customElements.get('stall-article')) {
      it(`an article comes back from ${where} with its text, and the checklist in it working`, async () => {
        const errors = await pageErrorsDuring(async () => {
          const host = await fixture(html`<div><stall-practice country="GB"><stall-article article="why-progress-stalls"></stall-article></stall-practice></div>`);
          const article = host.querySelector('stall-article') as HTMLElement & { updateComplete: Promise<boolean> };
          await waitUntil(() => article.querySelector('stall-checklist')?.shadowRoot?.querySelector('[part="item"]'), 'the article did not render');
          const inner = article.querySelector('stall-checklist') as StallChecklist;
          await tick(inner, 'go round in circles');
          await roundTrip(article, place, (el) => {
            const view = el.ownerDocument.defaultView;
            if (view && el.isConnected) expect(view.getComputedStyle(el).display, 'while away').to.equal('block');
          });
          expect(getComputedStyle(article).display).to.equal('block');
          expect(squash(root(article).querySelector('[part="title"]')!.textContent)).to.not.equal('');
          expect(article.querySelectorAll('.stall-article-text h2').length).to.be.greaterThan(2);
          expect(article.querySelector('stall-checklist')).to.equal(inner);
          await expectChecklistBehaves(inner, 'Samaritans');
        });
        expect(errors).to.deep.equal([]);
      });
    }

    it(`come back from ${where} working, with their answers`, async () => {
      const errors = await pageErrorsDuring(async () => {
        const { checklist, footer } = await page();
        await tick(checklist, 'go round in circles');
        // Styled where it went, if that document has a window to show it in.
        await roundTrip(checklist, place, (el) => {
          const view = el.ownerDocument.defaultView;
          if (view && el.isConnected) expect(view.getComputedStyle(el).display, 'while away').to.equal('block');
        });
        await roundTrip(footer as HTMLElement & { updateComplete: Promise<boolean> }, place);
        await expectChecklistBehaves(checklist, 'Samaritans');
        expect(squash(footer.shadowRoot!.textContent)).to.contain('Samaritans');
        // Still following the page's language.
        checklist.closest('div')!.setAttribute('lang', 'es');
        await waitUntil(() => root(checklist).querySelector('[part="status"]') && /^Casillas marcadas/.test(statusText(checklist)), 'the checklist did not follow the page language');
      });
      expect(errors).to.deep.equal([]);
    });
  }
});

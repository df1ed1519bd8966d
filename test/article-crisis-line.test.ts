import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import { crisisLinesFor } from '../src/crisis-footer/crisis-data.js';
import { article, frame, partText, squash } from './fixtures/article-helpers.js';
import { choose, forgetChoice, reportTimeZone } from './fixtures/country-helpers.js';

const ARTICLES = ['what-is-a-stall', 'why-progress-stalls', 'getting-unstuck', 'is-therapy-working', 'switching-therapists'];
const crisisLine = (el: Element) => frame(el).querySelector('[part="crisis-line"]')!;

describe('<stall-article> crisis line', () => {
  let restoreZone: () => void;
  beforeEach(() => {
    restoreZone = reportTimeZone('Etc/UTC');
  });
  afterEach(() => {
    restoreZone();
    forgetChoice();
  });

  for (const id of ARTICLES) {
    for (const lang of ['en', 'es']) {
      it(`${id} (${lang}) names the emergency number near its top, before the contents and the text`, async () => {
        const el = await article(html`<stall-practice country="GB"><stall-article article=${id} lang=${lang}></stall-article></stall-practice>`);
        const line = crisisLine(el);
        expect(squash(line.textContent)).to.contain(lang === 'en' ? 'If you are in danger now, call 999.' : 'Si estás en peligro ahora, llama al 999.');
        expect(line.querySelector('a[href="tel:999"]')).to.not.equal(null);
        expect(line.querySelector('a[href="tel:116123"]')!.getAttribute('aria-label')).to.contain('Samaritans');
        const header = frame(el).querySelector('[part="header"]')!;
        expect(header.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the header').to.be.greaterThan(0);
        const toc = frame(el).querySelector('[part="toc"]');
        if (toc) expect(line.compareDocumentPosition(toc) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the contents').to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('gives the general advice and the chooser when the country is not known, never US numbers', async () => {
    const el = await article(html`<stall-article article="what-is-a-stall"></stall-article>`);
    const text = partText(el, 'crisis-line');
    expect(text).to.contain('If you are in danger now, call your local emergency number.');
    expect(text).to.contain('Choose your country to see its crisis lines');
    expect(text).not.to.contain('911').and.not.to.contain('988');
    await expect(el).to.be.accessible();
  });

  it('follows the region of the page language and its own country attribute', async () => {
    const mx = await article(html`<div lang="es-MX"><stall-article article="what-is-a-stall"></stall-article></div>`);
    expect(partText(mx, 'crisis-line')).to.contain('Si estás en peligro ahora, llama al 911.');
    const au = await article(html`<stall-practice country="GB"><stall-article article="what-is-a-stall" country="aus"></stall-article></stall-practice>`);
    expect(partText(au, 'crisis-line')).to.contain('call 000');
  });

  it('follows the time zone guess, then the chooser, keeping focus on the button', async () => {
    restoreZone();
    restoreZone = reportTimeZone('Pacific/Auckland');
    const el = await article(html`<stall-article article="what-is-a-stall"></stall-article>`);
    expect(partText(el, 'crisis-line')).to.contain('call 111');
    const button = await choose(crisisLine(el), 'IE');
    await el.updateComplete;
    expect(frame(el).activeElement).to.equal(button);
    const ireland = crisisLinesFor('IE', 'en')!.emergency?.number;
    expect(partText(el, 'crisis-line')).to.contain(ireland ? `call ${ireland}.` : 'call your local emergency number.').and.not.to.contain('call 111');
    expect(squash(crisisLine(el).querySelector('label')!.textContent)).to.contain('Not in Ireland?');
  });

  it('does not scroll sideways at 320 px, in Spanish with the chooser', async () => {
    const el = await article(html`<div style="width: 320px"><stall-article article="what-is-a-stall" lang="es" country="GB"></stall-article></div>`);
    const line = crisisLine(el) as HTMLElement;
    expect(line.scrollWidth).to.be.at.most(line.clientWidth);
    const right = el.getBoundingClientRect().right + 0.5;
    for (const control of line.querySelectorAll('select, button, a')) expect(control.getBoundingClientRect().right).to.be.at.most(right);
  });
});

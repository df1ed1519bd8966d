import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import { backgroundBehind, contrast, hex, toRgba } from './fixtures/contrast.js';
import { checkIn, progress, root } from './fixtures/progress-helpers.js';
import type { StallProgress } from '../src/progress/stall-progress.js';

const LINE_CONTRAST = 3;

/** A check-in with three check-ins and a line for each question shown. */
async function withLines(markup = html`<stall-progress></stall-progress>`): Promise<StallProgress> {
  const el = await progress(markup);
  await checkIn(el, [3, 6, 5, 7]);
  await checkIn(el, [4, 7, 5, 6]);
  await checkIn(el, [5, 6, 4, 7]);
  root(el).querySelector<HTMLInputElement>('.show-each input')!.click();
  await el.updateComplete;
  return el;
}

const lines = (el: Element) => [...root(el).querySelectorAll<SVGPolylineElement>('[part="chart"] polyline')];

describe('<stall-progress> chart', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    fixtureCleanup();
    localStorage.clear();
  });

  for (const dark of [false, true]) {
    it(`draws every line at ${LINE_CONTRAST}:1 against the page, ${dark ? 'dark' : 'light'}, and stays accessible`, async () => {
      await emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      const el = await withLines(
        html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText; padding: 1rem"><stall-progress></stall-progress></div>`,
      );
      const behind = backgroundBehind(el.parentElement);
      expect(contrast(behind, [0, 0, 0, 1]) < contrast(behind, [255, 255, 255, 1]), `page ${hex(behind)}`).to.equal(dark);
      const found = lines(el).map((line) => {
        const stroke = toRgba(getComputedStyle(line).stroke);
        return `${line.parentElement!.getAttribute('class')} ${hex(stroke)} ${contrast(stroke, behind).toFixed(2)}`;
      });
      expect(found).to.have.length(5);
      for (const entry of found) expect(Number(entry.split(' ').at(-1)), entry).to.be.at.least(LINE_CONTRAST);
      const text = toRgba(getComputedStyle(root(el).querySelector('.tick')!).fill);
      expect(contrast(text, behind)).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });
  }

  it('tells the lines apart by dash pattern too, and draws them in the text colour under forced colours', async () => {
    const el = await withLines();
    const dashes = lines(el).map((line) => getComputedStyle(line).strokeDasharray);
    expect(new Set(dashes).size, `each line its own pattern: ${dashes.join(' | ')}`).to.equal(5);
    // This Chromium cannot emulate forced colours, so the component's own forced-colours rules
    // are applied as they would be: taken out of their media query, last.
    const shadow = el.shadowRoot!;
    const forced = shadow.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(forced.join('\n'));
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    const canvasText = getComputedStyle(shadow.querySelector('[part="summary"]')!).color;
    expect([...new Set(lines(el).map((line) => getComputedStyle(line).stroke))]).to.deep.equal([canvasText]);
    expect([...new Set([...shadow.querySelectorAll('[part="chart"] circle')].map((dot) => getComputedStyle(dot).fill))]).to.deep.equal([canvasText]);
  });
});

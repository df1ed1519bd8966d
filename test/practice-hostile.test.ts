// <stall-practice> with hostile values beyond those in practice.test.ts: through its JSON (keys
// every object inherits, values that are not text), links that only look safe, and values that
// turn hostile after the page has loaded. Each is rendered as text or left out with a warning
// naming it, and the crisis footer keeps showing its lines.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { StallPractice } from '../src/practice/stall-practice.js';
import { squash } from './fixtures/checklist-helpers.js';
import { reportsDuring } from './fixtures/page-reports.js';

async function practiceWithJson(json: string): Promise<StallPractice> {
  const practice = await fixture<StallPractice>(html`<stall-practice country="GB">
    <script type="application/json">${json}</script>
    <stall-crisis-footer></stall-crisis-footer>
  </stall-practice>`);
  await practice.querySelector('stall-crisis-footer')!.updateComplete;
  return practice;
}

const footerOf = (practice: Element) => practice.querySelector('stall-crisis-footer')!;
const footerText = (practice: Element) => squash(footerOf(practice).shadowRoot!.textContent);
const practiceSection = (practice: Element) => footerOf(practice).shadowRoot!.querySelector('[part="practice"]');

describe('<stall-practice> with hostile values', () => {
  it('ignores JSON keys that every object inherits, with a warning, and keeps working', async () => {
    let practice!: StallPractice;
    const { warnings, errors } = await reportsDuring(async () => {
      practice = await practiceWithJson('{"constructor": "x", "__proto__": {"name": "Polluted"}, "toString": "x", "hasOwnProperty": "x", "phone": "020 7946 0000"}');
    });
    expect(errors).to.deep.equal([]);
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(warnings.join('\n')).to.contain(`unknown field "${key}"`);
    expect(practice.config).to.deep.equal({ phone: '020 7946 0000', country: 'GB' });
    expect(({} as { name?: string }).name).to.equal(undefined);
    expect(footerText(practice)).to.contain('Samaritans').and.contain('020 7946 0000');
  });

  it('ignores JSON values that are not text, naming each', async () => {
    let practice!: StallPractice;
    const { warnings, errors } = await reportsDuring(async () => {
      practice = await practiceWithJson('{"name": ["<b>Harbour</b>"], "phone": 2079460000, "email": {"a": 1}, "hours": true, "booking-url": null}');
    });
    expect(errors).to.deep.equal([]);
    for (const field of ['name', 'phone', 'email', 'hours']) expect(warnings.join('\n')).to.contain(`ignored "${field}"`);
    expect(practice.config).to.deep.equal({ country: 'GB' });
    expect(footerText(practice)).to.contain('Samaritans');
  });

  it('shows markup in JSON values as text', async () => {
    const practice = await practiceWithJson('{"name": "<img src=x onerror=\\"window.__stallPwned=1\\">Harbour", "address": "<script>window.__stallPwned=2</script>1 Quay St", "phone": "020 7946 0000"}');
    const section = practiceSection(practice)!;
    expect(section.querySelector('img, script')).to.equal(null);
    expect(squash(section.textContent)).to.contain('<img src=x onerror="window.__stallPwned=1">Harbour').and.contain('<script>window.__stallPwned=2</script>1 Quay St');
    expect((window as { __stallPwned?: unknown }).__stallPwned).to.equal(undefined);
  });

  it('drops booking links that are not https, however they are disguised', async () => {
    for (const url of [' javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/book', 'http://insecure.example/book', 'vbscript:msgbox(1)']) {
      const { warnings } = await reportsDuring(async () => {
        const practice = await fixture<StallPractice>(html`<stall-practice phone="020 7946 0000" booking-url=${url}><stall-crisis-footer></stall-crisis-footer></stall-practice>`);
        await footerOf(practice).updateComplete;
        expect(practice.config.bookingUrl, url).to.equal(undefined);
        const hrefs = [...practiceSection(practice)!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(hrefs, url).to.deep.equal(['tel:02079460000']);
      });
      expect(warnings.join('\n'), url).to.contain('ignored "booking-url": expected an https:// address');
    }
  });

  it('keeps an https booking link with markup in it as a link and text, never as markup', async () => {
    const url = 'https://harbour.example/book?"><img src=x onerror=alert(1)>';
    const practice = await fixture<StallPractice>(html`<stall-practice booking-url=${url}><stall-crisis-footer></stall-crisis-footer></stall-practice>`);
    await footerOf(practice).updateComplete;
    const link = practiceSection(practice)!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(url);
    expect(link.textContent).to.equal('harbour.example/book?"><img src=x onerror=alert(1)>');
    expect(practiceSection(practice)!.querySelector('img')).to.equal(null);
  });

  it('drops values that turn hostile after the page loaded, and never shows the old or the new one', async () => {
    const practice = await fixture<StallPractice>(html`<stall-practice name="Harbour Therapy" phone="020 7946 0000" booking-url="https://harbour.example/book"><stall-crisis-footer></stall-crisis-footer></stall-practice>`);
    await footerOf(practice).updateComplete;
    const { warnings, errors } = await reportsDuring(async () => {
      practice.setAttribute('phone', '1'.repeat(10_000));
      practice.setAttribute('booking-url', 'javascript:alert(1)');
      practice.setAttribute('name', 'N'.repeat(10_000));
      await practice.updateComplete;
      await footerOf(practice).updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(warnings.join('\n')).to.contain('"phone"').and.contain('"booking-url"').and.contain('"name"');
    expect(practice.config).to.deep.equal({});
    expect(practiceSection(practice)).to.equal(null);
    // The crisis help stays: the emergency advice, and the chooser (no country is set).
    expect(footerText(practice)).to.contain('If you are in immediate danger, call');
    expect(footerOf(practice).shadowRoot!.querySelector('[part="country-chooser"] select')).to.not.equal(null);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { crisisCountries } from '../src/crisis-footer/crisis-data.js';
import type { StallCrisisFooter } from '../src/crisis-footer/stall-crisis-footer.js';
import { expectCrisisHelp, forgetChoice, reportTimeZone } from './fixtures/country-helpers.js';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const links = (el: Element) => [...root(el).querySelectorAll('a')];
const linkTo = (el: Element, href: string) => links(el).find((a) => a.getAttribute('href') === href);

async function footer(markup: ReturnType<typeof html>): Promise<StallCrisisFooter> {
  const host = await fixture(markup);
  const el = (host.localName === 'stall-crisis-footer' ? host : host.querySelector('stall-crisis-footer')) as StallCrisisFooter;
  await el.updateComplete;
  return el;
}

describe('<stall-crisis-footer>', () => {
  afterEach(forgetChoice);

  it('asks the visitor to choose, with the general advice, when nothing tells the country: never US lines by default', async () => {
    const restore = reportTimeZone('Etc/UTC');
    try {
      const el = await footer(html`<stall-crisis-footer></stall-crisis-footer>`);
      expectCrisisHelp(root(el), 'unknown', 'en');
      expect(text(el)).not.to.contain('988');
      // Nothing is said about "these services" when none are listed.
      expect(text(el)).not.to.contain('Most of these services');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('shows the US lines with 911 first for a US visitor', async () => {
    const el = await footer(html`<stall-crisis-footer country="US"></stall-crisis-footer>`);
    const emergency = root(el).querySelector('[part="emergency"]')!;
    const firstLine = root(el).querySelector('[part="line"]')!;
    expect(emergency.textContent).to.contain('911');
    // The emergency number comes before every crisis line in reading order.
    expect(emergency.compareDocumentPosition(firstLine) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(text(el)).to.contain('988 Suicide & Crisis Lifeline');
    expect(linkTo(el, 'tel:988')!.getAttribute('aria-label')).to.equal('Call 988 Suicide & Crisis Lifeline at 988');
    await expect(el).to.be.accessible();
  });

  for (const country of crisisCountries) {
    it(`shows every line of ${country} with visible numbers and named links`, async () => {
      const el = await footer(html`<stall-crisis-footer country=${country}></stall-crisis-footer>`);
      const lines = [...root(el).querySelectorAll('[part="line"]')];
      expect(lines.length).to.be.greaterThan(0);
      for (const line of lines) {
        const name = line.querySelector('.name')!.textContent!.trim();
        for (const link of line.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')) {
          // The number is visible as text and the accessible name says which service it reaches.
          expect(link.textContent!.trim()).to.match(/\d/);
          expect(link.getAttribute('aria-label')).to.contain(name).and.contain(link.textContent!.trim());
        }
      }
      expect(root(el).querySelector('[part="verified"]')!.textContent).to.match(/2026/);
      await expect(el).to.be.accessible();
    });
  }

  it('shows Samaritans and the practice phone, marked not for emergencies, inside a GB practice', async () => {
    const el = await footer(html`<stall-practice country="GB" phone="020 7946 0000"><stall-crisis-footer></stall-crisis-footer></stall-practice>`);
    expect(root(el).querySelector('[part="country-chooser"] label')!.textContent).to.contain('Not in the United Kingdom? Choose your country');
    expect(root(el).querySelector('[part="emergency"]')!.textContent).to.contain('999');
    expect(linkTo(el, 'tel:116123')!.textContent).to.equal('116 123');
    expect(text(el)).to.contain('Most of these services are free, and all are confidential.');
    const practice = root(el).querySelector('[part="practice"]')!;
    expect(practice.textContent).to.contain('Not for emergencies');
    expect(practice.querySelector('a[href="tel:02079460000"]')!.textContent).to.equal('020 7946 0000');
    await expect(el).to.be.accessible();
  });

  it('dials a practice phone written with a trunk (0) after the country code, or with an extension, showing it as written', async () => {
    for (const [phone, href] of [
      ['+44 (0)20 7946 0000', 'tel:+442079460000'],
      ['+44 (0) 20 7946 0000', 'tel:+442079460000'],
      ['020 7946 0000 ext. 2', 'tel:02079460000;ext=2'],
      ['+1 613-555-0100 x 12', 'tel:+16135550100;ext=12'],
      ['(02) 9000 0000', 'tel:0290000000'],
    ]) {
      const el = await footer(html`<stall-practice country="GB" phone=${phone}><stall-crisis-footer></stall-crisis-footer></stall-practice>`);
      const link = root(el).querySelector('[part="practice"] a[href^="tel:"]')!;
      expect(link.getAttribute('href'), phone).to.equal(href);
      expect(link.textContent, phone).to.equal(phone);
    }
  });

  it('shows the Spanish options of 988 with lang="es"', async () => {
    const el = await footer(html`<stall-crisis-footer lang="es" country="US"></stall-crisis-footer>`);
    expect(text(el)).to.contain('Si necesitas ayuda ahora');
    expect(text(el)).to.contain('988 Línea de Prevención del Suicidio y Crisis');
    expect(text(el)).to.contain('Envía AYUDA al 988');
    expect(text(el)).to.contain('marca 988 y después el 2');
    expect(linkTo(el, 'sms:988?body=AYUDA')).to.exist;
    // Crisis Text Line in Spanish is AYUDA, never the English keyword.
    expect(linkTo(el, 'sms:741741?body=AYUDA')).to.exist;
    expect(text(el)).not.to.contain('HOME');
    await expect(el).to.be.accessible();
  });

  it('takes the country from the region of the nearest lang (es-MX → Mexico)', async () => {
    const el = await footer(html`<div lang="es-MX"><stall-crisis-footer></stall-crisis-footer></div>`);
    expect(text(el)).to.contain('Línea de la Vida');
    expect(linkTo(el, 'tel:8009112000')).to.exist;
  });

  it('prefers its own country to the practice country', async () => {
    const el = await footer(html`<stall-practice country="GB"><stall-crisis-footer country="AU"></stall-crisis-footer></stall-practice>`);
    expect(text(el)).to.contain('Lifeline');
    expect(root(el).querySelector('[part="emergency"]')!.textContent).to.contain('000');
  });

  it('gives general advice for a country it does not cover, never a blank', async () => {
    const el = await footer(html`<stall-crisis-footer country="ZZ"></stall-crisis-footer>`);
    expect(root(el).querySelector('[part="emergency"]')!.textContent).to.contain('local emergency number');
    expect(root(el).querySelector('[part="unknown-country"]')!.textContent).to.contain('If your country is not in the list');
    await expect(el).to.be.accessible();
  });

  it('gives general advice for a recognised country without bundled lines (DE), not another country\'s', async () => {
    const el = await footer(html`<stall-crisis-footer country="de"></stall-crisis-footer>`);
    expectCrisisHelp(root(el), 'no-lines', 'en');
    expect(root(el).querySelector('[part="unknown-country"]')!.textContent).to.contain('We do not list crisis lines for this country');
    await expect(el).to.be.accessible();
  });

  it('gives the general advice in Spanish too', async () => {
    const el = await footer(html`<stall-crisis-footer country="ZZ" lang="es"></stall-crisis-footer>`);
    expect(root(el).querySelector('[part="unknown-country"]')!.textContent).to.contain('Si tu país no está en la lista');
    const de = await footer(html`<stall-crisis-footer country="DE" lang="es"></stall-crisis-footer>`);
    expect(root(de).querySelector('[part="unknown-country"]')!.textContent).to.contain('Aún no tenemos líneas de crisis');
  });

  it('shows no practice section outside a practice', async () => {
    const el = await footer(html`<stall-crisis-footer country="GB"></stall-crisis-footer>`);
    expect(root(el).querySelector('[part="practice"]')).to.equal(null);
  });

  it('follows live changes of the practice details and of the page language', async () => {
    const host = await fixture(html`<div><stall-practice country="GB" name="Harbour Therapy"><stall-crisis-footer></stall-crisis-footer></stall-practice></div>`);
    const practice = host.querySelector('stall-practice')!;
    const el = host.querySelector('stall-crisis-footer')!;
    await el.updateComplete;
    practice.setAttribute('country', 'NZ');
    practice.setAttribute('phone', '09 123 4567');
    await practice.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('[part="emergency"]')!.textContent).to.contain('111');
    expect(root(el).querySelector('[part="practice"] h3')!.textContent).to.equal('Contact Harbour Therapy');
    host.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.contain('Contacto de Harbour Therapy');
  });
});

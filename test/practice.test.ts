import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { StallPractice } from '../src/practice/stall-practice.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Collects console warnings while `run` executes. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('<stall-practice>', () => {
  it('provides its details to the components inside', async () => {
    const practice = await fixture<StallPractice>(html`<stall-practice name="Harbour Therapy" phone="+44 20 7946 0000" email="hello@harbour.example" booking-url="https://harbour.example/book" address="1 Quay St" hours="Mon-Fri 9-5" country="gb">
      <p>Page text stays visible.</p>
      <stall-crisis-footer></stall-crisis-footer>
    </stall-practice>`);
    expect(practice.config).to.deep.equal({
      name: 'Harbour Therapy',
      phone: '+44 20 7946 0000',
      email: 'hello@harbour.example',
      bookingUrl: 'https://harbour.example/book',
      address: '1 Quay St',
      hours: 'Mon-Fri 9-5',
      country: 'GB',
    });
    expect(Object.isFrozen(practice.config)).to.equal(true);
    expect(practice.querySelector('p')!.offsetHeight).to.be.greaterThan(0);
    const footer = practice.querySelector('stall-crisis-footer')!;
    await footer.updateComplete;
    const section = footer.shadowRoot!.querySelector('[part="practice"]')!;
    expect(section.querySelector('a[href="mailto:hello@harbour.example"]')).to.exist;
    expect(section.querySelector('a[href="https://harbour.example/book"]')).to.exist;
    expect(section.textContent).to.contain('1 Quay St').and.contain('Mon-Fri 9-5');
    await expect(footer).to.be.accessible();
  });

  it('reads its details from a child JSON script, attributes winning', async () => {
    const practice = await fixture<StallPractice>(html`<stall-practice phone="01 234 5678">
      <script type="application/json">
        { "name": "Clínica Norte", "booking-url": "https://norte.example/citas", "phone": "999 999 999", "lang": "es", "country": "ES" }
      </script>
      <stall-crisis-footer></stall-crisis-footer>
    </stall-practice>`);
    expect(practice.config).to.include({ name: 'Clínica Norte', bookingUrl: 'https://norte.example/citas', phone: '01 234 5678', country: 'ES', lang: 'es' });
    const footer = practice.querySelector('stall-crisis-footer')!;
    await footer.updateComplete;
    // The JSON language counts as the practice's language for the components inside.
    expect(shadowText(footer)).to.contain('Si necesitas ayuda ahora').and.contain('112');
  });

  it('ignores invalid fields with a warning naming each, and keeps the rest', async () => {
    let practice!: StallPractice;
    const warnings = await warningsDuring(async () => {
      practice = await fixture<StallPractice>(html`<stall-practice name="Ok Practice" phone="call-me-maybe" booking-url="http://insecure.example" email="not an email" country="Britain">
        <stall-crisis-footer></stall-crisis-footer>
      </stall-practice>`);
    });
    expect(warnings.join('\n')).to.contain('"phone"').and.contain('"booking-url"').and.contain('"email"').and.contain('country "Britain" is not recognised');
    // A country that is not recognised is kept as "unknown" (CLDR's ZZ), never guessed past.
    expect(practice.config).to.deep.equal({ name: 'Ok Practice', country: 'ZZ' });
    const footer = practice.querySelector('stall-crisis-footer')!;
    await footer.updateComplete;
    expect(shadowText(footer)).to.contain('Choose your country to see its crisis lines').and.not.contain('988');
  });

  it('accepts a country however it is written, and treats country="" as not set', async () => {
    for (const [written, code] of [['gb', 'GB'], [' GB ', 'GB'], ['GBR', 'GB'], ['UK', 'GB'], ['uk', 'GB'], ['esp', 'ES'], ['EL', 'GR'], ['', undefined]] as const) {
      let practice!: StallPractice;
      const warnings = await warningsDuring(async () => {
        practice = await fixture<StallPractice>(html`<stall-practice country=${written}></stall-practice>`);
      });
      expect(warnings, written).to.deep.equal([]);
      expect(practice.config.country, written).to.equal(code);
    }
  });

  it('takes a crisis directory link, https only', async () => {
    const good = await fixture<StallPractice>(html`<stall-practice crisis-directory-url="https://directory.example/"></stall-practice>`);
    expect(good.config.crisisDirectoryUrl).to.equal('https://directory.example/');
    let bad!: StallPractice;
    const warnings = await warningsDuring(async () => {
      bad = await fixture<StallPractice>(html`<stall-practice crisis-directory-url="http://directory.example/"></stall-practice>`);
    });
    expect(warnings.join('\n')).to.contain('"crisis-directory-url"');
    expect(bad.config).to.deep.equal({});
  });

  it('accepts phone numbers as practices write them: an area code in brackets, a leading +, a trunk (0), an extension', async () => {
    for (const phone of ['(02) 9000 0000', '+61 (2) 9000 0000', '613-555-0100', '+44 (0)20 7946 0000', '020 7946 0000 ext. 2', '020 7946 0000 x2']) {
      let practice!: StallPractice;
      const warnings = await warningsDuring(async () => {
        practice = await fixture<StallPractice>(html`<stall-practice phone=${phone}></stall-practice>`);
      });
      expect(warnings, phone).to.deep.equal([]);
      expect(practice.config.phone).to.equal(phone);
    }
  });

  it('renders hostile values as text and drops a javascript: link', async () => {
    const warnings = await warningsDuring(async () => {
      const practice = await fixture<StallPractice>(html`<stall-practice name="<img src=x onerror=alert(1)>" hours="<b>9-5</b>" booking-url="javascript:alert(1)" phone=${'1'.repeat(10000)}>
        <stall-crisis-footer></stall-crisis-footer>
      </stall-practice>`);
      const footer = practice.querySelector('stall-crisis-footer')!;
      await footer.updateComplete;
      const section = footer.shadowRoot!.querySelector('[part="practice"]')!;
      expect(section.querySelector('img, b')).to.equal(null);
      expect(section.textContent).to.contain('<b>9-5</b>');
      expect(section.querySelector('a[href^="javascript:"]')).to.equal(null);
    });
    expect(warnings.join('\n')).to.contain('"booking-url"').and.contain('"phone"');
  });

  it('warns about broken JSON and keeps working', async () => {
    const warnings = await warningsDuring(async () => {
      const practice = await fixture<StallPractice>(html`<stall-practice country="CA"><script type="application/json">{ name: oops</script><stall-crisis-footer></stall-crisis-footer></stall-practice>`);
      const footer = practice.querySelector('stall-crisis-footer')!;
      await footer.updateComplete;
      expect(shadowText(footer)).to.contain('9-8-8 Suicide Crisis Helpline');
    });
    expect(warnings.join('\n')).to.contain('JSON settings');
  });

  it('replaces its frozen details on change and keeps them when nothing changed', async () => {
    const practice = await fixture<StallPractice>(html`<stall-practice name="A"></stall-practice>`);
    const first = practice.config;
    practice.requestUpdate();
    await practice.updateComplete;
    expect(practice.config).to.equal(first);
    practice.name = 'B';
    await practice.updateComplete;
    expect(practice.config).not.to.equal(first);
    expect(practice.config.name).to.equal('B');
  });
});

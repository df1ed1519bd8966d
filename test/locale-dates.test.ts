import { expect } from '@open-wc/testing';
import { formatDate } from '../src/shared/locale.js';

const browserDate = (iso: string, lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('formatDate', () => {
  it('writes every month of the built-in languages as the browser does', () => {
    for (const lang of ['en', 'es']) {
      for (let month = 1; month <= 12; month++) {
        for (const day of ['01', '09', '28']) {
          const iso = `2026-${String(month).padStart(2, '0')}-${day}`;
          expect(formatDate(iso, lang), `${iso} in ${lang}`).to.equal(browserDate(iso, lang));
        }
      }
    }
    expect(formatDate('2024-02-29', 'en')).to.equal('February 29, 2024');
    expect(formatDate('2025-12-31', 'es')).to.equal('31 de diciembre de 2025');
  });

  it('leaves other languages and regional variants to the browser', () => {
    expect(formatDate('2026-03-05', 'en-GB')).to.equal(browserDate('2026-03-05', 'en-GB'));
    expect(formatDate('2026-03-05', 'fr')).to.equal(browserDate('2026-03-05', 'fr'));
  });

  it('writes a date that rolls over the way the browser does', () => {
    expect(formatDate('2026-02-30', 'en')).to.equal(browserDate('2026-02-30', 'en'));
  });
});

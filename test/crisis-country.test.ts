import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/define.js';
import type { StallCrisisFooter } from '../src/crisis-footer/stall-crisis-footer.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';
import type { StallDecision } from '../src/decision/stall-decision.js';
import { settled as checklistSettled, tick } from './fixtures/checklist-helpers.js';
import { crisisPanel, settled as decisionSettled, walk } from './fixtures/decision-helpers.js';
import { riskItemText, consoleDuring, crisisView, expectCrisisHelp, forgetChoice, reportTimeZone, type Expected } from './fixtures/country-helpers.js';

interface Case {
  country?: string;
  practice?: string;
  lang?: string;
  zone?: string;
  expected: Expected;
  /** Whether the setting is worth a console warning. */
  warns?: boolean;
}

const spellings: Case[] = [
  ...['gb', 'GB', ' gb ', 'GBR', 'UK', 'uk', 'gbr'].map((country) => ({ country, expected: 'GB' as const })),
  { country: 'ESP', expected: 'ES' },
  { country: 'AUS', expected: 'AU' },
  { country: 'NZL', expected: 'NZ' },
  { country: 'MEX', expected: 'MX' },
  { country: 'ARG', expected: 'AR' },
  { country: 'IRL', expected: 'IE' },
  { country: 'CAN', expected: 'CA' },
  { country: 'USA', expected: 'US' },
  { country: 'us', expected: 'US' },
  { country: '', expected: 'unknown' },
  { country: '   ', expected: 'unknown' },
  { country: 'ZZ', expected: 'unknown', warns: true },
  { country: 'DE', expected: 'no-lines' },
  { country: 'DEU', expected: 'no-lines' },
  { country: 'Germany', expected: 'unknown', warns: true },
  { country: 'England', expected: 'unknown', warns: true },
];

const languages: Case[] = [
  { lang: 'es', expected: 'unknown' },
  { lang: 'de', expected: 'unknown' },
  { lang: 'fr', expected: 'unknown' },
  { lang: 'en', expected: 'unknown' },
  { lang: 'es-419', expected: 'unknown' },
  { lang: 'en-GB', expected: 'GB' },
  { lang: 'en-UK', expected: 'GB' },
  { lang: 'es-MX', expected: 'MX' },
  { lang: 'es-AR', expected: 'AR' },
  { lang: 'es-ES', expected: 'ES' },
  { lang: 'en-US', expected: 'US' },
  { lang: 'de-DE', expected: 'no-lines' },
];

const zones: Case[] = [
  ...['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Pacific/Honolulu', 'America/Indiana/Indianapolis'].map((zone) => ({ zone, expected: 'US' as const })),
  ...['America/Toronto', 'America/Vancouver', 'America/Halifax', 'America/St_Johns'].map((zone) => ({ zone, expected: 'CA' as const })),
  { zone: 'Europe/London', expected: 'GB' },
  { zone: 'Europe/Dublin', expected: 'IE' },
  ...['Australia/Sydney', 'Australia/Perth'].map((zone) => ({ zone, expected: 'AU' as const })),
  { zone: 'Pacific/Auckland', expected: 'NZ' },
  ...['Europe/Madrid', 'Atlantic/Canary', 'Africa/Ceuta'].map((zone) => ({ zone, expected: 'ES' as const })),
  ...['America/Mexico_City', 'America/Tijuana', 'America/Cancun'].map((zone) => ({ zone, expected: 'MX' as const })),
  ...['America/Argentina/Buenos_Aires', 'America/Buenos_Aires', 'America/Argentina/Cordoba'].map((zone) => ({ zone, expected: 'AR' as const })),
  ...['Europe/Berlin', 'Asia/Tokyo', 'Etc/UTC', 'America/Puerto_Rico'].map((zone) => ({ zone, expected: 'unknown' as const })),
];

const combined: Case[] = [
  { lang: 'es', zone: 'Europe/Madrid', expected: 'ES' },
  { lang: 'es', zone: 'America/Mexico_City', expected: 'MX' },
  { lang: 'es', zone: 'America/New_York', expected: 'US' },
  { lang: 'de', zone: 'Europe/Berlin', expected: 'unknown' },
  { lang: 'fr', zone: 'Europe/London', expected: 'GB' },
  { lang: 'en-GB', zone: 'America/New_York', expected: 'GB' },
  { country: 'GBR', zone: 'America/New_York', expected: 'GB' },
  { country: 'ESP', lang: 'en-US', zone: 'America/Chicago', expected: 'ES' },
  { country: '', lang: 'es-MX', zone: 'Europe/Madrid', expected: 'MX' },
  { country: 'Deutschland', zone: 'America/New_York', expected: 'unknown', warns: true },
  { practice: 'ESP', zone: 'America/New_York', expected: 'ES' },
  { practice: 'uk', lang: 'es-MX', expected: 'GB' },
  { practice: 'NZL', country: 'AUS', expected: 'AU' },
  { practice: 'Britain', zone: 'Europe/London', expected: 'unknown', warns: true },
  { practice: '', lang: 'en-IE', expected: 'IE' },
];

function describeCase(c: Case): string {
  const parts = [
    c.country !== undefined && `country="${c.country}"`,
    c.practice !== undefined && `practice country="${c.practice}"`,
    c.lang && `lang="${c.lang}"`,
    `time zone ${c.zone ?? 'Etc/UTC'}`,
  ];
  return `${parts.filter(Boolean).join(', ')} → ${c.expected}`;
}

// `nothing` leaves the attribute out: `country=""` is a case of its own.
async function footerFor(c: Case): Promise<StallCrisisFooter> {
  const footer = html`<stall-crisis-footer country=${c.country ?? nothing}></stall-crisis-footer>`;
  const inner = c.practice === undefined ? footer : html`<stall-practice country=${c.practice}>${footer}</stall-practice>`;
  const host = await fixture(html`<div lang=${c.lang ?? nothing}>${inner}</div>`);
  const el = host.querySelector('stall-crisis-footer') as StallCrisisFooter;
  await el.updateComplete;
  return el;
}


describe('<stall-crisis-footer> country resolution', () => {
  let restoreZone: () => void;
  afterEach(() => {
    restoreZone?.();
    forgetChoice();
  });

  for (const [group, cases] of [
    ['spelling', spellings],
    ['page language', languages],
    ['time zone', zones],
    ['combined', combined],
  ] as const) {
    describe(`by ${group}`, () => {
      for (const c of cases) {
        it(describeCase(c), async () => {
          restoreZone = reportTimeZone(c.zone ?? 'Etc/UTC');
          let el!: StallCrisisFooter;
          const { warnings } = await consoleDuring(async () => {
            el = await footerFor(c);
          });
          const lang = c.lang?.startsWith('es') ? 'es' : 'en';
          expectCrisisHelp(el.shadowRoot!, c.expected, lang, describeCase(c));
          const written = (c.country?.trim() ? c.country : c.practice) ?? '';
          if (c.warns) {
            // Once, naming what was written and what is accepted.
            expect(warnings.filter((w) => w.includes(`"${written.trim()}"`)), warnings.join('\n')).to.have.length(1);
            expect(warnings.join('\n')).to.contain('GBR').and.contain('UK');
          } else {
            expect(warnings, 'no warning').to.deep.equal([]);
          }
        });
      }
    });
  }

  it('says once that a page language has no wording, and speaks English', async () => {
    restoreZone = reportTimeZone('Europe/London');
    const { infos } = await consoleDuring(async () => {
      const first = await footerFor({ lang: 'nl', expected: 'GB' });
      const second = await footerFor({ lang: 'nl-BE', expected: 'GB' });
      expect(crisisView(first.shadowRoot!).text).to.contain('If you need help now');
      expect(crisisView(second.shadowRoot!).text).to.contain('If you need help now');
    });
    expect(infos.filter((info) => info.includes('"nl"'))).to.have.length(1);
    expect(infos.join('\n')).to.contain('English');
  });

  it('is accessible with the chooser first, in English and in Spanish', async () => {
    restoreZone = reportTimeZone('Etc/UTC');
    for (const lang of ['en', 'es']) {
      const el = await footerFor({ lang, expected: 'unknown' });
      await expect(el).to.be.accessible();
    }
  });

  it('re-resolves on a lang change anywhere above it, and when moved under another lang', async () => {
    restoreZone = reportTimeZone('Etc/UTC');
    const host = await fixture(html`<div>
      <section lang="en-GB" id="gb"><div><stall-crisis-footer></stall-crisis-footer></div></section>
      <section lang="es-MX" id="mx"></section>
    </div>`);
    const el = host.querySelector('stall-crisis-footer') as StallCrisisFooter;
    await el.updateComplete;
    expectCrisisHelp(el.shadowRoot!, 'GB', 'en', 'start');
    host.querySelector('#gb')!.setAttribute('lang', 'en-AU');
    await nextFrame();
    await el.updateComplete;
    expectCrisisHelp(el.shadowRoot!, 'AU', 'en', 'after the lang change');
    host.querySelector('#mx')!.append(el);
    await el.updateComplete;
    expectCrisisHelp(el.shadowRoot!, 'MX', 'es', 'after the move');
    host.querySelector('#mx')!.removeAttribute('lang');
    await nextFrame();
    await el.updateComplete;
    expectCrisisHelp(el.shadowRoot!, 'unknown', 'en', 'after the lang is removed');
  });

  for (const [zone, expected] of [
    ['Etc/UTC', 'unknown'],
    ['Europe/Madrid', 'ES'],
  ] as const) {
    it(`resolves the checklist and decision crisis panels the same way (lang="es", time zone ${zone} → ${expected})`, async () => {
      restoreZone = reportTimeZone(zone);
      const host = await fixture(html`<div lang="es"><stall-checklist></stall-checklist><stall-decision></stall-decision></div>`);
      const checklist = host.querySelector<StallChecklist>('stall-checklist')!;
      const decision = host.querySelector<StallDecision>('stall-decision')!;
      await Promise.all([checklistSettled(checklist), decisionSettled(decision)]);
      await tick(checklist, await riskItemText('es'));
      await walk(decision, [['check-in', 'thoughts-of-harm']]);
      expectCrisisHelp(checklist.shadowRoot!.querySelector('[part="crisis-panel"]')!, expected, 'es', 'checklist');
      expectCrisisHelp(crisisPanel(decision)!, expected, 'es', 'decision');
      await expect(checklist).to.be.accessible();
      await expect(decision).to.be.accessible();
    });
  }
});

// Issue 17: text in one language on a page in another carries its own `lang` (WCAG 3.1.2). Every
// bundled article and every country's crisis footer (with the chooser) on a French page (English
// shows) and a Spanish page, and a practice's own files in the other language: English on a
// Spanish page, Spanish on an English one. See fixtures/text-language.ts for how a text's
// language is known.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import { BUNDLED_ARTICLES } from '../src/article/article-content.js';
import { crisisCountries } from '../src/crisis-footer/crisis-data.js';
import { choose, forgetChoice } from './fixtures/country-helpers.js';
import { bundledTextLanguages, languageMismatches, TextLanguages } from './fixtures/text-language.js';

type Component = HTMLElement & { updateComplete: Promise<boolean> };

let index: TextLanguages;
const pageLang = document.documentElement.lang;
const root = (el: Element) => el.shadowRoot!;

/** Every component in `page` (nested ones too), once none is loading. */
async function settle(page: Element): Promise<void> {
  const components = () => [...page.querySelectorAll<Component>('*')].filter((el) => el.localName.startsWith('stall-'));
  await waitUntil(
    () => components().every((el) => el.shadowRoot && !root(el).querySelector('[part="loading"]')),
    'still loading',
    { timeout: 8000 },
  );
  for (let round = 0; round < 2; round++) await Promise.all(components().map((el) => el.updateComplete));
  // Components inside an article's text appear only once it has rendered.
  await waitUntil(() => components().every((el) => el.shadowRoot?.childNodes.length), 'a component has not rendered', { timeout: 8000 });
  await Promise.all(components().map((el) => el.updateComplete));
}

async function page(markup: TemplateResult): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<div data-page>${markup}</div>`);
  await settle(el);
  return el;
}

/** Fails, naming every text, when any text is read in a language other than its own. */
function expectRightLanguage(scope: Element, state: string): void {
  const { checked, mismatches } = languageMismatches(scope, index);
  expect(checked, `${state}: no text of a known language`).to.be.above(0);
  expect(mismatches, `${state}:\n  ${mismatches.join('\n  ')}`).to.deep.equal([]);
}

/** The practice's own files of test/fixtures, added to what the index knows. */
async function withOwnFiles(known: TextLanguages): Promise<void> {
  const files = ['articles/own-article.en', 'articles/own-article.es', 'checklists/own-checklist.en', 'checklists/own-checklist.es', 'decisions/own-decision.en'];
  for (const file of files) {
    const name = file.split('/')[1];
    known.addFile(`${file}.md`, await (await fetch(`/test/fixtures/${name}.markdown`)).text());
  }
}

describe('the language check itself', () => {
  before(async () => {
    index ??= await bundledTextLanguages();
  });

  it('finds English text under lang="fr" and Spanish text under lang="en", and passes each under its own', async () => {
    const el = await fixture(html`<div>
      <p lang="fr">Remember my answers on this device</p>
      <p lang="en">Recordar mis respuestas en este dispositivo</p>
      <p lang="en-GB">Remember my answers on this device</p>
    </div>`);
    const { mismatches } = languageMismatches(el, index);
    expect(mismatches).to.have.length(2);
    expect(mismatches[0]).to.contain('is en under lang="fr"');
    expect(mismatches[1]).to.contain('is es under lang="en"');
  });
});

/** A practice's own details, written in the page's language. */
const PRACTICE_WORDS: Record<string, { address: string; hours: string }> = {
  fr: { address: '12 rue du Port, Nantes', hours: 'Du lundi au vendredi, de 9 h à 17 h' },
  es: { address: 'Calle del Puerto 12, Valencia', hours: 'De lunes a viernes, de 9 a 17 h' },
};

for (const lang of ['fr', 'es']) {
  describe(`<html lang="${lang}">: articles and crisis footers in the language their lang says`, () => {
    const words = PRACTICE_WORDS[lang];
    before(async () => {
      index ??= await bundledTextLanguages();
      index.addText(lang, words.address);
      index.addText(lang, words.hours);
      document.documentElement.lang = lang;
    });
    after(() => {
      document.documentElement.lang = pageLang;
      forgetChoice();
    });

    for (const id of BUNDLED_ARTICLES) {
      it(`<stall-article article="${id}">, with the components inside it`, async () => {
        const el = await page(html`<stall-practice country="GB" article-author="Dr Ana Ruiz"><stall-article article=${id}></stall-article></stall-practice>`);
        expectRightLanguage(el, id);
      });
    }

    it('<stall-article> that cannot be shown: unknown id, and a file that is not there', async () => {
      const el = await page(html`<stall-article article="no-such-article"></stall-article><stall-article src="/no-such-article.en.md"></stall-article>`);
      expectRightLanguage(el, 'article errors');
    });

    it('<stall-crisis-footer> for every bundled country, an unknown one and one without lines, and after choosing with the chooser', async () => {
      for (const country of [...crisisCountries, 'ZZ', 'DE']) {
        const el = await page(html`<stall-practice name="Harbour Therapy" phone="+44 20 7946 0000" address=${words.address} hours=${words.hours}>
          <stall-crisis-footer country=${country}></stall-crisis-footer>
        </stall-practice>`);
        expectRightLanguage(el, `footer, ${country}`);
      }
      const el = await page(html`<stall-crisis-footer country="ZZ"></stall-crisis-footer>`);
      const footer = el.querySelector<Component>('stall-crisis-footer')!;
      await choose(root(footer), 'MX');
      await settle(el);
      expectRightLanguage(el, 'footer after choosing Mexico');
      forgetChoice();
    });
  });
}

/** Ticks two boxes of each checklist and walks each decision to an outcome (first answers), then opens every summary. */
async function ticksAndOutcome(page: Element): Promise<void> {
  for (const checklist of page.querySelectorAll<Component>('stall-checklist')) {
    for (const box of [...root(checklist).querySelectorAll<HTMLInputElement>('input[part="checkbox"]')].slice(0, 2)) box.click();
    await checklist.updateComplete;
  }
  for (const decision of page.querySelectorAll<Component>('stall-decision')) {
    for (let step = 0; step < 20 && !root(decision).querySelector('#outcome-heading'); step++) {
      root(decision).querySelector<HTMLInputElement>('[part="step"] input')?.click();
      await decision.updateComplete;
      root(decision).querySelector<HTMLButtonElement>('[part="nav"] button.primary')!.click();
      await decision.updateComplete;
    }
    expect(root(decision).querySelector('#outcome-heading'), 'the decision reached no outcome').to.exist;
  }
  await settle(page);
  for (const component of page.querySelectorAll<Component>('stall-checklist, stall-decision')) {
    root(component).querySelector<HTMLButtonElement>('#summary-open')?.click();
    await component.updateComplete;
  }
  await settle(page);
}

describe("a practice's own file in the other language", () => {
  before(async () => {
    index ??= await bundledTextLanguages();
    await withOwnFiles(index);
  });
  after(() => {
    document.documentElement.lang = pageLang;
  });

  it('English files on a Spanish page', async () => {
    document.documentElement.lang = 'es';
    const el = await page(html`<stall-practice country="ES">
      <stall-article src="/test/fixtures/own-article.en.markdown"></stall-article>
      <stall-checklist src="/test/fixtures/own-checklist.en.markdown"></stall-checklist>
      <stall-decision src="/test/fixtures/own-decision.en.markdown"></stall-decision>
    </stall-practice>`);
    expectRightLanguage(el, 'English files, lang="es"');
    await ticksAndOutcome(el);
    expectRightLanguage(el, 'English files, lang="es", answered, summaries open');
  });

  it('Spanish files on an English page', async () => {
    document.documentElement.lang = 'en';
    const el = await page(html`<stall-practice country="US">
      <stall-article src="/test/fixtures/own-article.es.markdown"></stall-article>
      <stall-checklist src="/test/fixtures/own-checklist.es.markdown"></stall-checklist>
    </stall-practice>`);
    expectRightLanguage(el, 'Spanish files, lang="en"');
    await ticksAndOutcome(el);
    expectRightLanguage(el, 'Spanish files, lang="en", answered, summary open');
  });
});

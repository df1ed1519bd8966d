// Issue 17: text in one language on a page in another carries its own `lang`, so a screen reader
// speaks it with the right voice (WCAG 3.1.2). Every state of the checklist, the decision helper
// and the check-in, on a French page (no French wording: English shows) and on a Spanish page.
// The language of each text is known from the content file it came from (fixtures/text-language.ts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import { allPaths } from '../src/decision/decision-flow.js';
import { DEVELOPMENT_HOSTS } from '../src/shared/load-error-report.js';
import { switchTherapist } from './fixtures/decision-helpers.js';
import { QUESTIONS } from './fixtures/progress-helpers.js';
import { bundledTextLanguages, languageMismatches, type TextLanguages } from './fixtures/text-language.js';

type Component = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };

let index: TextLanguages;
const pageLang = document.documentElement.lang;
const root = (el: Element) => el.shadowRoot!;

/** Waits until `el` is neither loading nor about to update. */
async function settle(el: Component): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot && !root(el).querySelector('[part="loading"]'), 'still loading', { timeout: 8000 });
  await el.updateComplete;
  await el.updateComplete;
}

async function mounted(markup: TemplateResult, tag: string): Promise<Component> {
  const host = await fixture(markup);
  const el = (host.localName === tag ? host : host.querySelector(tag)) as Component;
  await settle(el);
  return el;
}

/** Clicks what `selector` finds in `el`'s shadow root, as a visitor would, and waits. */
async function click(el: Component, selector: string): Promise<void> {
  const target = root(el).querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await settle(el);
}

/** Fails, naming every text, when any text is read in a language other than its own. */
function expectRightLanguage(el: Element, state: string): void {
  const { checked, mismatches } = languageMismatches(el.closest('[data-page]') ?? el, index);
  expect(checked, `${state}: no text of a known language`).to.be.above(0);
  expect(mismatches, `${state}:\n  ${mismatches.join('\n  ')}`).to.deep.equal([]);
}

/** One path per outcome of the bundled decision, the values step given two values. */
const outcomePaths = (() => {
  const byOutcome = new Map<string, readonly (readonly [string, string | readonly string[]])[]>();
  for (const { answers, outcome } of allPaths(switchTherapist)) {
    if (!byOutcome.has(outcome)) byOutcome.set(outcome, answers.map(([step, given]) => [step, step === 'values' ? ['feeling-heard', 'low-cost'] : given] as const));
  }
  return byOutcome;
})();

/** A practice's own words, written in the page's language. */
const PRACTICE_INTERESTS: Record<string, string> = {
  fr: 'Nous sommes payés à la séance : nous gagnons quand vous restez avec nous.',
  es: 'Cobramos por sesión: ganamos cuando sigues con nosotros.',
};

for (const lang of ['fr', 'es']) {
  describe(`<html lang="${lang}">: every text in the language its lang says`, () => {
    before(async () => {
      index ??= await bundledTextLanguages();
      index.addText(lang, PRACTICE_INTERESTS[lang]);
      document.documentElement.lang = lang;
    });
    after(() => {
      document.documentElement.lang = pageLang;
      localStorage.clear();
    });

    it('<stall-checklist>: questions, ticked, the risk item, the summary, remember and forget, remembered', async () => {
      const el = await mounted(html`<div data-page><stall-checklist country="GB"></stall-checklist></div>`, 'stall-checklist');
      expectRightLanguage(el, 'nothing ticked');
      for (const id of ['going-in-circles', 'steering-away', 'feel-distant']) await click(el, `input[value="${id}"]`);
      expectRightLanguage(el, 'three ticked');
      await click(el, 'input[value="risk-thoughts"]');
      expect(root(el).querySelector('[part="crisis-panel"]')).to.exist;
      expectRightLanguage(el, 'risk item ticked');
      await click(el, '#summary-open');
      expectRightLanguage(el, 'summary open');
      await click(el, '[part="storage"] input[type="checkbox"]');
      expectRightLanguage(el, 'remember ticked');
      await click(el, '[part="storage"] button');
      expectRightLanguage(el, 'answers forgotten');
      localStorage.setItem('stall-elements:checklist:stalling-signs', JSON.stringify(['going-in-circles', 'little-practice']));
      const remembered = await mounted(html`<div data-page><stall-checklist country="GB"></stall-checklist></div>`, 'stall-checklist');
      expectRightLanguage(remembered, 'answers remembered');
      localStorage.clear();
    });

    it('<stall-decision>: the risk answer, every step on the way to every outcome, each outcome and its summary', async () => {
      const risk = await mounted(
        html`<div data-page><stall-practice name="Harbour Therapy" competing-interests=${PRACTICE_INTERESTS[lang]}><stall-decision country="GB"></stall-decision></stall-practice></div>`,
        'stall-decision',
      );
      expectRightLanguage(risk, 'first step, with the practice\'s interests');
      await click(risk, 'input[value="thoughts-of-harm"]');
      expectRightLanguage(risk, 'risk answer');
      for (const [outcome, answers] of outcomePaths) {
        const el = await mounted(html`<div data-page><stall-decision country="US"></stall-decision></div>`, 'stall-decision');
        for (const [step, given] of answers) {
          for (const id of [given].flat()) await click(el, `[part="step"] input[value="${id}"]`);
          expectRightLanguage(el, `step ${step} on the way to ${outcome}`);
          await click(el, '[part="nav"] button.primary');
        }
        expect(root(el).querySelector('#outcome-heading'), outcome).to.exist;
        root(el).querySelectorAll('details').forEach((details) => (details.open = true));
        expectRightLanguage(el, `outcome ${outcome}`);
        await click(el, '#summary-open');
        expectRightLanguage(el, `summary of ${outcome}`);
      }
    });

    it('<stall-progress>: questions, check-ins with signals, the risk answer, keeping and forgetting', async () => {
      const el = await mounted(html`<div data-page><stall-progress country="GB"></stall-progress></div>`, 'stall-progress');
      expectRightLanguage(el, 'no check-ins');
      for (const values of [[7, 8, 7, 7], [6, 6, 5, 6], [5, 5, 4, 5], [4, 5, 4, 4]]) {
        QUESTIONS.forEach((id, i) => root(el).querySelector<HTMLInputElement>(`input[name="${id}"][value="${values[i]}"]`)!.click());
        await click(el, '#save');
      }
      expect(root(el).querySelector('[part="signals"]')).to.exist;
      expectRightLanguage(el, 'four check-ins going down');
      await click(el, 'input[name="safety"][value="sometimes"]');
      expectRightLanguage(el, 'risk answer');
      await click(el, '#save');
      expectRightLanguage(el, 'saved without an answer');
      await click(el, '[part="storage"] input[type="checkbox"]');
      expectRightLanguage(el, 'kept on this device');
      const kept = await mounted(html`<div data-page><stall-progress country="GB"></stall-progress></div>`, 'stall-progress');
      await waitUntil(() => root(kept).querySelector('[part="table"]'), 'no kept check-ins');
      expectRightLanguage(kept, 'check-ins kept');
      localStorage.clear();
    });

    it('an invalid file, in the author view and the visitor view', async () => {
      const page = await fixture(html`<div data-page>
        <stall-checklist src="/test/fixtures/broken-checklist.en.markdown"></stall-checklist>
        <stall-decision src="/test/fixtures/broken-decision.en.markdown"></stall-decision>
        <stall-progress progress="no-such-check-in"></stall-progress>
        <stall-article src="/test/fixtures/broken-article.en.markdown"></stall-article>
      </div>`);
      const failing = [...page.children] as Component[];
      for (const el of failing) await waitUntil(() => root(el).querySelector('[part="error"]'), `no error in ${el.localName}`, { timeout: 8000 });
      expectRightLanguage(page, 'errors, author view');
      DEVELOPMENT_HOSTS.delete(location.hostname);
      try {
        for (const el of failing) el.requestUpdate();
        await Promise.all(failing.map((el) => el.updateComplete));
        expectRightLanguage(page, 'errors, visitor view');
      } finally {
        DEVELOPMENT_HOSTS.add(location.hostname);
      }
    });
  });
}

// Issue 12: an article's markdown could override the page's practice and crisis country (the
// sanitiser kept <stall-practice>), and <stall-decision src="http://…"> inside an article lost its
// src and silently showed the bundled decision. Markdown from outside the bundle can never change
// who the visitor is told to call, and a refused src is refused in words.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { root, squash } from './fixtures/checklist-helpers.js';
import { describeEachSanitiser } from './fixtures/sanitiser-helpers.js';
import { withFetch } from './fixtures/with-fetch.js';

const FRONT = `---
title: Our notes
summary: A short note.
lang: en
reviewed: 2026-10-05
sources:
  - id: notes
    citation: "Notes (2026)."
---

Some words.[^notes]
`;

/** An article loaded from `src` whose body is `markdown`, on a page whose practice is in GB. */
async function articleWith(markdown: string) {
  const body = `${FRONT}\n${markdown}\n`;
  let page!: HTMLElement;
  await withFetch(
    async () => new Response(body, { status: 200, headers: { 'content-type': 'text/markdown' } }),
    async () => {
      page = await fixture(html`<div><stall-practice country="GB" phone="0117 496 0000"><stall-article src="/notes.en.md"></stall-article></stall-practice></div>`);
      const article = page.querySelector('stall-article')!;
      await waitUntil(() => article.querySelector('.stall-article-text p'), 'the article never showed', { timeout: 8000 });
    },
  );
  return page.querySelector('stall-article')!;
}

describe('<stall-article> with components in its markdown', () => {
  describeEachSanitiser(() => {
    it('drops a <stall-practice> and country or contact attributes: the page says which lines and whom to call', async () => {
      const article = await articleWith(
        '<stall-practice country="ZZ" phone="0900 123 456" name="Call us"><stall-crisis-footer country="US"></stall-crisis-footer></stall-practice>',
      );
      const text = article.querySelector('.stall-article-text')!;
      expect(text.querySelector('stall-practice')).to.equal(null);
      const footer = text.querySelector('stall-crisis-footer')!;
      expect(footer.getAttributeNames()).to.deep.equal([]);
      await waitUntil(() => squash(footer.shadowRoot?.textContent).includes('Samaritans'), 'the footer does not show the page’s GB lines');
      expect(squash(footer.shadowRoot!.textContent)).not.to.contain('0900 123 456');
      expect(squash(footer.shadowRoot!.textContent)).to.contain('0117 496 0000');
    });

    it('refuses <stall-decision src="http://…"> in words, instead of showing the bundled decision', async () => {
      const article = await articleWith('<stall-decision src="http://elsewhere.example/decision.en.md"></stall-decision>');
      const decision = article.querySelector('.stall-article-text stall-decision')!;
      await waitUntil(() => root(decision).querySelector('[part="error"]'), 'no refusal shown', { timeout: 8000 });
      expect(root(decision).querySelector('[part="step"]')).to.equal(null);
      expect(squash(root(decision).querySelector('[part="error"]')!.textContent)).to.contain('is on another website');
    });
  });
});

// Its own file, so its own page: the test runner loads each test file in a fresh page, and nothing
// here may import the run-time loader before the bundled articles are checked.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { article, inlineArticle, partText, withFetch } from './fixtures/article-helpers.js';

/** The run-time loader's modules (the lazy chunk in a build: marked, zod, the sanitiser; DOMPurify only without the browser's). */
const LOADER = /\/src\/loader\/|\/node_modules\/(?:marked|dompurify|zod|yaml)\//;
const requested = () => performance.getEntriesByType('resource').map((entry) => entry.name);
const articleChunks = () => requested().filter((name) => /\/content\/articles\//.test(name)).map((name) => new URL(name).pathname.split('/').pop()!.split('?')[0]);

describe('<stall-article> loads only what a page shows', () => {
  it('shows bundled articles without the run-time loader, and downloads only the article shown', async () => {
    await withFetch(
      () => Promise.reject(new TypeError('a bundled article must not fetch')),
      async (asked) => {
        const el = await article(html`<stall-article article="is-therapy-working"></stall-article>`);
        expect(partText(el, 'title')).to.equal('How to tell if therapy is working');
        expect(articleChunks()).to.deep.equal(['is-therapy-working.en.md']);
        el.lang = 'es';
        await waitUntil(() => partText(el, 'title') === 'Cómo saber si la terapia te está ayudando', 'the Spanish article never came');
        expect(articleChunks()).to.deep.equal(['is-therapy-working.en.md', 'is-therapy-working.es.md']);
        expect(asked).to.deep.equal([]);
      },
    );
    expect(requested().filter((name) => LOADER.test(name))).to.deep.equal([]);
  });

  it('downloads the loader for markdown from outside the bundle (the check above can fail)', async () => {
    const el = inlineArticle('---\ntitle: Inline\nsummary: S\nlang: en\nreviewed: 2026-11-01\nsources:\n  - id: a\n    citation: "A."\n---\n\nText.\n');
    const shown = await article(html`${el}`);
    expect(partText(shown, 'title')).to.equal('Inline');
    expect(requested().some((name) => /\/src\/loader\/article-loader\.ts/.test(name))).to.equal(true);
    expect(requested().some((name) => /\/node_modules\/marked\//.test(name))).to.equal(true);
    // Chromium has its own HTML Sanitizer, so DOMPurify stays where it is (test/sanitiser-choice.test.ts).
    expect(requested().some((name) => /\/node_modules\/dompurify\//.test(name))).to.equal(false);
  });
});

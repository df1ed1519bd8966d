// Markdown that makes parsers slow or deep, in a checklist loaded at run time (served by
// test/fixtures/hostile-server.mjs): each renders, or is refused with a message naming the limit,
// and the page keeps responding meanwhile. The bound is generous on purpose: it catches a parse
// that takes seconds to minutes (as these inputs did before the limits), not a slow machine.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { root, squash } from './fixtures/checklist-helpers.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';

const GENEROUS_MS = 4000;

const cases: { name: string; what: string; renders?: string; refused?: RegExp }[] = [
  { name: 'brackets', what: '19,000 "[" in a row', renders: '[[[[[[' },
  { name: 'brackets-and-bangs', what: '9,000 "![" in a row', renders: '![![![' },
  { name: 'emphasis-runs', what: '480 "*a" in a row', renders: 'a' },
  { name: 'underscores', what: '480 "_a" and a long word', renders: 'bbbbbb' },
  { name: 'long-heading', what: 'a heading with 19,000 spaces', renders: 'a' },
  { name: 'many-paragraphs', what: 'nine paragraphs of 19,000 "["', renders: '[[[[[[' },
  { name: 'nested-quotes', what: '5,000 nested quotes', refused: /^quotes or lists are nested more than 32 levels deep, at the line starting ">>>>/ },
  { name: 'nested-lists', what: '100 nested lists', refused: /^quotes or lists are nested more than 32 levels deep, at the line starting "- level \d+"$/ },
  { name: 'many-emphasis-marks', what: '1,500 "_a " in one paragraph', refused: /^a paragraph has more than 1,000 of the marks \* _ ~, starting "_a _a _a/ },
  { name: 'long-paragraph', what: 'a paragraph of 30,000 characters', refused: /^a paragraph is too long: more than 20,000 characters without a blank line, starting "a a a/ },
  { name: 'too-much-markdown', what: '209,000 characters of markdown', refused: /^the file has too much markdown: more than 200,000 characters in all$/ },
];

/** The longest time the page did not run a timer while `run` executed: how long it was frozen. */
async function longestPauseDuring(run: () => Promise<void>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 20);
  try {
    await run();
  } finally {
    clearInterval(beat);
  }
  return Math.max(longest, performance.now() - last);
}

describe('<stall-checklist src> with markdown that makes parsers slow', () => {
  for (const { name, what, renders, refused } of cases) {
    it(`${renders ? 'renders' : 'refuses with a message'} ${what}, and the page keeps responding`, async function () {
      this.timeout(20_000);
      let el!: StallChecklist;
      const pause = await longestPauseDuring(async () => {
        el = await fixture<StallChecklist>(html`<stall-checklist src=${`/hostile/slow-${name}.en.markdown`}></stall-checklist>`);
        await waitUntil(() => !root(el).querySelector('[part="loading"]'), 'still loading', { timeout: 15_000 });
      });
      if (renders) {
        expect(squash(root(el).querySelector('[part="title"]')?.textContent)).to.equal('Hostile check-in');
        expect(root(el).querySelector('[part="intro"]')!.textContent).to.contain(renders);
      } else {
        const issues = [...root(el).querySelectorAll('[part="issues"] li')].map((li) => squash(li.textContent));
        expect(issues).to.have.length(1);
        expect(issues[0]).to.match(refused!);
      }
      expect(pause, 'longest pause of the page, in ms').to.be.below(GENEROUS_MS);
    });
  }
});

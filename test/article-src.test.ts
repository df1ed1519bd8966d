import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { BUNDLED_ARTICLES } from '../src/article/article-content.js';
import type { StallArticle } from '../src/article/stall-article.js';
import {
  article,
  errorText,
  frame,
  inlineArticle,
  partText,
  recordArticleEvents,
  serving,
  settled,
  sourcesList,
  squash,
  text,
  tocLinks,
  withFetch,
} from './fixtures/article-helpers.js';
import { box, root as checklistRoot, settled as checklistSettled } from './fixtures/checklist-helpers.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';
import type { StallErrorEvent, StallLoadEvent } from '../src/events.js';

// `.markdown`, not `.md`: the test server serves every `.md` as a JS module (the content pipeline),
// while an author's file must arrive as the text it is.
const OWN = '/test/fixtures/own-article.en.markdown';
const OWN_ES = '/test/fixtures/own-article.es.markdown';
const BROKEN = '/test/fixtures/broken-article.en.markdown';
const MISSING = '/test/fixtures/no-such-article.en.markdown';
const absolute = (path: string) => new URL(path, location.href).href;

const INLINE = `
    ---
    title: A note from Harbour Therapy
    summary: Written straight into the page.
    lang: en
    reviewed: 2026-09-01
    sources:
      - id: harbour-notes
        citation: "Harbour Therapy (2026). Notes for clients."
    ---

    We review progress with you.[^harbour-notes]

    ## First {#first}

    One.

    ## Second {#second}

        Indented more: still code, relative to the rest.

    ## Third {#third}

    <stall-crisis-footer country="GB"></stall-crisis-footer>
`;


/** A page with the article and a crisis footer elsewhere on it, as a practice page would have. */
async function onPage(markup: ReturnType<typeof html>) {
  // Listening from before the article connects: an unknown id fails at once.
  const events = { loads: [] as StallLoadEvent[], errors: [] as StallErrorEvent[] };
  const page = await fixture(html`<div @stall-load=${(e: StallLoadEvent) => events.loads.push(e)} @stall-error=${(e: StallErrorEvent) => events.errors.push(e)}>
    ${markup}<stall-crisis-footer country="GB"></stall-crisis-footer>
  </div>`);
  const el = page.querySelector('stall-article') as StallArticle;
  await settled(el);
  await waitUntil(() => events.errors.length + events.loads.length > 0, 'no stall-error or stall-load');
  const footer = page.querySelector('stall-crisis-footer')!;
  return { el, events, footer: () => squash(footer.shadowRoot!.textContent) };
}

/** A fetch that never answers until aborted, as a server that hangs. */
const hanging = (_input: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

describe('<stall-article src> and inline markdown', () => {
  afterEach(() => localStorage.clear());

  it("renders an author's own file: frame, contents, sources, links made safe, components working", async () => {
    const { el, events } = await onPage(html`<stall-article src=${OWN}></stall-article>`);
    expect(partText(el, 'title')).to.equal('Our way of checking in');
    expect(partText(el, 'meta')).to.contain('By Harbour Therapy');
    expect(tocLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(['#check-in', '#stuck', '#help-now']);
    expect([...sourcesList(el).querySelectorAll('li')].map((li) => li.id)).to.deep.equal(['source-harbour-notes', 'source-lambert-2018']);
    const links = [...text(el).querySelectorAll('a:not(sup a)')].map((a) => [a.getAttribute('href'), a.getAttribute('rel')]);
    expect(links).to.deep.equal([
      ['/notes.html', null],
      ['https://example.org/guide', 'noopener noreferrer'],
      ['mailto:hello@harbour.example', 'noopener noreferrer'],
    ]);
    const checklist = text(el).querySelector('stall-checklist') as StallChecklist;
    await checklistSettled(checklist);
    box(checklist, 'steering away').click();
    await checklist.updateComplete;
    expect(squash(checklistRoot(checklist).querySelector('[part="status"]')!.textContent)).to.contain('Boxes ticked: 1');
    expect(events.loads.map((e) => e.detail)).to.deep.equal([{ id: 'own-article', lang: 'en', title: 'Our way of checking in', origin: 'src' }]);
    await expect(el).to.be.accessible();
  });

  it('takes the language from the file name, and the frame speaks it', async () => {
    const el = await article(html`<stall-article src=${OWN_ES}></stall-article>`);
    expect(partText(el, 'title')).to.equal('Nuestra forma de revisar el progreso');
    expect(squash(sourcesList(el).querySelector('h2')!.textContent)).to.equal('Fuentes');
    // One section: no table of contents.
    expect(frame(el).querySelector('[part="toc"]')).to.equal(null);
  });

  it('takes the language from the front matter when the file name has none, whatever the page says', async () => {
    const spanish = await (await fetch(OWN_ES)).text();
    await withFetch(serving(spanish), async () => {
      const el = await article(html`<stall-article lang="en" src="/notes/our-approach.md"></stall-article>`);
      expect(partText(el, 'title')).to.equal('Nuestra forma de revisar el progreso');
      expect(squash(sourcesList(el).querySelector('h2')!.textContent)).to.equal('Fuentes');
    });
  });

  it('renders inline markdown, indented with the page, through the same loader', async () => {
    // The markdown's own country="GB" is removed (issue 12): the page's practice says which lines to show.
    const { el, events } = await onPage(html`<stall-practice country="GB">${inlineArticle(INLINE)}</stall-practice>`);
    expect(text(el).querySelector('stall-crisis-footer')!.hasAttribute('country')).to.equal(false);
    expect(partText(el, 'title')).to.equal('A note from Harbour Therapy');
    expect(tocLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(['#first', '#second', '#third']);
    expect(squash(text(el).querySelector('pre code')!.textContent)).to.equal('Indented more: still code, relative to the rest.');
    const embedded = text(el).querySelector('stall-crisis-footer')!;
    await waitUntil(() => squash(embedded.shadowRoot?.textContent).includes('Samaritans'), 'the embedded footer never showed its lines');
    expect(events.loads[0].detail.origin).to.equal('inline');
    await expect(el).to.be.accessible();
  });

  it('shows an edit of the inline markdown', async () => {
    const el = await article(html`${inlineArticle(INLINE)}`);
    const script = el.querySelector('script')!;
    script.textContent = INLINE.replace('A note from Harbour Therapy', 'An edited note');
    await waitUntil(() => partText(el, 'title') === 'An edited note', 'the edit never showed');
  });

  it('prefers src to inline markdown, and inline markdown to a bundled id', async () => {
    const el = await article(html`${inlineArticle(INLINE, { article: 'getting-unstuck', src: OWN })}`);
    expect(partText(el, 'title')).to.equal('Our way of checking in');
    el.removeAttribute('src');
    await waitUntil(() => partText(el, 'title') === 'A note from Harbour Therapy');
    el.querySelector('script')!.remove();
    await waitUntil(() => partText(el, 'title') === 'Getting unstuck in therapy');
  });

  describe('failures: a readable message in place of the article, the page intact', () => {
    it('a missing file (404)', async () => {
      const { el, events, footer } = await onPage(html`<stall-article src=${MISSING}></stall-article>`);
      expect(errorText(el)).to.contain('This article could not be loaded');
      expect(errorText(el)).to.contain(`The server answered 404 when asked for ${absolute(MISSING)}.`);
      expect(frame(el).querySelector('[part="error"] a')!.getAttribute('href')).to.equal(absolute(MISSING));
      expect(text(el).childNodes.length === 0 || squash(text(el).textContent) === '').to.equal(true);
      expect(events.errors.map((e) => e.detail)).to.deep.equal([
        { reason: 'http', url: absolute(MISSING), message: `The server answered 404 when asked for ${absolute(MISSING)}.` },
      ]);
      expect(footer()).to.contain('Samaritans');
      await expect(el).to.be.accessible();
    });

    it('a network error', async () => {
      await withFetch(
        () => Promise.reject(new TypeError('Failed to fetch')),
        async () => {
          const { el, events, footer } = await onPage(html`<stall-article src=${OWN}></stall-article>`);
          expect(errorText(el)).to.contain(`The article file ${absolute(OWN)} could not be reached. Check your connection and reload the page.`);
          expect(frame(el).querySelector('[part="error"] a')!.getAttribute('href')).to.equal(absolute(OWN));
          expect(events.errors[0].detail.reason).to.equal('network');
          expect(footer()).to.contain('Samaritans');
          await expect(el).to.be.accessible();
        },
      );
    });

    it('invalid front matter: the fields at fault, with lines, and a link to the file', async () => {
      const { el, events, footer } = await onPage(html`<stall-article src=${BROKEN}></stall-article>`);
      const issues = [...frame(el).querySelectorAll('[part="issues"] li')].map((li) => squash(li.textContent));
      expect(issues).to.deep.equal(['summary: required (line 2)', 'reviewed: expected a date like 2026-11-22 (line 4)', 'unknown field "colour" (line 5)']);
      expect(errorText(el)).to.contain(`The article file ${absolute(BROKEN)} has these problems:`);
      expect(squash(frame(el).querySelector('[part="error"] a')!.textContent)).to.equal('Open the article file');
      expect(text(el).textContent).to.not.contain('Text that never shows');
      expect(events.errors[0].detail).to.deep.include({ reason: 'invalid', url: absolute(BROKEN) });
      expect(footer()).to.contain('Samaritans');
      await expect(el).to.be.accessible();
    });

    it('invalid inline markdown names the page that holds it', async () => {
      const { el, events, footer } = await onPage(
        html`${inlineArticle(INLINE.replace('reviewed: 2026-09-01', 'reviewed: soon'))}`,
      );
      const page = location.href.split('#')[0];
      expect(errorText(el)).to.contain(`The article written into the page ${page} has these problems:`);
      expect(errorText(el)).to.contain('reviewed: expected a date like 2026-11-22 (line 5)');
      expect(squash(frame(el).querySelector('[part="error"] a')!.textContent)).to.equal('Open the page');
      expect(events.errors[0].detail.reason).to.equal('invalid');
      expect(footer()).to.contain('Samaritans');
    });

    it('a timeout', async () => {
      await withFetch(hanging, async () => {
        const page = await fixture(html`<div><stall-crisis-footer country="GB"></stall-crisis-footer></div>`);
        const el = document.createElement('stall-article') as StallArticle;
        const events = recordArticleEvents(el);
        el.loadTimeoutMs = 50;
        el.src = OWN;
        page.prepend(el);
        await settled(el);
        expect(errorText(el)).to.contain(`The article file ${absolute(OWN)} took too long to load. Reload the page to try again.`);
        expect(events.errors.map((e) => e.detail.reason)).to.deep.equal(['timeout']);
        expect(squash(page.querySelector('stall-crisis-footer')!.shadowRoot!.textContent)).to.contain('Samaritans');
        await expect(el).to.be.accessible();
      });
    });

    it('a file on another website is refused without a request', async () => {
      await withFetch(
        () => Promise.reject(new TypeError('must not be called')),
        async (asked) => {
          const { el, events } = await onPage(html`<stall-article src="https://example.com/article.en.md"></stall-article>`);
          expect(errorText(el)).to.contain('The article file https://example.com/article.en.md is on another website');
          expect(frame(el).querySelector('[part="error"] a')).to.equal(null);
          expect(asked).to.deep.equal([]);
          expect(events.errors[0].detail.reason).to.equal('cross-origin');
        },
      );
    });

    it('an unknown bundled id, and no article at all', async () => {
      const { el, events } = await onPage(html`<stall-article article="no-such-article"></stall-article>`);
      expect(errorText(el)).to.contain('There is no built-in article called "no-such-article".');
      // Issue 12: the valid ids, for the page's author (the console and the event say them too).
      const known = `Built-in articles: ${BUNDLED_ARTICLES.join(', ')}.`;
      expect(BUNDLED_ARTICLES).to.include('what-is-a-stall');
      expect(errorText(el)).to.contain(known);
      expect(events.errors[0].detail).to.deep.equal({ reason: 'unknown-id', url: undefined, message: `There is no built-in article called "no-such-article". ${known}` });
      const empty = await article(html`<stall-article></stall-article>`);
      expect(errorText(empty)).to.contain('No article was named.');
      await expect(empty).to.be.accessible();
    });
  });

  it('shows a quiet loading state, with nothing of the previous article, while a file loads', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const original = window.fetch;
    await withFetch(
      async (input, init) => {
        await gate;
        return original(input, init);
      },
      async () => {
        const el = await article(html`<stall-article article="getting-unstuck"></stall-article>`);
        el.src = OWN;
        await el.updateComplete;
        await waitUntil(() => frame(el).querySelector('[part="loading"]'), 'no loading state');
        expect(partText(el, 'loading')).to.equal('Loading the article…');
        expect(frame(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
        expect(frame(el).querySelector('[role="alert"], [part="error"]')).to.equal(null);
        expect(squash(text(el).textContent)).to.equal('');
        expect(sourcesList(el).hidden).to.equal(true);
        // Quiet: it appears only if the load takes a moment, without motion.
        expect(getComputedStyle(frame(el).querySelector('[part="loading"]')!).animationDelay).to.equal('0.4s');
        await expect(el).to.be.accessible();
        release();
        await settled(el);
        expect(partText(el, 'title')).to.equal('Our way of checking in');
      },
    );
  });

  it('never shows a file whose src was replaced while it loaded', async () => {
    const original = window.fetch;
    let releaseSlow!: () => void;
    const slowGate = new Promise<void>((resolve) => (releaseSlow = resolve));
    await withFetch(
      async (input, init) => {
        if (String(input).includes('own-article.en.markdown')) await slowGate;
        return original(input, init);
      },
      async () => {
        const el = document.createElement('stall-article') as StallArticle;
        const events = recordArticleEvents(el);
        el.src = OWN;
        document.body.append(el);
        try {
          await el.updateComplete;
          el.src = OWN_ES;
          await settled(el);
          expect(partText(el, 'title')).to.equal('Nuestra forma de revisar el progreso');
          releaseSlow();
          // The slow answer arrives after the new one: wait for its fetch to settle, then look.
          await new Promise((resolve) => setTimeout(resolve, 100));
          await el.updateComplete;
          expect(partText(el, 'title')).to.equal('Nuestra forma de revisar el progreso');
          expect(text(el).textContent).to.not.contain('How we check in');
          expect(events.loads.map((e) => e.detail.title)).to.deep.equal(['Nuestra forma de revisar el progreso']);
        } finally {
          el.remove();
        }
      },
    );
  });
});

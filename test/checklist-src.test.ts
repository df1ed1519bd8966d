import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { checklist, root, settled, squash, statusText, themeTitles, tick } from './fixtures/checklist-helpers.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';
import { withFetch } from './fixtures/with-fetch.js';

// `.markdown`, not `.md`: the test server serves every `.md` as a JS module (the content pipeline),
// while a practice's file must arrive as the text it is.
const OWN = '/test/fixtures/own-checklist.en.markdown';
const OWN_ES = '/test/fixtures/own-checklist.es.markdown';
const BROKEN = '/test/fixtures/broken-checklist.en.markdown';

const errorText = (el: Element) => squash(root(el).querySelector('[part="error"]')?.textContent);
const title = (el: Element) => squash(root(el).querySelector('[part="title"]')?.textContent);

describe('<stall-checklist src>', () => {
  afterEach(() => localStorage.clear());

  it("renders a practice's own valid checklist file, with its themes and crisis interrupt", async () => {
    const el = await checklist(html`<stall-checklist src=${OWN}></stall-checklist>`);
    expect(title(el)).to.equal('Harbour Therapy check-in');
    expect(squash(root(el).querySelector('legend')!.textContent)).to.equal('Which of these fit how sessions feel lately?');
    await tick(el, "I don't know what we are aiming for.");
    expect(statusText(el)).to.equal(
      'Boxes ticked: 1 of 3. Themes that stand out: The pace of sessions; What we are aiming for. Worth talking about at your next session. This is not a diagnosis.',
    );
    expect(themeTitles(el)).to.deep.equal(['The pace of sessions', 'What we are aiming for']);
    await tick(el, 'I have had thoughts of harming myself.');
    expect(squash(root(el).querySelector('[part="crisis-panel"] h3')!.textContent)).to.equal('If you need help now');
    await expect(el).to.be.accessible();
  });

  it("marks the file's own words with its language on a page in another language", async () => {
    const el = await checklist(html`<stall-checklist src=${OWN} lang="es"></stall-checklist>`);
    await tick(el, "I don't know what we are aiming for.");
    const band = root(el).querySelector('[part="status"] p[lang="en"]');
    expect(squash(band?.textContent)).to.equal('Worth talking about at your next session.');
    expect(root(el).querySelector('fieldset')!.getAttribute('lang')).to.equal('en');
    expect(squash(root(el).querySelector('[part="status"]')!.textContent)).to.contain('Casillas marcadas: 1 de 3.');
  });

  it('sanitises the HTML of a loaded file: no script, handlers, styles, frames, forms or unsafe links', async () => {
    const el = await checklist(html`<stall-checklist src=${OWN}></stall-checklist>`);
    await tick(el, 'Sessions feel rushed.');
    const helps = root(el).querySelector('[part="theme"] .helps')!;
    expect(helps.textContent).to.contain('Ask for a slower pace.');
    expect(helps.querySelectorAll('img, iframe, form, input, svg, script')).to.have.length(0);
    expect(root(el).querySelector('.intro script')).to.equal(null);
    expect(helps.querySelector('[style], [onclick]')).to.equal(null);
    const links = [...helps.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([null, 'https://example.org/pace', '/pace.html']);
    expect(links[1].getAttribute('rel')).to.equal('noopener noreferrer');
    expect(links[2].hasAttribute('rel')).to.equal(false);
    expect((window as { __stallPwned?: unknown }).__stallPwned).to.equal(undefined);
  });

  for (const kind of ['native', 'dompurify'] as const) {
    it(`keeps only the library's own custom elements, without handlers, styles or unsafe URLs (${kind})`, async () => {
      const { prepareSanitiser, sanitiseHtml, useSanitiserForTesting } = await import('../src/loader/sanitise.js');
      useSanitiserForTesting(kind);
      await prepareSanitiser();
      const clean = sanitiseHtml(
        '<stall-crisis-footer country="GB" onclick="x()" style="color:red" data-x="1" article-href="javascript:alert(1)"></stall-crisis-footer>' +
          '<other-widget>text</other-widget><a href="http://example.org/">plain http</a><a href="mailto:a@b.example">mail</a><a href="tel:+441">tel</a>',
      );
      const doc = new DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html');
      const footer = doc.querySelector('stall-crisis-footer')!;
      // Who the visitor is told to call is the page's to say (issue 12): no country from the markdown.
      expect(footer.getAttributeNames()).to.deep.equal([]);
      expect(doc.querySelector('other-widget')).to.equal(null);
      expect(doc.body.textContent).to.contain('text');
      expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([null, 'mailto:a@b.example', 'tel:+441']);
      useSanitiserForTesting(undefined);
    });
  }

  it('shows the fields at fault in an invalid file, with a link to it, while the rest of the page works', async () => {
    const host = await fixture(html`<div>
      <stall-checklist src=${BROKEN}></stall-checklist>
      <stall-crisis-footer country="GB"></stall-crisis-footer>
    </div>`);
    const el = host.querySelector('stall-checklist') as StallChecklist;
    await settled(el);
    const issues = [...root(el).querySelectorAll('[part="issues"] li')].map((li) => squash(li.textContent));
    expect(issues).to.deep.equal(['reviewed: expected a date like 2026-11-22 (line 5)', 'legend: required (line 2)', 'unknown field "colour" (line 3)']);
    expect(errorText(el)).to.contain('This checklist could not be loaded');
    expect(errorText(el)).to.contain(`The checklist file ${new URL(BROKEN, location.href).href} has these problems:`);
    expect(root(el).querySelector('[part="error"] a')!.getAttribute('href')).to.equal(new URL(BROKEN, location.href).href);
    const footer = host.querySelector('stall-crisis-footer')!;
    expect(footer.shadowRoot!.textContent).to.contain('Samaritans');
    await expect(el).to.be.accessible();
  });

  it('refuses a file on another website without requesting it', async () => {
    await withFetch(
      () => Promise.reject(new TypeError('must not be called')),
      async (asked) => {
        const el = await checklist(html`<stall-checklist src="https://example.com/checklist.en.md"></stall-checklist>`);
        expect(errorText(el)).to.contain('The checklist file https://example.com/checklist.en.md is on another website');
        expect(asked).to.deep.equal([]);
        await expect(el).to.be.accessible();
      },
    );
  });

  it('says what the server answered for a missing file', async () => {
    const el = await checklist(html`<stall-checklist src="/test/fixtures/no-such-checklist.en.md"></stall-checklist>`);
    expect(errorText(el)).to.match(/The server answered 404 when asked for http:\/\/[^ ]+\/test\/fixtures\/no-such-checklist\.en\.md\./);
  });

  it('gives up on a file that takes too long or is too large', async () => {
    const { loadContent } = await import('../src/loader/load-content.js');
    const compile = (source: string) => source;
    await withFetch(
      (_input, init) => new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      async () => {
        const result = await loadContent(OWN, compile, { timeoutMs: 30 });
        expect(result).to.deep.include({ ok: false });
        expect('failure' in result && result.failure.kind).to.equal('timeout');
      },
    );
    await withFetch(
      async () => new Response('x'.repeat(2048)),
      async () => {
        const result = await loadContent(OWN, compile, { maxBytes: 1024 });
        expect('failure' in result && result.failure.kind).to.equal('too-large');
      },
    );
  });

  it('never shows a file whose src was replaced while it loaded', async () => {
    const original = window.fetch;
    let releaseSlow!: () => void;
    const slowGate = new Promise<void>((resolve) => (releaseSlow = resolve));
    await withFetch(
      async (input, init) => {
        if (String(input).includes('own-checklist.en.markdown')) await slowGate;
        return original(input, init);
      },
      async () => {
        const el = await fixture<StallChecklist>(html`<stall-checklist src=${OWN}></stall-checklist>`);
        el.src = OWN_ES;
        await settled(el);
        expect(title(el)).to.equal('Revisión de Harbour Therapy');
        releaseSlow();
        await new Promise((resolve) => setTimeout(resolve, 100));
        await el.updateComplete;
        expect(title(el)).to.equal('Revisión de Harbour Therapy');
      },
    );
  });

  it('shows a readable error for an unknown bundled checklist', async () => {
    const el = await checklist(html`<stall-checklist checklist="no-such-list"></stall-checklist>`);
    expect(errorText(el)).to.contain('There is no built-in checklist called "no-such-list".');
  });
});

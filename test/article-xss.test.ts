import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { StallArticle } from '../src/article/stall-article.js';
import { errorText, inlineArticle, partText, settled, withFetch } from './fixtures/article-helpers.js';
import { describeEachSanitiser } from './fixtures/sanitiser-helpers.js';
import { BANNED_ELEMENTS, XSS_FLAG, xssPayloads } from './fixtures/xss-payloads.js';
import { prepareSanitiser, sanitiseHtml, sanitiserInUse, useSanitiserForTesting, type SanitiserKind } from '../src/loader/sanitise.js';

const FRONT_MATTER = `---
title: Hostile test article
summary: Every payload below tries to run a script.
lang: en
reviewed: 2026-11-01
sources:
  - id: notes
    citation: "Notes (2026)."
---

Before the payload.[^notes]

`;
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'cite', 'background', 'article-href']);
const flag = () => (window as unknown as Record<string, unknown>)[XSS_FLAG];

/** Lets anything a payload queued happen: an image error, a focus, a toggle. */
async function letHandlersRun(): Promise<void> {
  const image = new Image();
  const failed = new Promise((resolve) => image.addEventListener('error', resolve, { once: true }));
  image.src = 'data:image/png;base64,AAAA';
  await failed;
  // Then a task or two more (a focus or toggle event is queued as a task; a background test page
  // gets no animation frames).
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setTimeout(resolve));
}

/** What a payload must never leave behind anywhere in the article (its text, its frame). */
function expectNothingActive(el: StallArticle, payload: string): void {
  for (const root of [el.querySelector('.stall-article-content')!, el.shadowRoot!]) {
    // The frame's own country chooser (a select and a button) is the component's, not the payload's;
    // the payload only ever lands in the text, where nothing is exempt.
    const ownChooser = (node: Element) => root === el.shadowRoot && !!node.closest('[part="country-chooser"]');
    const left = [...root.querySelectorAll(BANNED_ELEMENTS)].filter((node) => !ownChooser(node));
    expect(left.map((node) => node.localName), payload).to.deep.equal([]);
    for (const node of root.querySelectorAll('*')) {
      for (const { name, value } of node.attributes) {
        expect(name, `${payload}: ${node.localName}[${name}]`).to.not.match(/^on|^style$|^srcdoc$/i);
        if (!URL_ATTRIBUTES.has(name)) continue;
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1].toLowerCase();
        expect(scheme === undefined || ['https', 'mailto', 'tel'].includes(scheme), `${payload}: ${node.localName}[${name}="${value}"]`).to.equal(true);
      }
      if (node instanceof HTMLAnchorElement && node.href && new URL(node.href).origin !== location.origin) {
        expect(node.rel, `${payload}: rel of ${node.href}`).to.equal('noopener noreferrer');
      }
    }
  }
}


describe('<stall-article> sanitises markdown from outside the bundle', () => {
  beforeEach(() => delete (window as unknown as Record<string, unknown>)[XSS_FLAG]);

  it(`has a corpus of at least 30 payloads`, () => {
    expect(xssPayloads.length).to.be.at.least(30);
  });

  it('detects a payload that does run (the checks below can fail)', async () => {
    const scratch = await fixture(html`<div></div>`);
    // Deliberately unsafe, in the test only: what would happen without the sanitiser.
    scratch.innerHTML = xssPayloads[1];
    // The image's error event is dispatched in a later task, so this listener, added after the
    // payload's own onerror, hears it just after the payload ran: no polling, no time limit.
    await new Promise((resolve) => scratch.querySelector('img')!.addEventListener('error', resolve, { once: true }));
    expect(flag(), 'the unsanitised payload ran').to.equal(1);
    delete (window as unknown as Record<string, unknown>)[XSS_FLAG];
    scratch.innerHTML = xssPayloads.at(-1)!;
    // Two elements share the id: window names an HTMLCollection of them.
    const clobbered = flag() instanceof HTMLCollection;
    scratch.replaceChildren();
    expect(clobbered, 'an id clobbers the flag').to.equal(true);
  });

  it("uses the browser's own sanitiser in Chromium, and DOMPurify only when told to", async () => {
    useSanitiserForTesting(undefined);
    await prepareSanitiser();
    expect(sanitiserInUse()).to.equal('native');
    useSanitiserForTesting('dompurify');
    await prepareSanitiser();
    expect(sanitiserInUse()).to.equal('dompurify');
    useSanitiserForTesting(undefined);
  });

  it("keeps nothing from any payload that DOMPurify would not keep, and the same from ordinary markup", async () => {
    const { renderMarkdown } = await import('../src/content/markdown.js');
    /** Each element of the sanitised HTML with its attributes, as `tag[name=value]` strings. */
    const parts = (clean: string) =>
      [...new DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html').body.querySelectorAll('*')].map(
        (node) => `${node.localName}${[...node.attributes].map(({ name, value }) => `[${name}=${value}]`).join('')}`,
      );
    const sanitisedBy = async (kind: SanitiserKind, html: string) => {
      useSanitiserForTesting(kind);
      await prepareSanitiser();
      return sanitiseHtml(html);
    };
    try {
      for (const payload of xssPayloads) {
        const rendered = renderMarkdown(payload).html;
        const purified = parts(await sanitisedBy('dompurify', rendered));
        for (const part of parts(await sanitisedBy('native', rendered))) expect(purified, `${payload}: ${part}`).to.include(part);
      }
      const ordinary = renderMarkdown(
        '## A heading {#a-heading}\n\nSome *words*, **strong** ones, `code` and [a link](https://example.org/) or [another](/here).\n\n' +
          '> A quote\n\n1. one\n2. two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<details open><summary>More</summary><p>Hidden <abbr title="x">x</abbr></p></details>\n\n' +
          '<stall-checklist src="/ours.en.md" article-href="/a/{article}"></stall-checklist>\n',
      ).html;
      expect(await sanitisedBy('native', ordinary)).to.equal(await sanitisedBy('dompurify', ordinary));
    } finally {
      useSanitiserForTesting(undefined);
    }
  });

  describeEachSanitiser((kind) => {
    afterEach(() => expect(sanitiserInUse()).to.equal(kind));

    xssPayloads.forEach((payload, i) => {
      const source = `${FRONT_MATTER}${payload}\n\nAfter the payload.\n`;

      it(`payload ${i + 1} through src: ${JSON.stringify(payload).slice(0, 60)}`, async () => {
        const original = window.fetch;
        const url = `/hostile/payload-${i + 1}.en.md`;
        await withFetch(
          (input, init) => (new URL(String(input), location.href).pathname === url ? Promise.resolve(new Response(source)) : original(input, init)),
          async () => {
            const el = await fixture<StallArticle>(html`<stall-article src=${url}></stall-article>`);
            await settled(el);
            expect(errorText(el), payload).to.equal('');
            expect(partText(el, 'title')).to.equal('Hostile test article');
            await letHandlersRun();
            expect(flag(), payload).to.equal(undefined);
            expectNothingActive(el, payload);
          },
        );
      });

      it(`payload ${i + 1} inline: ${JSON.stringify(payload).slice(0, 60)}`, async () => {
        const el = await fixture<StallArticle>(html`${inlineArticle(source)}`);
        await settled(el);
        expect(partText(el, 'title')).to.equal('Hostile test article');
        await letHandlersRun();
        expect(flag(), payload).to.equal(undefined);
        expectNothingActive(el, payload);
      });
    });
  });

  it('shows front matter as text, and refuses a source link that is not https', async () => {
    const hostile = FRONT_MATTER.replace('title: Hostile test article', `title: "<img src=x onerror=window.${XSS_FLAG}=1>"`).replace(
      'summary: Every payload below tries to run a script.',
      `summary: "<script>window.${XSS_FLAG}=1</script>"`,
    );
    const el = await fixture<StallArticle>(html`${inlineArticle(hostile)}`);
    await settled(el);
    expect(partText(el, 'title')).to.equal(`<img src=x onerror=window.${XSS_FLAG}=1>`);
    await letHandlersRun();
    expect(flag()).to.equal(undefined);
    expectNothingActive(el, 'front matter');

    const badSource = FRONT_MATTER.replace('citation: "Notes (2026)."', `citation: "Notes (2026)."\n    url: "javascript:window.${XSS_FLAG}=1"`);
    const refused = await fixture<StallArticle>(html`${inlineArticle(badSource)}`);
    await settled(refused);
    expect(errorText(refused)).to.contain('sources.0.url: expected an https:// address');
  });
});

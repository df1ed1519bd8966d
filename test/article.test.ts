import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import type { StallArticle } from '../src/article/stall-article.js';
import type { Article } from '../src/content/kinds.js';
import whatIsAStall from '../content/articles/what-is-a-stall.en.md';
import whyProgressStalls from '../content/articles/why-progress-stalls.en.md';
import gettingUnstuck from '../content/articles/getting-unstuck.en.md';
import isTherapyWorking from '../content/articles/is-therapy-working.en.md';
import switchingTherapists from '../content/articles/switching-therapists.en.md';
import whyProgressStallsEs from '../content/articles/why-progress-stalls.es.md';
import { article, frame, partText, recordArticleEvents, settled, sourcesList, squash, text, tocLinks } from './fixtures/article-helpers.js';
import { box, root as checklistRoot, settled as checklistSettled } from './fixtures/checklist-helpers.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';

const bundled = [whatIsAStall, whyProgressStalls, gettingUnstuck, isTherapyWorking, switchingTherapists] as Article[];

/** Whether `el` is within the viewport, its top near the top of the window. */
const atTopOfWindow = (el: Element) => {
  const { top } = el.getBoundingClientRect();
  return top >= -1 && top < 200;
};

describe('<stall-article>', () => {
  afterEach(() => {
    localStorage.clear();
    window.scrollTo(0, 0);
  });

  for (const expected of bundled) {
    it(`renders "${expected.id}" with its frame, contents, text and numbered sources`, async () => {
      const el = await article(html`<stall-article article=${expected.id}></stall-article>`);
      expect(partText(el, 'title')).to.equal(expected.title);
      expect(frame(el).querySelector('h1')!.textContent).to.equal(expected.title);
      expect(partText(el, 'summary')).to.equal(expected.summary);
      expect(partText(el, 'meta')).to.contain(`${expected.readingMinutes} min read`);
      expect(partText(el, 'meta')).to.contain('Reviewed November 29, 2026');
      expect(partText(el, 'meta'), 'a bundled article names no author of its own').not.to.contain('By ');

      // The contents list every section, and each link's target is a heading of the text.
      const sections = [...text(el).querySelectorAll('h2')];
      expect(sections.length).to.be.at.least(3);
      expect(tocLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(sections.map((h) => `#${h.id}`));
      expect(tocLinks(el).map((a) => squash(a.textContent))).to.deep.equal(sections.map((h) => squash(h.textContent)));

      // Every source is listed, numbered; every marker leads to its entry and back.
      const entries = [...sourcesList(el).querySelectorAll('ol > li')];
      expect(entries.map((li) => li.id)).to.deep.equal(expected.sources.map((s) => `source-${s.id}`));
      expect(squash(sourcesList(el).querySelector('h2')!.textContent)).to.equal('Sources');
      const markers = [...text(el).querySelectorAll<HTMLAnchorElement>('sup.citation a')];
      expect(markers.length).to.be.greaterThan(0);
      for (const marker of markers) {
        const entry = document.getElementById(marker.getAttribute('href')!.slice(1));
        expect(entry, marker.outerHTML).to.be.an.instanceOf(HTMLLIElement);
        const number = entries.indexOf(entry!) + 1;
        expect(marker.textContent).to.equal(`[${number}]`);
        expect(marker.getAttribute('aria-label')).to.equal(`Source ${number}`);
        expect([...entry!.querySelectorAll('.stall-article-backlink')].map((a) => a.getAttribute('href'))).to.include(`#${marker.id}`);
      }
      await expect(el).to.be.accessible();
    });
  }

  it("names the author the page or the practice gives, the page's first", async () => {
    const own = await article(html`<stall-article article="what-is-a-stall" author="Dr Ana Ruiz"></stall-article>`);
    expect(partText(own, 'meta')).to.contain('By Dr Ana Ruiz');
    const host = await article(
      html`<stall-practice article-author="Harbour Therapy clinical team"><stall-article article="what-is-a-stall"></stall-article></stall-practice>`,
    );
    expect(partText(host, 'meta')).to.contain('By Harbour Therapy clinical team');
    expect(partText(host, 'meta')).not.to.contain('editorial team');
  });

  it('renders a bundled article in Spanish, frame included', async () => {
    const el = await article(html`<div lang="es"><stall-article article="why-progress-stalls"></stall-article></div>`);
    const expected = whyProgressStallsEs as Article;
    expect(partText(el, 'title')).to.equal(expected.title);
    expect(partText(el, 'meta')).to.contain(`${expected.readingMinutes} min de lectura`);
    expect(partText(el, 'meta')).to.contain('Revisado el 29 de noviembre de 2026');
    expect(squash(frame(el).querySelector('[part="toc"] h2')!.textContent)).to.equal('En este artículo');
    expect(squash(sourcesList(el).querySelector('h2')!.textContent)).to.equal('Fuentes');
    expect(text(el).lang).to.equal('es');
    // Section ids stay the same in every language: the checklist links to them.
    expect(text(el).querySelector('h2#avoidance')).to.not.equal(null);
    expect(text(el).querySelector('sup.citation a')!.getAttribute('aria-label')).to.equal('Fuente 1');
    await expect(el).to.be.accessible();
  });

  it('follows the page: a lang change shows the other language', async () => {
    const el = await article(html`<stall-article article="getting-unstuck"></stall-article>`);
    el.lang = 'es';
    await settled(el);
    await waitUntil(() => partText(el, 'title') === 'Cómo salir del estancamiento en terapia', 'the Spanish title never came');
  });

  it('goes to a section from the contents, focusing its heading, without a history entry', async () => {
    const el = await article(html`<stall-article article="why-progress-stalls"></stall-article>`);
    const historyLength = history.length;
    const link = tocLinks(el).find((a) => a.getAttribute('href') === '#practice')!;
    link.click();
    const heading = document.getElementById('practice')!;
    expect(heading.closest('stall-article')).to.equal(el);
    expect(document.activeElement).to.equal(heading);
    expect(atTopOfWindow(heading)).to.equal(true);
    expect(history.length).to.equal(historyLength);
    expect(location.hash).to.equal('');
  });

  it('lands on the section named in the page address once the text arrives', async () => {
    history.replaceState(null, '', '#outside-stress');
    try {
      const el = await article(html`<stall-article article="why-progress-stalls"></stall-article>`);
      await waitUntil(() => window.scrollY > 0, 'the page never scrolled to the section');
      const heading = text(el).querySelector('#outside-stress')!;
      expect(atTopOfWindow(heading)).to.equal(true);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('goes from a citation marker to its source and back', async () => {
    // A source cited twice, so its way back names which citation it returns to.
    const el = await article(html`<stall-article article="switching-therapists"></stall-article>`);
    const marker = text(el).querySelector<HTMLAnchorElement>('a[href="#source-apa-ethics-2017"]')!;
    marker.click();
    const entry = document.getElementById('source-apa-ethics-2017')!;
    expect(document.activeElement).to.equal(entry);
    expect(squash(entry.textContent)).to.contain('American Psychological Association. (2017).');
    const back = entry.querySelector<HTMLAnchorElement>(`a[href="#${marker.id}"]`)!;
    expect(back.textContent).to.equal('↩aBack to where source 3 is cited (a)');
    expect(back.querySelector('[aria-hidden="true"]')!.textContent).to.equal('↩a');
    back.click();
    expect(document.activeElement).to.equal(marker);
  });

  it("lands a checklist's theme link on the article's section", async () => {
    const page = await article(html`<div>
      <stall-checklist></stall-checklist>
      <stall-article article="why-progress-stalls"></stall-article>
    </div>`);
    const checklist = document.querySelector('stall-checklist') as StallChecklist;
    await checklistSettled(checklist);
    box(checklist, 'steering away').click();
    await checklist.updateComplete;
    const readMore = [...checklistRoot(checklist).querySelectorAll<HTMLAnchorElement>('a.article-link')].find(
      (a) => a.getAttribute('href') === '#avoidance',
    )!;
    readMore.click();
    const heading = text(page).querySelector('#avoidance')!;
    expect(document.activeElement).to.equal(heading);
    expect(atTopOfWindow(heading)).to.equal(true);
  });

  it('renders an embedded checklist that works and takes the practice context from outside the article', async () => {
    const el = await article(html`<stall-practice country="GB" name="Harbour Therapy">
      <stall-article article="why-progress-stalls" article-href="/articles/{article}.html#{section}"></stall-article>
    </stall-practice>`);
    const checklist = text(el).querySelector('stall-checklist') as StallChecklist;
    expect(checklist, 'the article embeds a checklist').to.not.equal(null);
    await checklistSettled(checklist);
    expect(checklist.closest('#self-check, section, div')).to.not.equal(null);
    box(checklist, 'steering away').click();
    await checklist.updateComplete;
    const readMore = checklistRoot(checklist).querySelector<HTMLAnchorElement>('a.article-link')!;
    expect(readMore.getAttribute('href')).to.equal('/articles/why-progress-stalls.html#avoidance');
    box(checklist, 'harming myself').click();
    await checklist.updateComplete;
    // The practice says GB: the crisis lines are the UK's, not the default United States'.
    const crisis = squash(checklistRoot(checklist).querySelector('[part="crisis-panel"]')!.textContent);
    expect(crisis).to.contain('Samaritans');
    expect(crisis).to.not.contain('988');
    await expect(el).to.be.accessible();
  });

  it('speaks the article language inside: an embedded checklist in a Spanish article is Spanish', async () => {
    const el = await article(html`<stall-article article="why-progress-stalls" lang="es"></stall-article>`);
    const checklist = text(el).querySelector('stall-checklist') as StallChecklist;
    await checklistSettled(checklist);
    await waitUntil(() => squash(checklistRoot(checklist).querySelector('[part="privacy-note"]')?.textContent).startsWith('Tus respuestas'));
  });

  it('renders the embedded decision helper in the switching article', async () => {
    const el = await article(html`<stall-article article="switching-therapists"></stall-article>`);
    const decision = text(el).querySelector('stall-decision')!;
    expect(decision).to.not.equal(null);
    await waitUntil(() => decision.shadowRoot?.querySelector('fieldset'), 'the decision helper never showed its first step');
    // It sits in its natural place: after the section on when a change can make sense.
    const block = decision.closest('p') ?? decision;
    expect(block.previousElementSibling!.textContent).to.contain('the helper below');
  });

  it('fires stall-load once per article shown, with what was shown', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const events = recordArticleEvents(container);
    try {
      const el = document.createElement('stall-article') as StallArticle;
      el.article = 'is-therapy-working';
      container.append(el);
      await settled(el);
      await waitUntil(() => events.loads.length === 1);
      expect(events.loads[0].detail).to.deep.equal({ id: 'is-therapy-working', lang: 'en', title: 'How to tell if therapy is working', origin: 'bundled' });
      el.articleHref = '/a/{article}#{section}';
      await el.updateComplete;
      expect(events.loads).to.have.length(1);
      el.article = 'getting-unstuck';
      await settled(el);
      await waitUntil(() => events.loads.length === 2);
      expect(events.loads[1].detail.id).to.equal('getting-unstuck');
      expect(events.errors).to.deep.equal([]);
    } finally {
      container.remove();
    }
  });

  it('prints the text without its navigation: no contents, no back-links, no controls', async () => {
    const el = await article(html`<stall-article article="why-progress-stalls"></stall-article>`);
    const visible = (node: Element) => getComputedStyle(node).display !== 'none';
    await emulateMedia({ media: 'print' });
    try {
      expect(visible(frame(el).querySelector('[part="toc"]')!)).to.equal(false);
      expect(visible(sourcesList(el).querySelector('.stall-article-backlink')!)).to.equal(false);
      expect(visible(text(el).querySelector('stall-checklist')!)).to.equal(false);
      expect(visible(frame(el).querySelector('[part="title"]')!)).to.equal(true);
      expect(visible(text(el).querySelector('h2')!)).to.equal(true);
      expect(visible(sourcesList(el))).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(visible(frame(el).querySelector('[part="toc"]')!)).to.equal(true);
  });

  it("keeps the page's font and a readable line length", async () => {
    const el = await article(html`<div style="font-family: Georgia, serif; inline-size: 2000px">
      <stall-article article="getting-unstuck"></stall-article>
    </div>`);
    const paragraph = text(el).querySelector('p')!;
    expect(getComputedStyle(paragraph).fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(frame(el).querySelector('h1')!).fontFamily).to.equal('Georgia, serif');
    const fontSize = parseFloat(getComputedStyle(paragraph).fontSize);
    expect(paragraph.getBoundingClientRect().width).to.be.below(fontSize * 45);
  });

  it('is themable: --stall-* tokens and ::part', async () => {
    const style = document.createElement('style');
    style.textContent = `.themed { --stall-article-max-width: 30ch; --stall-color-accent: rgb(0, 128, 0); }
      .themed::part(title) { color: rgb(200, 0, 0); }`;
    document.head.append(style);
    try {
      const el = await article(html`<stall-article class="themed" article="getting-unstuck"></stall-article>`);
      expect(getComputedStyle(frame(el).querySelector('[part="title"]')!).color).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(tocLinks(el)[0]).color).to.equal('rgb(0, 128, 0)');
      const paragraph = text(el).querySelector('p')!;
      expect(paragraph.getBoundingClientRect().width).to.be.below(parseFloat(getComputedStyle(paragraph).fontSize) * 20);
    } finally {
      style.remove();
    }
  });
});

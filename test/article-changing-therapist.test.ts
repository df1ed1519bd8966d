// The three articles about changing therapist (finding one, moving without a gap, ending well):
// each renders in English and Spanish with its contents, its crisis line first and its numbered
// sources, and none of them scrolls sideways on a 320 px screen.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { Article } from '../src/content/kinds.js';
import findingEn from '../content/articles/finding-a-therapist.en.md';
import findingEs from '../content/articles/finding-a-therapist.es.md';
import movingEn from '../content/articles/moving-without-a-gap.en.md';
import movingEs from '../content/articles/moving-without-a-gap.es.md';
import endingEn from '../content/articles/ending-well.en.md';
import endingEs from '../content/articles/ending-well.es.md';
import { BUNDLED_ARTICLES } from '../src/article/article-content.js';
import { article, frame, partText, sourcesList, squash, text, tocLinks } from './fixtures/article-helpers.js';

const pairs = [
  [findingEn, findingEs],
  [movingEn, movingEs],
  [endingEn, endingEs],
] as [Article, Article][];

const crisisLine = { en: /If you are in danger now, call/, es: /Si estás en peligro ahora, llama/ };
// The paragraph these articles once opened with; the component's crisis line replaced it.
const oldCrisisParagraph = /thinking about suicide or could be in danger|pensando en el suicidio o puedes estar en peligro/;

describe('<stall-article> on changing therapist', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('lists the three articles among the bundled ones, found in content/ with no code change', () => {
    expect(BUNDLED_ARTICLES).to.include.members(['finding-a-therapist', 'moving-without-a-gap', 'ending-well']);
  });

  for (const [en, es] of pairs) {
    for (const expected of [en, es]) {
      const lang = expected.lang as 'en' | 'es';
      it(`renders "${expected.id}" in ${lang} with its crisis line first, its contents and its numbered sources`, async () => {
        const el = await article(html`<div lang=${lang}><stall-article article=${expected.id}></stall-article></div>`);
        expect(partText(el, 'title')).to.equal(expected.title);
        expect(partText(el, 'summary')).to.equal(expected.summary);
        expect(text(el).lang).to.equal(lang);
        expect(squash(frame(el).querySelector('[part="toc"] h2')!.textContent)).to.equal(lang === 'en' ? 'In this article' : 'En este artículo');

        // What to do in a crisis comes before the text, said once by the article's own crisis line.
        const crisis = frame(el).querySelector('[part="crisis-line"]')!;
        expect(crisis.getBoundingClientRect().bottom).to.be.at.most(text(el).getBoundingClientRect().top);
        expect(squash(crisis.textContent)).to.match(crisisLine[lang]);
        expect(squash(text(el).textContent)).not.to.match(oldCrisisParagraph);

        // The contents name every section, and the section ids are the same in both languages.
        const sections = [...text(el).querySelectorAll('h2')];
        expect(sections.length).to.be.at.least(4);
        expect(tocLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(sections.map((h) => `#${h.id}`));
        const otherIds = (lang === 'en' ? es : en).headings.filter((h) => h.depth === 2).map((h) => h.id);
        expect(sections.map((h) => h.id)).to.deep.equal(otherIds);

        // Every source is listed in order, and each marker leads to its entry.
        const entries = [...sourcesList(el).querySelectorAll('ol > li')];
        expect(entries.map((li) => li.id)).to.deep.equal(expected.sources.map((s) => `source-${s.id}`));
        expect(squash(sourcesList(el).querySelector('h2')!.textContent)).to.equal(lang === 'en' ? 'Sources' : 'Fuentes');
        const markers = [...text(el).querySelectorAll<HTMLAnchorElement>('sup.citation a')];
        expect(markers.length).to.be.at.least(expected.sources.length);
        for (const marker of markers) {
          const entry = document.getElementById(marker.getAttribute('href')!.slice(1));
          expect(entry, marker.outerHTML).to.be.an.instanceOf(HTMLLIElement);
          expect(marker.textContent).to.equal(`[${entries.indexOf(entry!) + 1}]`);
        }

        // Links to registers and services in the text all leave over https. (Links to other
        // articles have no href here: the page set no article-href, see article-links.test.ts.)
        for (const link of text(el).querySelectorAll<HTMLAnchorElement>('a[href]:not(sup.citation a)')) {
          expect(link.protocol, link.href).to.equal('https:');
        }
        await expect(el).to.be.accessible();
      });
    }
  }

  it('names a register for every bundled country in finding-a-therapist, as a list with links', async () => {
    const el = await article(html`<stall-article article="finding-a-therapist"></stall-article>`);
    const items = [...text(el).querySelectorAll('#registers ~ ul')][0].querySelectorAll('li');
    const countries = [...items].map((li) => squash(li.querySelector('strong')?.textContent).replace(/:$/, ''));
    expect(countries).to.deep.equal(['United States', 'Canada', 'United Kingdom', 'Ireland', 'Australia', 'New Zealand', 'Spain', 'Mexico', 'Argentina']);
    const linked = [...items].filter((li) => li.querySelector('a:not(sup.citation a)'));
    expect(linked.length).to.be.at.least(7);
  });

  for (const id of ['finding-a-therapist', 'moving-without-a-gap']) {
    it(`does not scroll sideways at 320 px: "${id}"`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await article(html`<div lang="es"><stall-article article=${id}></stall-article></div>`);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }
});

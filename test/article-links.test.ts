// What PEMAT-P asks of the articles, as a reader meets it: a "Key points" summary at the end of
// each, real links between articles through the page's own `article-href`, pictures with a text
// alternative that follow the page's colours, a goals sheet to print, and a self-check whose
// "Read more" links land in the article that holds it. Also: `article:` links in markdown from
// outside the bundle are rewritten or dropped, and SVG from there never reaches the page.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { StallArticle } from '../src/article/stall-article.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';
import { article, inlineArticle, settled, squash, text } from './fixtures/article-helpers.js';
import { box, root as checklistRoot, settled as checklistSettled } from './fixtures/checklist-helpers.js';

const ARTICLES = ['what-is-a-stall', 'why-progress-stalls', 'getting-unstuck', 'is-therapy-working', 'switching-therapists', 'finding-a-therapist', 'moving-without-a-gap', 'ending-well'];
const HREF = '/articles/{article}.html#{section}';


describe('<stall-article> key points, links and tools', () => {
  for (const id of ARTICLES) {
    for (const lang of ['en', 'es']) {
      it(`${id} (${lang}) ends with 3 to 5 key points, one of them in bold, and links to another article`, async () => {
        const el = await article(html`<stall-article article=${id} lang=${lang} article-href=${HREF}></stall-article>`);
        const sections = [...text(el).querySelectorAll('h2')];
        const last = sections.at(-1)!;
        expect(last.id).to.equal('key-points');
        expect(squash(last.textContent)).to.equal(lang === 'en' ? 'Key points' : 'Puntos clave');
        const points = [...last.nextElementSibling!.querySelectorAll('li')];
        expect(points.length).to.be.within(3, 5);
        expect(points.some((li) => li.querySelector('strong')), 'the main action stands out').to.equal(true);
        const links = [...text(el).querySelectorAll<HTMLAnchorElement>('a[href^="/articles/"]')];
        expect(links.length, 'a working link to another article').to.be.at.least(1);
        for (const link of links) {
          expect(link.getAttribute('href')).to.match(/^\/articles\/[a-z-]+\.html(#[a-z-]+)?$/);
          expect(link.getAttribute('href')).not.to.contain(`/${id}.html`);
        }
        expect(text(el).querySelector('a[href^="article:"]'), 'no link is left unresolved').to.equal(null);
      });
    }
  }

  it("fills each article link from the article's article-href, section included", async () => {
    const el = await article(html`<stall-article article="what-is-a-stall" article-href="/guides/{article}/#{section}"></stall-article>`);
    const hrefs = [...text(el).querySelectorAll('a')].map((a) => [squash(a.textContent), a.getAttribute('href')]);
    expect(hrefs).to.deep.include(['why progress stalls', '/guides/why-progress-stalls/#self-check']);
    expect(hrefs).to.deep.include(['getting unstuck', '/guides/getting-unstuck/']);
  });

  it('leaves a link to another article as plain text when the page set no article-href, never a dead link', async () => {
    const el = await article(html`<stall-article article="what-is-a-stall"></stall-article>`);
    const link = [...text(el).querySelectorAll('a')].find((a) => squash(a.textContent) === 'getting unstuck')!;
    expect(link.hasAttribute('href')).to.equal(false);
    expect(squash(link.closest('p')!.textContent)).to.contain('Our article on getting unstuck has more ideas');
    await expect(el).to.be.accessible();
  });

  it('rewrites article: links in markdown from outside the bundle, and drops malformed ones and SVG', async () => {
    const markdown = `---
title: Our notes
summary: Notes.
lang: en
reviewed: 2026-11-01
sources:
  - id: notes
    citation: Notes (2026).
---
## Part one {#part-one}

See [part two](article:inline#part-two), [their guide](article:getting-unstuck#name-it), [a bad one](article:Not_An_Id) and [script](javascript:alert(1)).

<svg role="img" aria-label="x"><circle r="5"/></svg>

## Part two {#part-two}

Text.[^notes]
`;
    const page = await fixture(html`<div>${inlineArticle(markdown, { 'article-href': HREF })}</div>`);
    const el = page.querySelector('stall-article') as StallArticle;
    await settled(el);
    const links = Object.fromEntries([...text(el).querySelectorAll('a:not(sup a)')].map((a) => [squash(a.textContent), a.getAttribute('href')]));
    expect(links['part two']).to.equal('#part-two');
    expect(links['their guide']).to.equal('/articles/getting-unstuck.html#name-it');
    expect(links['a bad one']).to.equal(null);
    expect(links.script ?? null).to.equal(null);
    expect(text(el).querySelector('svg')).to.equal(null);
  });

  it('draws progress in steps and a goal in milestones, each with a text alternative, in the page\'s colours', async () => {
    const style = document.createElement('style');
    style.textContent = '.dark { color-scheme: dark; color: rgb(240, 240, 240); background: rgb(20, 20, 20); --stall-color-accent: rgb(120, 180, 255); } .dark a { color: rgb(150, 200, 255); }';
    document.head.append(style);
    try {
      for (const id of ['what-is-a-stall', 'is-therapy-working']) {
        const page = await fixture(html`<div class="dark"><stall-article article=${id}></stall-article></div>`);
        const el = page.querySelector('stall-article') as StallArticle;
        await settled(el);
        const figure = text(el).querySelector('figure.stall-figure')!;
        const svg = figure.querySelector('svg')!;
        expect(svg.getAttribute('role')).to.equal('img');
        expect(svg.getAttribute('aria-label')!.length).to.be.greaterThan(40);
        expect(squash(figure.querySelector('figcaption')!.textContent).length).to.be.greaterThan(20);
        expect(getComputedStyle(svg.querySelector('text')!).fill).to.equal('rgb(240, 240, 240)');
        expect(getComputedStyle(svg.querySelector('.stall-figure-accent')!).stroke).to.equal('rgb(120, 180, 255)');
        await expect(el).to.be.accessible();
      }
    } finally {
      style.remove();
    }
  });

  it('offers a goals and milestones sheet to print, and PHQ-9 and GAD-7 ranges with a worked example', async () => {
    const el = await article(html`<stall-article article="is-therapy-working"></stall-article>`);
    const sheet = text(el).querySelector('#goals-sheet')!.nextElementSibling!.nextElementSibling as HTMLTableElement;
    expect(sheet.localName).to.equal('table');
    expect([...sheet.querySelectorAll('th')].map((th) => squash(th.textContent))).to.deep.equal(['My goal, in plain words', 'Small steps on the way', 'When we will check']);
    const emptyRows = [...sheet.querySelectorAll('tbody tr')].filter((tr) => squash(tr.textContent) === '');
    expect(emptyRows.length).to.equal(3);
    expect(emptyRows[0].getBoundingClientRect().height).to.be.at.least(30);
    const words = squash(text(el).textContent);
    expect(words).to.contain('a lower score is better');
    expect(words).to.contain('PHQ-9: scores go from 0 to 27');
    expect(words).to.contain('GAD-7: scores go from 0 to 21');
    expect(words).to.contain('Say your PHQ-9 score was 16 when you started, and it is 9 now. That is a drop of 7 points.');
    expect(words).to.contain('the odds of such improvement nearly doubled');
    expect(words).not.to.contain('the rate of such improvement');
  });

  it('fits a 320 px column without scrolling sideways, pictures and sheet included', async () => {
    for (const id of ['what-is-a-stall', 'is-therapy-working']) {
      const page = await fixture(html`<div style="inline-size: 320px"><stall-article article=${id}></stall-article></div>`);
      const el = page.querySelector('stall-article') as StallArticle;
      await settled(el);
      expect(el.scrollWidth, id).to.be.at.most(320);
      for (const figure of text(el).querySelectorAll('figure, table')) expect(figure.getBoundingClientRect().width, id).to.be.at.most(320);
    }
  });

  it('embeds the self-check in the article whose sections its themes explain, so its Read more links land there', async () => {
    const el = await article(html`<stall-article article="why-progress-stalls"></stall-article>`);
    const checklist = text(el).querySelector('#self-check ~ stall-checklist, #self-check ~ p > stall-checklist') as StallChecklist;
    expect(checklist).to.not.equal(null);
    await checklistSettled(checklist);
    box(checklist, 'steering away').click();
    await checklist.updateComplete;
    const links = [...checklistRoot(checklist).querySelectorAll<HTMLAnchorElement>('a.article-link')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      const target = link.getAttribute('href')!;
      expect(target).to.match(/^#[a-z-]+$/);
      expect(document.getElementById(target.slice(1))?.closest('stall-article'), target).to.equal(el);
    }
  });
});

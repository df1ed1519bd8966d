import { expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';

/** A component as `stall-elements render` leaves it in a page: a declarative shadow root with markup in it. */
function prerendered<T extends HTMLElement>(markup: string): T {
  const holder = document.createElement('div');
  // setHTMLUnsafe is how script can create a declarative shadow root, as the HTML parser does.
  (holder as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  document.body.append(holder);
  return holder.firstElementChild as T;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('<stall-checklist> prerendered', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((holder) => holder.remove()));

  it('keeps the prerendered markup while its content loads, then shows its own once, in place', async () => {
    const el = prerendered<StallChecklist>('<stall-checklist lang="es"><template shadowrootmode="open"><p class="from-server">Lista prerenderizada</p></template></stall-checklist>');
    const root = el.shadowRoot!;
    // Spanish is a lazy chunk: meanwhile the visitor keeps reading the prerendered list, not "Cargando…".
    await el.updateComplete;
    expect(squash(root.textContent)).to.equal('Lista prerenderizada');
    await waitUntil(() => root.querySelector('fieldset'), 'the checklist drew itself');
    expect(root.querySelector('.from-server')).to.equal(null);
    expect(root.querySelectorAll('[part="title"]')).to.have.length(1);
    expect(root.querySelectorAll('fieldset')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('<stall-article> prerendered', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((holder) => holder.remove()));

  it('keeps the prerendered text when the browser cannot load the article itself', async () => {
    const el = prerendered<HTMLElement & { updateComplete: Promise<boolean> }>(
      '<stall-article article="not-in-this-bundle"><template shadowrootmode="open"><h1>Prerendered title</h1><slot name="body"></slot></template>' +
        '<div slot="body" class="stall-article-content" data-prerendered><p>Prerendered text</p></div></stall-article>',
    );
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(squash(el.shadowRoot!.querySelector('h1')?.textContent)).to.equal('Prerendered title');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.querySelectorAll('.stall-article-content')).to.have.length(1);
    expect(squash(el.querySelector('.stall-article-content')!.textContent)).to.equal('Prerendered text');
  });

  it('swaps in its own frame and text once the article is here, each once', async () => {
    const el = prerendered<HTMLElement & { updateComplete: Promise<boolean> }>(
      '<stall-article article="ending-well"><template shadowrootmode="open"><h1>Ending therapy well</h1><slot name="body"></slot></template>' +
        '<div slot="body" class="stall-article-content" data-prerendered><p>Prerendered text</p></div></stall-article>',
    );
    await waitUntil(() => el.querySelector('.stall-article-content:not([data-prerendered])'), 'the article drew its own text');
    expect(el.querySelectorAll('.stall-article-content')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('h1')).to.have.length(1);
    expect(squash(el.shadowRoot!.querySelector('h1')!.textContent)).to.equal('Ending therapy well');
    await expect(el).to.be.accessible();
  });
});

describe('<stall-crisis-footer> prerendered', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((holder) => holder.remove()));

  it('replaces the prerendered markup with its own first render, showing nothing twice', async () => {
    const el = prerendered<HTMLElement & { updateComplete: Promise<boolean> }>(
      '<stall-crisis-footer country="GB"><template shadowrootmode="open"><h2 class="from-server">If you need help now</h2></template></stall-crisis-footer>',
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.from-server')).to.equal(null);
    expect([...root.querySelectorAll('h2')].map((h) => squash(h.textContent))).to.deep.equal(['If you need help now']);
    expect(root.querySelector('a[href="tel:116123"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

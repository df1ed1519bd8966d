// The embed snippets of docs/embedding.md, run as written (scripts/doc-snippets.ts builds them):
// a framework passes `ticked` as a property, hears `stall-change`, and its new state flows back.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';
import { box, settled, squash, tick } from './fixtures/checklist-helpers.js';

interface MountedSnippet {
  mount(container: HTMLElement): () => void;
}

/** A snippet of the doc, built as its framework would build it. */
async function snippet<T>(name: string): Promise<T> {
  const url = `/__snippets/${name}.js`;
  return (await import(url)) as T;
}

async function checklistIn(container: Element): Promise<StallChecklist> {
  await waitUntil(() => container.querySelector('stall-checklist'), 'the snippet rendered no <stall-checklist>');
  const el = container.querySelector('stall-checklist')!;
  await settled(el);
  return el;
}

describe('embed snippets of docs/embedding.md', () => {
  afterEach(() => fixtureCleanup());

  // First: it must register only what it imports, before any other snippet registers everything.
  it('npm, only what you use: registers the practice, the footer and the checklist, and nothing else', async () => {
    await snippet<MountedSnippet>('bundler');
    for (const tag of ['stall-practice', 'stall-crisis-footer', 'stall-checklist']) expect(customElements.get(tag), tag).to.exist;
    expect(customElements.get('stall-decision')).to.equal(undefined);
    const page = await fixture(html`<stall-practice country="GB" name="Harbour Therapy" phone="020 7946 0000"><stall-crisis-footer></stall-crisis-footer></stall-practice>`);
    const footer = page.querySelector('stall-crisis-footer')!;
    await footer.updateComplete;
    expect(squash(footer.shadowRoot!.textContent)).to.contain('Harbour Therapy');
    expect(squash(footer.shadowRoot!.querySelector('[part="emergency"]')!.textContent)).to.contain('999');
  });

  for (const name of ['html', 'wordpress']) {
    it(`${name}: one module script, and markup that renders with the practice's details`, async () => {
      await import('../src/define.js');
      const { default: markup } = await snippet<{ default: string }>(name);
      const scripts = [...markup.matchAll(/<script\b([^>]*)><\/script>/g)];
      expect(scripts, 'script tags').to.have.length(1);
      expect(scripts[0][1]).to.match(/type="module" src="\/[^"]*\/stall-elements\.js"/);
      const page = await fixture<HTMLElement>(html`<div></div>`);
      // The doc's markup, without its script tag (the test has registered the tags already).
      page.innerHTML = markup.replace(scripts[0][0], '');
      const checklist = await checklistIn(page);
      expect(checklist.shadowRoot!.querySelectorAll('input[part="checkbox"]').length).to.be.greaterThan(10);
      const footer = page.querySelector('stall-crisis-footer')!;
      await footer.updateComplete;
      expect(squash(footer.shadowRoot!.textContent)).to.contain('Harbour Therapy');
      expect(squash(footer.shadowRoot!.querySelector('[part="emergency"]')!.textContent)).to.contain('999');
    });
  }

  for (const name of ['react', 'vue', 'svelte']) {
    it(`${name}: sets ticked as a property, hears stall-change, and passes the new answers back`, async () => {
      const { mount } = await snippet<MountedSnippet>(name);
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const unmount = mount(container);
      try {
        const checklist = await checklistIn(container);
        // The framework's initial state reached the element as a property, not an attribute.
        expect(checklist.ticked).to.deep.equal(['going-in-circles']);
        expect(checklist.hasAttribute('ticked')).to.equal(false);
        expect(box(checklist, 'go round in circles').checked).to.equal(true);

        await tick(checklist, "There's a subject I keep steering away from");
        const themesLine = () => squash(container.querySelector('p')?.textContent);
        await waitUntil(() => themesLine().includes('Steering around hard topics'), `the page says "${themesLine()}"`);
        // The framework re-rendered with the answers from the event and handed them back.
        await waitUntil(() => checklist.ticked.length === 2, 'the new answers did not come back as a property');
        expect(checklist.ticked).to.deep.equal(['going-in-circles', 'steering-away']);
        expect(box(checklist, 'steering away').checked).to.equal(true);
      } finally {
        unmount();
      }
      expect(container.querySelector('stall-checklist'), 'unmounted').to.equal(null);
    });
  }
});

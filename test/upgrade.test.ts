// Components written into the page, and given properties, before the library registers them (a
// page whose script loads last, or a lazy bundle): once `define` runs they upgrade, keep what the
// page set, and get the practice's details. This file must not import src/define.js up front:
// @web/test-runner runs each test file in a page of its own, so the tags start out unknown here.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { box, recordChanges, root, squash, statusText, tick } from './fixtures/checklist-helpers.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';

describe('components created before the library is loaded', () => {
  it('upgrade when it loads, keeping the properties the page set, inside the practice', async () => {
    const tags = ['stall-practice', 'stall-checklist', 'stall-decision', 'stall-article', 'stall-crisis-footer'];
    expect(tags.filter((tag) => customElements.get(tag))).to.deep.equal([]);

    const host = await fixture(html`<div>
      <stall-practice country="GB" name="Harbour Therapy" phone="020 7946 0000">
        <stall-checklist></stall-checklist>
        <stall-decision></stall-decision>
        <stall-article article="what-is-a-stall"></stall-article>
        <stall-crisis-footer></stall-crisis-footer>
      </stall-practice>
    </div>`);
    const checklist = host.querySelector('stall-checklist') as StallChecklist;
    // Set on the plain element, before its class exists.
    checklist.ticked = ['going-in-circles'];
    const made = document.createElement('stall-checklist') as StallChecklist;
    made.setAttribute('checklist', 'no-such-list');
    const changes = recordChanges(document);

    await import('../src/define.js');
    const defined = tags.filter((tag) => customElements.get(tag));
    for (const tag of defined) expect(host.querySelector(tag), tag).to.be.instanceOf(customElements.get(tag)!);
    await waitUntil(() => root(checklist)?.querySelector('[part="item"]'), 'the checklist did not render');

    expect(box(checklist, 'go round in circles').checked).to.equal(true);
    expect(statusText(checklist)).to.match(/^Boxes ticked: 1 of \d+\./);
    expect(changes, 'no event for what the page set').to.have.length(0);
    const footer = host.querySelector('stall-crisis-footer')!;
    await waitUntil(() => footer.shadowRoot?.textContent?.includes('Samaritans'), 'the footer did not get the practice country');
    expect(squash(footer.shadowRoot!.textContent)).to.contain('020 7946 0000');
    await tick(checklist, "life isn't worth living");
    expect(squash(root(checklist).querySelector('[part="crisis-panel"]')!.textContent)).to.contain('Samaritans');
    expect(changes).to.have.length(1);
    if (defined.includes('stall-decision')) {
      const decision = host.querySelector('stall-decision')!;
      await waitUntil(() => root(decision)?.querySelector('[part="step"]'), 'the decision did not render');
    }
    if (defined.includes('stall-article')) {
      const article = host.querySelector('stall-article')!;
      await waitUntil(() => root(article)?.querySelector('[part="title"]') && article.querySelector('h2'), 'the article did not render');
    }

    // Created with createElement before the definition, connected after it.
    host.append(made);
    await made.updateComplete;
    expect(squash(root(made).querySelector('[part="error"]')!.textContent)).to.contain('There is no built-in checklist called "no-such-list".');
    await expect(checklist).to.be.accessible();
  });
});

// The drop-in bundle's entry (src/drop-in.ts, starting src/autoload.ts): each component loads
// when its tag first appears, on the page or later, the practice (the context provider) is
// defined before the components inside it, and they get its details. This file imports only the autoloader, never
// src/define.js: @web/test-runner runs each test file in a page of its own, so the tags start out
// unknown here.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { watch } from '../src/drop-in.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';
import { root, settled, squash, statusText, tick } from './fixtures/checklist-helpers.js';

const TAGS = ['stall-practice', 'stall-crisis-footer', 'stall-checklist', 'stall-decision', 'stall-article', 'stall-progress'];
const defined = (...tags: string[]) => tags.filter((tag) => customElements.get(tag));

describe('the drop-in autoloader', () => {
  it('defines no tag before it appears on the page', () => {
    expect(defined(...TAGS)).to.deep.equal([]);
  });

  it('loads what appears, the practice first, and the components inside it hear from it', async () => {
    const order: string[] = [];
    for (const tag of TAGS) void customElements.whenDefined(tag).then(() => order.push(tag));
    const host = await fixture(html`<div>
      <stall-checklist id="before-the-practice"></stall-checklist>
      <stall-practice country="GB" name="Harbour Therapy" phone="020 7946 0000">
        <stall-checklist></stall-checklist>
        <stall-crisis-footer></stall-crisis-footer>
      </stall-practice>
    </div>`);
    await waitUntil(() => order.length === 3, `defined so far: ${order.join(', ')}`);
    expect(order[0]).to.equal('stall-practice');
    expect([...order].sort(), 'only what the page uses').to.deep.equal(['stall-checklist', 'stall-crisis-footer', 'stall-practice']);

    const footer = host.querySelector('stall-crisis-footer')!;
    await waitUntil(() => squash(footer.shadowRoot?.textContent).includes('Samaritans'), 'the footer did not get the practice country');
    expect(squash(footer.shadowRoot!.textContent)).to.contain('020 7946 0000');
    const checklist = host.querySelector('stall-practice stall-checklist') as StallChecklist;
    await settled(checklist);
    await tick(checklist, 'go round in circles');
    expect(statusText(checklist)).to.match(/^Boxes ticked: 1 of \d+\./);
    // The crisis lines of the practice's country: the context reached a component that loaded with it.
    await tick(checklist, "life isn't worth living");
    expect(squash(root(checklist).querySelector('[part="crisis-panel"]')!.textContent)).to.contain('Samaritans');
  });

  it('loads tags the page adds later, also inside a shadow root it is asked to watch', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    watch(shadow);
    shadow.append(document.createElement('stall-decision'));
    await waitUntil(() => customElements.get('stall-decision'), 'the decision helper was not loaded');
    expect(shadow.querySelector('stall-decision')).to.be.instanceOf(customElements.get('stall-decision')!);

    const article = document.createElement('stall-article');
    article.setAttribute('article', 'what-is-a-stall');
    const loaded = oneEvent(article, 'stall-load');
    host.append(article);
    await loaded;
    expect(squash(article.textContent)).to.contain('stall');
  });

  it('loads the check-in when it appears', async () => {
    const host = await fixture(html`<div></div>`);
    host.append(document.createElement('stall-progress'));
    await waitUntil(() => customElements.get('stall-progress'), 'the check-in was not loaded');
    const el = host.querySelector('stall-progress')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="question"]'), 'the check-in did not render');
  });
});

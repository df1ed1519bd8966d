// Issue 12: a keyboard-only walk of every component, with real key presses (sendKeys): the
// checklist from a tick to its summary, the decision to an outcome and back, the article's
// contents to a section, and every link of the crisis footer.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { root, squash, statusText } from './fixtures/checklist-helpers.js';

/** The element that has focus, inside shadow roots too. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `matches` holds for the focused element (at most `limit` times). */
async function tabTo(what: string, matches: (el: Element | null) => boolean, limit = 80): Promise<void> {
  for (let i = 0; i < limit && !matches(deepActive()); i++) await sendKeys({ press: 'Tab' });
  expect(matches(deepActive()), `Tab never reached ${what}`).to.equal(true);
}

const named = (name: string) => (el: Element | null) => squash(el?.textContent) === name;
const settle = async (el: Element) => {
  await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  await waitUntil(() => !root(el).querySelector('[part="loading"]'), 'still loading', { timeout: 5000 });
};

describe('every component by keyboard alone', () => {
  afterEach(() => localStorage.clear());

  it('<stall-checklist>: Tab to a sign, Space ticks it, the status says so, Enter on the summary button opens it', async () => {
    const el = await fixture(html`<stall-checklist country="GB"></stall-checklist>`);
    await settle(el);
    await tabTo('the first sign', (f) => f?.localName === 'input' && f.getAttribute('part') === 'checkbox');
    const first = deepActive() as HTMLInputElement;
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(first.checked).to.equal(true);
    expect(deepActive()).to.equal(first);
    expect(statusText(el)).to.match(/^Boxes ticked: 1 of \d+\./);
    await tabTo('the summary button', (f) => f?.localName === 'button' && named('Take it to your next session')(f));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(deepActive()?.id).to.equal('summary-heading');
  });

  it('<stall-decision>: to an outcome by keys, then Back to the last step', async () => {
    const el = await fixture(html`<stall-decision></stall-decision>`);
    await settle(el);
    const answer = async (value: string) => {
      await tabTo(`the answer ${value}`, (f) => f?.localName === 'input');
      const start = deepActive() as HTMLInputElement;
      if (start.value !== value) {
        for (let i = 0; i < 8 && (deepActive() as HTMLInputElement).value !== value; i++) await sendKeys({ press: 'ArrowDown' });
      } else await sendKeys({ press: 'Space' });
      await settle(el);
      expect((deepActive() as HTMLInputElement).value).to.equal(value);
      expect((deepActive() as HTMLInputElement).checked).to.equal(true);
      await tabTo('Next', (f) => f?.localName === 'button' && !!f.matches('.primary'));
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await settle(el);
    };
    await answer('okay');
    expect(deepActive()?.id).to.equal('step-heading');
    await answer('none');
    // The values step: Tab to a value, Space, then Next.
    await tabTo('a value', (f) => f?.localName === 'input' && f.getAttribute('type') === 'checkbox');
    await sendKeys({ press: 'Space' });
    await tabTo('Next', (f) => f?.localName === 'button' && !!f.matches('.primary'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // Practical fit: "Yes, something practical" leads to an outcome.
    await answer('yes');
    expect(deepActive()?.id).to.equal('outcome-heading');
    await tabTo('Back', named('Back'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await settle(el);
    expect(deepActive()?.id).to.equal('step-heading');
    expect(squash(deepActive()?.textContent)).to.equal(squash(root(el).querySelector('[part="step"] legend')!.textContent));
  });

  it('<stall-article>: Tab to a contents link, Enter takes focus to its section', async () => {
    const el = await fixture(html`<stall-article article="why-progress-stalls"></stall-article>`);
    await waitUntil(() => root(el).querySelector('[part="toc-link"]'), 'no contents', { timeout: 5000 });
    const second = root(el).querySelectorAll<HTMLAnchorElement>('[part="toc-link"]')[1];
    await tabTo('the second contents link', (f) => f === second);
    await sendKeys({ press: 'Enter' });
    const id = decodeURIComponent(second.hash.slice(1));
    await waitUntil(() => deepActive()?.id === id, `focus never reached #${id}`);
    expect(squash(deepActive()!.textContent)).to.equal(squash(second.textContent));
  });

  it('<stall-crisis-footer>: every link reached by Tab, in reading order', async () => {
    const page = await fixture(html`<div>
      <stall-practice country="GB" phone="020 7946 0000" email="hello@harbour.example" booking-url="https://harbour.example/book">
        <stall-crisis-footer></stall-crisis-footer>
      </stall-practice>
    </div>`);
    const footer = page.querySelector('stall-crisis-footer')!;
    await settle(footer);
    const links = [...root(footer).querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(3);
    for (const link of links) await tabTo(link.getAttribute('href')!, (f) => f === link, 10);
  });
});

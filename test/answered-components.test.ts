// Issue 12: components a visitor has answered, side by side on one page, and the moments between
// a choice and the next render.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';
import type { StallDecision } from '../src/decision/stall-decision.js';
import { buttonNamed, root, squash, tick } from './fixtures/checklist-helpers.js';
import { input, press, stepHeading, walk } from './fixtures/decision-helpers.js';

const settle = async (el: Element) => {
  await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  await waitUntil(() => !root(el).querySelector('[part="loading"]'), 'still loading', { timeout: 5000 });
};

/** The decision helper's shortest way to an outcome, practical reasons to change, after `checkIn`; no value chosen. */
const toPracticalOutcome = (checkIn: string) =>
  [
    ['check-in', checkIn],
    ['red-flags', 'none'],
    ['values', []],
    ['practical-fit', 'yes'],
  ] as const;

/** Whether `el` is inside the window, top to bottom. */
function inView(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight;
}

describe('answered components on one page', () => {
  afterEach(() => localStorage.clear());

  it('names each crisis panel and summary after its own component: no two landmarks of one name (axe landmark-unique)', async () => {
    const page = await fixture(html`<div><stall-checklist country="GB"></stall-checklist><stall-decision country="GB"></stall-decision></div>`);
    const checklist = page.querySelector('stall-checklist') as StallChecklist;
    const decision = page.querySelector('stall-decision') as StallDecision;
    await settle(checklist);
    await settle(decision);
    await tick(checklist, "thoughts of suicide or of harming myself, or felt that life isn't worth living", 'go round in circles');
    buttonNamed(checklist, 'Take it to your next session')!.click();
    await checklist.updateComplete;
    // Practical reasons to change: the shortest way to an outcome.
    await walk(decision, toPracticalOutcome('thoughts-of-harm'));
    await press(decision, 'Take it to your next session');
    const regionNames = [checklist, decision].flatMap((el) =>
      [...root(el).querySelectorAll('section[aria-labelledby]')].map((section) =>
        section
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => squash(root(el).getElementById(id)?.textContent))
          .join(' '),
      ),
    );
    expect(regionNames.filter((name) => name.startsWith('If you need help now'))).to.have.length(2);
    expect(new Set(regionNames).size).to.equal(regionNames.length);
    await expect(page).to.be.accessible();
  });

  it('<stall-decision>: Next pressed right after choosing, before the next render, goes on', async () => {
    const page = await fixture(html`<stall-decision></stall-decision>`);
    const el = page as StallDecision;
    await settle(el);
    input(el, 'okay').click();
    // No await: the Next button on screen was rendered before the answer was chosen.
    root(el).querySelector<HTMLButtonElement>('[part="nav"] button.primary')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Has your therapist done any of these?');
    expect(root(el).querySelector('#step-missing')).to.equal(null);
  });

  for (const tag of ['stall-checklist', 'stall-decision'] as const) {
    it(`<${tag}>: after "Forget my answers" focus and the confirmation stay where the visitor is`, async () => {
      const page = await fixture(
        tag === 'stall-checklist'
          ? html`<div><stall-checklist country="GB"></stall-checklist><div class="rest-of-page" style="height: 3000px"></div></div>`
          : html`<div><stall-decision country="GB"></stall-decision><div class="rest-of-page" style="height: 3000px"></div></div>`,
      );
      const el = page.firstElementChild!;
      await settle(el);
      if (tag === 'stall-checklist') {
        for (const item of root(el).querySelectorAll<HTMLInputElement>('[part="item"] input')) item.click();
        await settle(el);
        buttonNamed(el, 'Take it to your next session')!.click();
      } else {
        const decision = el as StallDecision;
        await walk(decision, toPracticalOutcome('okay'));
        await press(decision, 'Take it to your next session');
      }
      await settle(el);
      const forget = buttonNamed(el, 'Forget my answers')!;
      // The visitor scrolled down to the button; the page goes on below the component.
      forget.scrollIntoView({ block: 'end' });
      forget.focus();
      forget.click();
      await settle(el);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const status = root(el).querySelector('.storage-status')!;
      expect(squash(status.textContent)).to.equal('Your answers have been cleared from this page and from this device.');
      expect(root(el).activeElement).to.equal(forget);
      expect(inView(forget), `Forget at ${Math.round(forget.getBoundingClientRect().top)} px`).to.equal(true);
      expect(inView(status), `message at ${Math.round(status.getBoundingClientRect().top)} px`).to.equal(true);
    });
  }
});

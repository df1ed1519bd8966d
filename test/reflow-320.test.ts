// Issue 12, WCAG 1.4.10 Reflow: nothing may scroll sideways at 320 CSS pixels, in any component
// or state, with long practice names, e-mail addresses and URLs. The footer's contact list once
// forced 328-416 px (`grid-template-columns: max-content 1fr`, labels never stacking).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import { DEVELOPMENT_HOSTS } from '../src/shared/load-error-report.js';
import { buttonNamed, root } from './fixtures/checklist-helpers.js';

const LONG = {
  name: 'The Riverside Counselling and Psychotherapy Partnership of Greater Northamptonshire',
  email: 'appointments.and.general.enquiries@riversidecounsellingandpsychotherapypartnership.example',
  bookingUrl: 'https://booking.riversidecounsellingandpsychotherapypartnership.example/online/appointments/new-clients/first-session',
  phone: '01604 496 000',
  address: 'Unit 14, The Old Granary Business Centre, Riverside Walk, Northampton NN1 5AA',
  hours: 'Monday to Friday 8am-8pm, Saturday 9am-1pm',
};

/** A page of `content` inside a practice with long details. */
const inPractice = (content: TemplateResult) => html`<stall-practice
  country="GB"
  name=${LONG.name}
  email=${LONG.email}
  booking-url=${LONG.bookingUrl}
  phone=${LONG.phone}
  address=${LONG.address}
  hours=${LONG.hours}
  >${content}<stall-crisis-footer></stall-crisis-footer
></stall-practice>`;

const settle = async (el: Element) => {
  await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  await waitUntil(() => !root(el).querySelector('[part="loading"]'), 'still loading', { timeout: 5000 });
  await new Promise((resolve) => requestAnimationFrame(resolve));
};

function expectNoSidewaysScroll(state: string): void {
  const width = document.documentElement.scrollWidth;
  const widest = [...document.querySelectorAll('*')].concat(
    [...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('*')] : [])),
  );
  const culprit = widest.find((el) => el.getBoundingClientRect().right > 320.5);
  expect(width, `${state}: page is ${width} px wide; ${culprit ? `${culprit.localName}.${culprit.className} reaches ${Math.round(culprit.getBoundingClientRect().right)} px` : ''}`).to.be.at.most(320);
}

async function press(el: Element, name: string) {
  buttonNamed(el, name)!.click();
  await settle(el);
}

describe('every component at 320 px wide (WCAG 1.4.10)', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('<stall-crisis-footer> with a practice of long name, e-mail and booking address: the contact list stacks', async () => {
    const page = await fixture(inPractice(html``));
    const footer = page.querySelector('stall-crisis-footer')!;
    await settle(footer);
    expect(root(footer).textContent).to.contain(LONG.email);
    expectNoSidewaysScroll('footer');
    // Each label sits above its value where there is no room beside it.
    const term = root(footer).querySelector('dt')!.getBoundingClientRect();
    const value = root(footer).querySelector('dd')!.getBoundingClientRect();
    expect(value.top).to.be.at.least(term.bottom - 1);
    await expect(footer).to.be.accessible();
  });

  it('<stall-checklist>: questions, every box ticked with the crisis lines, the summary open, an error', async () => {
    const page = await fixture(inPractice(html`<stall-checklist></stall-checklist>`));
    const el = page.querySelector('stall-checklist')!;
    await settle(el);
    expectNoSidewaysScroll('checklist, nothing ticked');
    for (const input of root(el).querySelectorAll<HTMLInputElement>('[part="item"] input')) input.click();
    await settle(el);
    expect(root(el).querySelector('[part="crisis-panel"]')).to.exist;
    expectNoSidewaysScroll('checklist, all ticked');
    await press(el, 'Take it to your next session');
    expectNoSidewaysScroll('checklist, summary open');
  });

  it('<stall-decision>: a step, the risk answer, an outcome with its summary, the red-flag outcome', async () => {
    const page = await fixture(inPractice(html`<stall-decision></stall-decision>`));
    const el = page.querySelector('stall-decision')!;
    await settle(el);
    expectNoSidewaysScroll('decision, first step');
    const choose = async (value: string) => {
      root(el).querySelector<HTMLInputElement>(`[part="step"] input[value="${value}"]`)!.click();
      await settle(el);
    };
    await choose('thoughts-of-harm');
    expectNoSidewaysScroll('decision, risk answer');
    await press(el, 'Next');
    await choose('contempt');
    await press(el, 'See my options');
    expectNoSidewaysScroll('decision, red-flag outcome');
    await press(el, 'Keep a private note of this');
    expectNoSidewaysScroll('decision, red-flag summary');
    await press(el, 'Start again');
    await choose('okay');
    await press(el, 'Next');
    await choose('none');
    await press(el, 'Next');
    await choose('continuity');
    await press(el, 'Next');
    await choose('yes');
    await press(el, 'See my options');
    expectNoSidewaysScroll('decision, outcome');
    await press(el, 'Take it to your next session');
    expectNoSidewaysScroll('decision, outcome summary');
  });

  it('<stall-article>: an article with its contents, and one that cannot be shown (author and visitor views)', async () => {
    const page = await fixture(inPractice(html`<stall-article article="why-progress-stalls"></stall-article>`));
    const el = page.querySelector('stall-article')!;
    await settle(el);
    await waitUntil(() => el.querySelector('.stall-article-text h2'), 'no text');
    expectNoSidewaysScroll('article');
    const long = '/hostile/a-file-with-a-long-name-that-does-not-exist-on-this-website-at-all-anywhere.en.markdown';
    const broken = await fixture(html`<div>
      <stall-article src=${long}></stall-article><stall-checklist src="/hostile/wrong-nested-types.en.markdown"></stall-checklist>
    </div>`);
    for (const failing of broken.children) await waitUntil(() => root(failing).querySelector('[part="error"]'), 'no error', { timeout: 8000 });
    expectNoSidewaysScroll('errors, author view');
    DEVELOPMENT_HOSTS.delete(location.hostname);
    try {
      for (const failing of broken.children) (failing as HTMLElement & { requestUpdate(): void }).requestUpdate();
      await settle(broken.children[0]);
      expectNoSidewaysScroll('errors, visitor view');
    } finally {
      DEVELOPMENT_HOSTS.add(location.hostname);
    }
  });
});

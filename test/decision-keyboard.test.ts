import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { allPaths, stepById } from '../src/decision/decision-flow.js';
import type { StallDecision } from '../src/decision/stall-decision.js';
import { crisisPanel, decision, focused, outcomeHeading, recordEvents, root, squash, stepHeading, switchTherapist } from './fixtures/decision-helpers.js';

/** Presses Tab until `matches` holds for the focused element of the decision. */
async function tabTo(el: StallDecision, what: string, matches: (focus: HTMLElement | null) => boolean): Promise<void> {
  for (let i = 0; i < 60 && !matches(focused(el)); i++) await sendKeys({ press: 'Tab' });
  expect(matches(focused(el)), `Tab never reached ${what}`).to.equal(true);
}

/** Answers the step on screen with keys only: Tab into the group, arrows or Space, then Next. */
async function answerByKeyboard(el: StallDecision, stepId: string, answer: string | readonly string[]): Promise<void> {
  const step = stepById(switchTherapist, stepId)!;
  if (step.answers) {
    await tabTo(el, 'the answers', (f) => f?.localName === 'input');
    // An unanswered radio group takes focus on its first radio; arrows move and select.
    const index = step.answers.findIndex((a) => a.id === answer);
    if (index === 0) await sendKeys({ press: 'Space' });
    for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
  } else {
    for (const id of [answer].flat()) {
      await tabTo(el, `value ${id}`, (f) => f?.localName === 'input' && (f as HTMLInputElement).value === id);
      await sendKeys({ press: 'Space' });
    }
  }
  await el.updateComplete;
  for (const id of [answer].flat()) expect(root(el).querySelector<HTMLInputElement>(`[part="step"] input[value="${id}"]`)!.checked, id).to.equal(true);
  await tabTo(el, 'Next', (f) => !!f?.matches('button.primary'));
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await el.updateComplete;
}

describe('<stall-decision> by keyboard', () => {
  afterEach(() => localStorage.clear());

  const firstPathTo = new Map<string, ReturnType<typeof allPaths> extends Generator<infer P> ? P : never>();
  for (const path of allPaths(switchTherapist)) if (!firstPathTo.has(path.outcome)) firstPathTo.set(path.outcome, path);

  it(`reaches each of the ${switchTherapist.outcomes.length} outcomes with the keyboard alone, focus on each new heading`, async () => {
    expect(firstPathTo.size).to.equal(switchTherapist.outcomes.length);
    for (const path of firstPathTo.values()) {
      fixtureCleanup();
      const el = await decision();
      const events = recordEvents(el);
      for (const [i, [stepId, answer]] of path.answers.entries()) {
        expect(stepHeading(el)).to.equal(stepById(switchTherapist, stepId)!.question);
        if (i > 0) expect(focused(el)?.id).to.equal(i === 1 && path.answers[0][1] === 'thoughts-of-harm' ? 'crisis-heading' : 'step-heading');
        await answerByKeyboard(el, stepId, answer);
      }
      expect(outcomeHeading(el)).to.equal(switchTherapist.outcomes.find((o) => o.id === path.outcome)!.title);
      expect(events.completes.map((e) => e.detail.outcome)).to.deep.equal([path.outcome]);
      expect(squash(focused(el)?.textContent)).to.equal(path.outcome === 'red-flag' ? 'If you need help now' : outcomeHeading(el));
    }
  });

  // Issue 12: ArrowDown from "I'm okay" chose the risk answer and threw focus 7 Tabs away.
  it('keeps focus on the answers when the arrow keys reach the risk answer, shows the crisis lines above, and focuses them on Next', async () => {
    const el = await decision(html`<stall-decision country="GB"></stall-decision>`);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.localName).to.equal('input');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.getAttribute('value')).to.equal('thoughts-of-harm');
    expect(crisisPanel(el)).to.exist;
    // Arrowing on past it changes the answer again, focus still in the group.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)?.getAttribute('value')).to.equal('okay');
    expect(crisisPanel(el)).to.equal(null);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await tabTo(el, 'Next', (f) => !!f?.matches('button.primary'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('crisis-heading');
    expect(stepHeading(el)).to.equal('Has your therapist done any of these?');
    expect(crisisPanel(el)).to.exist;
  });

  it('opens the summary and reaches Print from the keyboard', async () => {
    const el = await decision();
    for (const [stepId, answer] of firstPathTo.get('raise-it-first')!.answers) await answerByKeyboard(el, stepId, answer);
    await tabTo(el, 'the summary button', (f) => squash(f?.textContent) === 'Take it to your next session' && f?.localName === 'button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('summary-heading');
    await sendKeys({ press: 'Tab' });
    expect(squash(focused(el)?.textContent)).to.equal('Print');
  });
});

/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Decision } from '../src/content/kinds.js';
import { allPaths } from '../src/decision/decision-flow.js';
import type { StallDecision } from '../src/decision/stall-decision.js';
import switchTherapistEn from '../content/decisions/switch-therapist.en.md';
// Served by Vite from the same origin as the story, as a practice's own file would be.
import brokenDecisionUrl from '../test/fixtures/broken-decision.en.markdown?url&no-inline';
import cycleDecisionUrl from '../test/fixtures/cycle-decision.en.markdown?url&no-inline';
import ownDecisionUrl from '../test/fixtures/own-decision.en.markdown?url&no-inline';
import { asVisitor } from './load-states.js';

type DecisionArgs = { decision?: string; src?: string; country?: string; lang?: string; 'article-href'?: string };
type Answers = readonly (readonly [string, string | readonly string[]])[];

const switchTherapist = switchTherapistEn as Decision;

/** The decision in the story, once it has loaded its content. */
async function decisionIn(canvasElement: HTMLElement): Promise<StallDecision> {
  const el = canvasElement.querySelector('stall-decision')!;
  await el.updateComplete;
  for (let i = 0; i < 100 && el.shadowRoot!.querySelector('[part="loading"]'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
  return el;
}

/** Answers step after step as a visitor would (clicking), so the story shows what a visitor sees. */
async function answer(canvasElement: HTMLElement, answers: Answers): Promise<void> {
  const el = await decisionIn(canvasElement);
  for (const [, given] of answers) {
    for (const id of [given].flat()) {
      el.shadowRoot!.querySelector<HTMLInputElement>(`[part="step"] input[value="${id}"]`)!.click();
      await el.updateComplete;
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="nav"] button.primary')!.click();
    await el.updateComplete;
  }
}

/** A path to `outcome` that answers "okay" to the check-in and picks some values. */
function pathTo(outcome: string): Answers {
  const path = [...allPaths(switchTherapist)].find((p) => p.outcome === outcome && p.answers[0][1] === 'okay')!;
  return path.answers.map(([step, given]) => [step, step === 'values' ? ['feeling-heard', 'low-cost'] : given] as const);
}

const meta: Meta<DecisionArgs> = {
  title: 'Components/Decision',
  component: 'stall-decision',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '"Should I look for a different therapist?", one step at a time. Next and Back keep answers; a risk answer puts the ' +
          'crisis lines first and focuses them; a red-flag answer ends with the stop-now outcome. The outcome compares every ' +
          'option (details on demand), pros and cons in equal detail, after what the visitor could do next. Answers stay in memory unless the visitor ticks "Remember on ' +
          'this device". `stall-step` and `stall-complete` carry health data: keep them in the page.',
      },
    },
  },
  render: (args) => html`<stall-decision
    decision=${ifDefined(args.decision || undefined)}
    src=${ifDefined(args.src || undefined)}
    country=${ifDefined(args.country || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    article-href=${ifDefined(args['article-href'] || undefined)}
  ></stall-decision>`,
};

export default meta;
type Story = StoryObj<DecisionArgs>;

export const FirstStep: Story = {
  name: 'First step',
  parameters: { docs: { description: { story: 'The safety check-in: "Step 1 of at most 9".' } } },
};

export const MiddleStep: Story = {
  name: 'A middle step',
  parameters: { docs: { description: { story: 'A step after the values, trust and practical-fit steps: Back and Start again appear.' } } },
  play: async ({ canvasElement }) => answer(canvasElement, pathTo('try-a-change').slice(0, -1)),
};

export const ValuesStep: Story = {
  name: 'The values step',
  parameters: { docs: { description: { story: 'What matters most: any number of values, none is fine too.' } } },
  play: async ({ canvasElement }) => {
    await answer(canvasElement, pathTo('raise-it-first').slice(0, 2));
    const el = await decisionIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="continuity"]')!.click();
  },
};

export const Risk: Story = {
  name: 'Risk answer',
  args: { country: 'GB' },
  parameters: { docs: { description: { story: 'The crisis panel comes first and takes focus as soon as the risk answer is chosen.' } } },
  play: async ({ canvasElement }) => {
    const el = await decisionIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="thoughts-of-harm"]')!.click();
  },
};

export const RedFlag: Story = {
  name: 'Outcome: red flag',
  args: { country: 'US' },
  parameters: { docs: { description: { story: 'Crisis lines first, then: you may stop now, it is not your fault, how to raise a complaint where the visitor lives.' } } },
  play: async ({ canvasElement }) => answer(canvasElement, [['check-in', 'okay'], ['red-flags', 'pressure-to-stay']]),
};

/** An outcome reached by clicking through the questions (Storybook reads each story's name statically). */
const outcomeStory = (id: string): Story => ({
  parameters: { docs: { description: { story: `Reached by answering the questions to \`${id}\`, with two values chosen.` } } },
  play: async ({ canvasElement }) => answer(canvasElement, pathTo(id)),
});

export const PracticalReasons: Story = { ...outcomeStory('practical-reasons'), name: 'Outcome: a practical change is one option' };
export const RaiseTrust: Story = { ...outcomeStory('raise-trust'), name: 'Outcome: tell your therapist trust feels shaky' };
export const RaiseItFirst: Story = { ...outcomeStory('raise-it-first'), name: 'Outcome: start by telling your therapist' };
export const RevisitGoals: Story = { ...outcomeStory('revisit-goals'), name: 'Outcome: look at your goals again' };
export const TryAChange: Story = { ...outcomeStory('try-a-change'), name: 'Outcome: try a different way of working' };
export const GiveItTime: Story = { ...outcomeStory('give-it-time'), name: 'Outcome: give it a little time' };
export const SecondOpinion: Story = { ...outcomeStory('second-opinion'), name: 'Outcome: a second view is one option' };
export const ConsiderSwitching: Story = { ...outcomeStory('consider-switching'), name: 'Outcome: a different therapist is one option' };

export const NoValues: Story = {
  name: 'Outcome with no value chosen',
  parameters: { docs: { description: { story: 'No value chosen: no option is marked, and every option is listed in the file\'s order.' } } },
  play: async ({ canvasElement }) => answer(canvasElement, pathTo('give-it-time').map(([step, given]) => [step, step === 'values' ? [] : given] as const)),
};

export const PracticeInterests: Story = {
  name: "A practice's competing interests",
  parameters: { docs: { description: { story: 'With `<stall-practice competing-interests>`, "About" shows the practice\'s interests next to the aid\'s.' } } },
  render: () => html`<stall-practice name="Harbour Therapy" competing-interests="We are paid per session, so we gain when clients stay with us.">
    <stall-decision></stall-decision>
  </stall-practice>`,
  play: async ({ canvasElement }) => {
    const el = await decisionIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="about"]')!.open = true;
  },
};

export const Summary: Story = {
  name: 'Take it to your next session',
  parameters: { docs: { description: { story: 'The summary of an outcome with Print (only the summary prints), Copy and Download; it ends with the review date and the sources.' } } },
  play: async ({ canvasElement }) => {
    await answer(canvasElement, pathTo('consider-switching'));
    const el = await decisionIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#summary-open')!.click();
  },
};

export const Spanish: Story = {
  name: 'Spanish',
  args: { lang: 'es', country: 'ES' },
  parameters: { docs: { description: { story: 'UI strings and the bundled decision in Spanish (loaded on demand), at an outcome.' } } },
  play: async ({ canvasElement }) => answer(canvasElement, pathTo('second-opinion')),
};

export const Dark: Story = {
  name: 'Dark theme',
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => answer(canvasElement, pathTo('consider-switching')),
};

export const InAPractice: Story = {
  name: 'Inside a practice',
  parameters: { docs: { description: { story: "The practice's country (Australia) picks the crisis lines; its accent colour themes the buttons." } } },
  render: () => html`<stall-practice name="Harbour Therapy" country="AU" style="--stall-color-accent: light-dark(#0f5d63, #7fd6dc)">
    <stall-decision></stall-decision>
    <stall-crisis-footer></stall-crisis-footer>
  </stall-practice>`,
  play: async ({ canvasElement }) => {
    const el = await decisionIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="thoughts-of-harm"]')!.click();
  },
};

export const OwnDecision: Story = {
  name: "A practice's own decision (src)",
  args: { src: ownDecisionUrl },
  parameters: { docs: { description: { story: 'Loaded at run time, checked against the same schema and graph checks, its HTML sanitised.' } } },
};

export const ErrorBadSrc: Story = {
  name: 'Error: invalid src file',
  args: { src: brokenDecisionUrl },
  parameters: { docs: { description: { story: 'An invalid file lists the fields at fault; the rest of the page keeps working.' } } },
};

export const ErrorBadSrcVisitor: Story = {
  name: 'Error: invalid src file, as a visitor sees it',
  args: { src: brokenDecisionUrl },
  beforeEach: asVisitor,
  parameters: { docs: { description: { story: 'On the practice\'s live website a visitor sees one calm sentence; the details go to the console and `stall-error`.' } } },
};

export const ErrorCycle: Story = {
  name: 'Error: a step that loops back',
  args: { src: cycleDecisionUrl },
  parameters: { docs: { description: { story: 'The graph check names the answer that leads back to an earlier step.' } } },
};

export const Remembered: Story = {
  name: 'Answers remembered on this device',
  parameters: { docs: { description: { story: 'The visitor chose "Remember" on an earlier visit: they are back at the step they left, with "Forget my answers" there.' } } },
  beforeEach: () => {
    const key = 'stall-elements:decision:switch-therapist';
    localStorage.setItem(key, JSON.stringify({ trail: ['check-in', 'red-flags', 'values'], answers: { 'check-in': 'okay', 'red-flags': 'none', values: ['feeling-heard'] } }));
    return () => localStorage.removeItem(key);
  },
  play: async ({ canvasElement }) => void (await decisionIn(canvasElement)),
};

export const OutcomeOnAPhone: Story = {
  ...outcomeStory('consider-switching'),
  name: 'Outcome on a phone (390 px)',
  globals: { viewport: { value: 'phone390', isRotated: false } },
  parameters: { docs: { description: { story: 'What to do next comes first; each option opens on demand.' } } },
};

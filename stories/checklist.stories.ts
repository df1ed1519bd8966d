/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';
// Served by Vite from the same origin as the story, as a practice's own file would be.
import brokenChecklistUrl from '../test/fixtures/broken-checklist.en.markdown?url&no-inline';
import ownChecklistUrl from '../test/fixtures/own-checklist.en.markdown?url&no-inline';
import { asVisitor, holdRequests } from './load-states.js';

/** An address whose request never answers: the loading story asks for it. */
const SLOW_FILE = 'slow-on-purpose/our-checklist.en.md';

type ChecklistArgs = { checklist?: string; src?: string; country?: string; lang?: string; 'article-href'?: string };

/** The checklist in the story, once it has loaded its content. */
async function checklistIn(canvasElement: HTMLElement): Promise<StallChecklist> {
  const el = canvasElement.querySelector('stall-checklist')!;
  await el.updateComplete;
  for (let i = 0; i < 100 && el.shadowRoot!.querySelector('[part="loading"]'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
  return el;
}

/** Ticks boxes as a visitor would, so the story shows what a visitor sees (events, focus). */
async function tick(el: StallChecklist, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    el.shadowRoot!.querySelector<HTMLInputElement>(`input[part="checkbox"][value="${id}"]`)!.click();
    await el.updateComplete;
  }
}

const meta: Meta<ChecklistArgs> = {
  title: 'Components/Checklist',
  component: 'stall-checklist',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The signs-of-stalling self-check. Ticking boxes updates a live status (signs, ranked themes, the framing message, ' +
          '"this is not a diagnosis") and the three leading themes. A risk item puts the crisis lines first and focuses them. ' +
          'Answers stay in memory unless the visitor ticks "Remember on this device". `stall-change` carries health data: keep it in the page.',
      },
    },
  },
  render: (args) => html`<stall-checklist
    checklist=${ifDefined(args.checklist || undefined)}
    src=${ifDefined(args.src || undefined)}
    country=${ifDefined(args.country || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    article-href=${ifDefined(args['article-href'] || undefined)}
  ></stall-checklist>`,
};

export default meta;
type Story = StoryObj<ChecklistArgs>;

export const Empty: Story = {
  parameters: { docs: { description: { story: 'Nothing ticked: the status region is there, empty.' } } },
};

export const PartlyTicked: Story = {
  name: 'Partly ticked',
  parameters: { docs: { description: { story: 'Three signs ticked: avoidance and method fit lead, ties in the order of the file.' } } },
  play: async ({ canvasElement }) => tick(await checklistIn(canvasElement), 'going-in-circles', 'steering-away', 'feel-distant'),
};

export const Risk: Story = {
  name: 'Risk item ticked',
  args: { country: 'GB' },
  parameters: { docs: { description: { story: 'The crisis panel comes first in the results and takes focus.' } } },
  play: async ({ canvasElement }) => tick(await checklistIn(canvasElement), 'cancelling-more', 'risk-thoughts'),
};

export const Summary: Story = {
  name: 'Take it to your next session',
  parameters: { docs: { description: { story: 'The summary with Print (only the summary prints), Copy and Download.' } } },
  play: async ({ canvasElement }) => {
    const el = await checklistIn(canvasElement);
    await tick(el, 'understand-but-same', 'unsure-of-aim', 'little-practice');
    el.shadowRoot!.querySelector<HTMLButtonElement>('#summary-open')!.click();
    await el.updateComplete;
  },
};

export const OwnChecklist: Story = {
  name: "A practice's own checklist (src)",
  args: { src: ownChecklistUrl },
  parameters: { docs: { description: { story: 'Loaded at run time, checked against the same schema, its HTML sanitised.' } } },
};

export const ErrorBadSrc: Story = {
  name: 'Error: invalid src file',
  args: { src: brokenChecklistUrl },
  parameters: { docs: { description: { story: 'An invalid file lists the fields at fault; the rest of the page keeps working.' } } },
};

export const ErrorBadSrcVisitor: Story = {
  name: 'Error: invalid src file, as a visitor sees it',
  args: { src: brokenChecklistUrl },
  beforeEach: asVisitor,
  parameters: { docs: { description: { story: 'On the practice\'s live website a visitor sees one calm sentence; the details go to the console and `stall-error`.' } } },
};

export const Loading: Story = {
  name: 'Loading',
  args: { src: SLOW_FILE },
  parameters: { docs: { description: { story: 'A practice\'s own file that is slow to arrive: a quiet note says it is loading (this story holds the request open).' } } },
  beforeEach: holdRequests(SLOW_FILE),
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<StallChecklist>('stall-checklist')!.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 600));
  },
};

export const Spanish: Story = {
  name: 'Spanish',
  args: { lang: 'es' },
  parameters: { docs: { description: { story: 'UI strings and the bundled checklist in Spanish (loaded on demand).' } } },
  play: async ({ canvasElement }) => tick(await checklistIn(canvasElement), 'unsure-of-aim', 'life-too-full'),
};

export const Dark: Story = {
  name: 'Dark theme',
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => tick(await checklistIn(canvasElement), 'going-in-circles', 'old-habits'),
};

/** Puts answers where "Remember my answers on this device" keeps them, and removes them after the story. */
const remembered = (key: string, value: unknown) => () => {
  localStorage.setItem(key, JSON.stringify(value));
  return () => localStorage.removeItem(key);
};

export const Remembered: Story = {
  name: 'Answers remembered on this device',
  parameters: { docs: { description: { story: 'The visitor chose "Remember" on an earlier visit: the ticks come back, "Remember" is on and "Forget my answers" is there.' } } },
  beforeEach: remembered('stall-elements:checklist:stalling-signs', ['going-in-circles', 'feel-distant', 'little-practice']),
  play: async ({ canvasElement }) => void (await checklistIn(canvasElement)),
};

export const Phone: Story = {
  name: 'On a phone (390 px)',
  globals: { viewport: { value: 'phone390', isRotated: false } },
  parameters: { docs: { description: { story: 'Every answer row at least 44 px tall, the box 24 px, at the width of a common phone.' } } },
  play: async ({ canvasElement }) => tick(await checklistIn(canvasElement), 'going-in-circles', 'steering-away'),
};

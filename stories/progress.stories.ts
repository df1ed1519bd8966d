import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StallProgress } from '../src/progress/stall-progress.js';

type ProgressArgs = { progress?: string; country?: string; lang?: string; 'article-href'?: string; 'checklist-href'?: string };

const QUESTIONS = ['coping', 'heard', 'mattered', 'fit'];

/** The check-in in the story, once it has loaded its content. */
async function progressIn(canvasElement: HTMLElement): Promise<StallProgress> {
  const el = canvasElement.querySelector('stall-progress')!;
  await el.updateComplete;
  for (let i = 0; i < 100 && el.shadowRoot!.querySelector('[part="loading"]'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
  return el;
}

/** Answers and saves check-ins as a visitor would (kept in memory only: the story never opts in). */
async function checkIns(el: StallProgress, ...series: number[][]): Promise<void> {
  for (const values of series) {
    QUESTIONS.forEach((id, i) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${id}"][value="${values[i]}"]`)!.click());
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#save')!.click();
    await el.updateComplete;
  }
}

/** An export of 30 weekly check-ins, as a visitor would bring it from another device. */
function exportOf30(): File {
  const checkins = Array.from({ length: 30 }, (_, i) => ({
    id: `story-checkin-${String(i).padStart(2, '0')}`,
    savedAt: new Date(Date.UTC(2026, 0, 5 + 7 * i, 18)).toISOString(),
    answers: { coping: Math.min(10, 2 + Math.round(i / 5)), heard: 7 + (i % 3 === 0 ? 1 : 0), mattered: 4 + (i % 4), fit: 5 + Math.round(i / 10) },
    ...(i % 7 === 0 ? { note: 'Talked about sleep' } : {}),
  }));
  const file = { format: 'stall-elements/progress', version: 1, progress: 'session-checkin', exportedAt: '2026-08-01T12:00:00.000Z', checkins };
  return new File([JSON.stringify(file)], 'my-check-ins.json', { type: 'application/json' });
}

const meta: Meta<ProgressArgs> = {
  title: 'Components/Progress',
  component: 'stall-progress',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A private after-session check-in: four questions on a 0–10 scale, a safety question and a note. It draws the check-ins ' +
          '(chart, table, one-sentence summary) and shows gentle signals when they go flat or down. A personal tracker, not a validated test. ' +
          'Nothing is kept unless the visitor ticks "Keep my check-ins on this device". `stall-checkin` carries health data: keep it in the page.',
      },
    },
  },
  render: (args) => html`<stall-progress
    progress=${ifDefined(args.progress || undefined)}
    country=${ifDefined(args.country || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    article-href=${ifDefined(args['article-href'] || undefined)}
    checklist-href=${ifDefined(args['checklist-href'] || undefined)}
  ></stall-progress>`,
};

export default meta;
type Story = StoryObj<ProgressArgs>;

export const Empty: Story = {
  parameters: { docs: { description: { story: 'No check-ins yet: the questions, the "not a test" note and an empty history.' } } },
};

export const OneCheckin: Story = {
  name: 'One check-in',
  parameters: { docs: { description: { story: 'After the first Save: one point on the chart, one row in the table.' } } },
  play: async ({ canvasElement }) => checkIns(await progressIn(canvasElement), [5, 7, 6, 6]),
};

export const Plateau: Story = {
  parameters: { docs: { description: { story: 'Five check-ins at about the same level: the flat signal, with its links and a sentence to say.' } } },
  play: async ({ canvasElement }) => checkIns(await progressIn(canvasElement), [5, 6, 5, 5], [5, 5, 5, 5], [6, 5, 5, 5], [5, 5, 6, 5], [5, 6, 5, 5]),
};

export const Decline: Story = {
  parameters: { docs: { description: { story: 'Things going down over the last three check-ins, with a line per question shown.' } } },
  play: async ({ canvasElement }) => {
    const el = await progressIn(canvasElement);
    await checkIns(el, [7, 8, 7, 7], [7, 7, 6, 7], [6, 6, 5, 6], [5, 5, 4, 5]);
    el.shadowRoot!.querySelector<HTMLInputElement>('.show-each input')!.click();
    await el.updateComplete;
  },
};

export const RiskAnswer: Story = {
  name: 'Risk answer',
  args: { country: 'GB' },
  parameters: { docs: { description: { story: 'A risk answer to the safety question: the crisis lines appear at once, just below it; focus stays on the answer.' } } },
  play: async ({ canvasElement }) => {
    const el = await progressIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="safety"][value="sometimes"]')!.click();
    await el.updateComplete;
  },
};

export const ImportedHistory: Story = {
  name: 'Imported history of 30',
  parameters: { docs: { description: { story: 'Thirty weekly check-ins brought back with Import: a long chart, the table and the summary.' } } },
  play: async ({ canvasElement }) => {
    const el = await progressIn(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(exportOf30());
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part="table"]'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  },
};

export const Spanish: Story = {
  name: 'Spanish',
  args: { lang: 'es' },
  play: async ({ canvasElement }) => checkIns(await progressIn(canvasElement), [4, 5, 5, 5], [4, 5, 4, 5]),
};

export const Remembered: Story = {
  name: 'Check-ins kept on this device',
  parameters: {
    docs: { description: { story: 'The visitor chose "Keep my check-ins on this device" earlier: three check-ins come back, with "Forget all check-ins" there.' } },
  },
  beforeEach: () => {
    const key = 'stall-elements:progress:session-checkin';
    const checkins = [[6, 7, 6, 6], [5, 7, 5, 6], [6, 8, 6, 7]].map(([coping, heard, mattered, fit], i) => ({
      id: `story-kept-${i}`,
      savedAt: new Date(Date.UTC(2026, 9, 5 + 7 * i, 18)).toISOString(),
      answers: { coping, heard, mattered, fit },
    }));
    localStorage.setItem(key, JSON.stringify(checkins));
    return () => localStorage.removeItem(key);
  },
  play: async ({ canvasElement }) => {
    const el = await progressIn(canvasElement);
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part="table"]'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  },
};

export const Phone: Story = {
  name: 'On a phone (390 px)',
  globals: { viewport: { value: 'phone390', isRotated: false } },
  parameters: { docs: { description: { story: 'Two check-ins, at the width of a common phone.' } } },
  play: async ({ canvasElement }) => checkIns(await progressIn(canvasElement), [5, 7, 6, 6], [6, 7, 6, 7]),
};

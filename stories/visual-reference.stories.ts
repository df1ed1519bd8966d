import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';

/**
 * One page with every component, as a designer compares it against their own site: the same type,
 * spacing and colours, side by side. Use the toolbar for dark mode, Spanish and phone widths.
 */
const meta: Meta = {
  title: 'Guides/Visual reference',
  tags: ['!autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: { description: { component: 'Every component on one page, in its first state, themed only by the page.' } },
  },
};

export default meta;

const section = (title: string, body: unknown) => html`<section class="reference-section" aria-label=${title}>
  <p class="reference-label">${title}</p>
  ${body}
</section>`;

export const EveryComponent: StoryObj = {
  name: 'Every component',
  render: () => html`<style>
      .reference {
        display: grid;
        gap: 3rem;
        max-inline-size: 72rem;
        margin-inline: auto;
        padding: 1.5rem 1rem 3rem;
      }
      .reference-label {
        margin: 0 0 1rem;
        padding-block-end: 0.5rem;
        border-block-end: 1px solid currentColor;
        font-size: 0.875rem;
        font-weight: 700;
        letter-spacing: 0.04em;
        text-transform: uppercase;
      }
      .reference-pair {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
        gap: 3rem;
        align-items: start;
      }
    </style>
    <stall-practice country="GB" name="Harbour Therapy" phone="0117 496 0000" article-author="Dr Ana Ruiz, clinical psychologist">
      <div class="reference">
        <h1>stall-elements: visual reference</h1>
        <div class="reference-pair">
          ${section('Self-check: <stall-checklist>', html`<stall-checklist></stall-checklist>`)}
          ${section('Decision helper: <stall-decision>', html`<stall-decision></stall-decision>`)}
        </div>
        ${section('Article: <stall-article>', html`<stall-article article="what-is-a-stall"></stall-article>`)}
        ${section('Progress check-in: <stall-progress>', html`<stall-progress></stall-progress>`)}
        ${section('Crisis footer: <stall-crisis-footer>', html`<stall-crisis-footer></stall-crisis-footer>`)}
      </div>
    </stall-practice>`,
};

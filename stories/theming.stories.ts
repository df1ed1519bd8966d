/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
// As raw text, not through Vite's CSS pipeline: its lightningcss rewrites light-dark() into
// variables that only a color-scheme declared in the same file sets (docs/theming.md says more).
import themes from './theming.css?raw';

/** The three themes, in a <style> of the page as a practice's own stylesheet would be. */
const themeStyle = Object.assign(document.createElement('style'), { textContent: themes });

const meta: Meta = {
  title: 'Guides/Theming',
  // Not one component: no component docs page.
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component: 'One page, three practices: each theme is set only with `--stall-*` custom properties and `::part` (see stories/theming.css).',
      },
    },
  },
};

export default meta;

const practices = [
  { theme: 'harbour', name: 'Harbour Therapy', phone: '020 7946 0000', country: 'GB' },
  { theme: 'sunrise', name: 'Sunrise Counselling', phone: '(02) 9000 0000', country: 'AU' },
  { theme: 'northside', name: 'Northside Psychology', phone: '613-555-0100', country: 'CA' },
];

export const ThreePractices: StoryObj = {
  name: 'Three practices',
  render: () => html`${themeStyle}<div class="practices">
    ${practices.map(
      ({ theme, name, phone, country }) => html`<section class="practice ${theme}" aria-label=${name}>
        <h2>${name}</h2>
        <stall-practice name=${name} phone=${phone} country=${country}>
          <stall-checklist .ticked=${['going-in-circles', 'steering-away']}></stall-checklist>
          <stall-crisis-footer></stall-crisis-footer>
        </stall-practice>
      </section>`,
    )}
  </div>`,
};

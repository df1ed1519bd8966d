import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type FooterArgs = { country?: string; lang?: string };

const meta: Meta<FooterArgs> = {
  title: 'Components/Crisis footer',
  component: 'stall-crisis-footer',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Crisis lines for one country, emergency number first. The data is bundled, never fetched. ' +
          'The country comes from a choice in the chooser, else `country`, else the surrounding `<stall-practice>`, ' +
          'else the region of `lang`, else a guess from the time zone; with none, the visitor is asked to choose. ' +
          'Never a default country.',
      },
    },
  },
  render: ({ country, lang }) =>
    html`<stall-crisis-footer country=${ifDefined(country || undefined)} lang=${ifDefined(lang || undefined)}></stall-crisis-footer>`,
};

export default meta;
type Story = StoryObj<FooterArgs>;

const country = (code: string, name: string): Story => ({
  name,
  args: { country: code },
});

export const UnitedStates = country('US', 'United States');
export const Canada = country('CA', 'Canada');
export const UnitedKingdom = country('GB', 'United Kingdom');
export const Ireland = country('IE', 'Ireland');
export const Australia = country('AU', 'Australia');
export const NewZealand = country('NZ', 'New Zealand');
export const Spain = country('ES', 'Spain');
export const Mexico = country('MX', 'Mexico');
export const Argentina = country('AR', 'Argentina');

export const SpanishUnitedStates: Story = {
  name: 'Spanish (United States)',
  args: { country: 'US', lang: 'es' },
  parameters: { docs: { description: { story: 'US lines with the wording in Spanish.' } } },
};

export const SpanishMexicoFromLanguage: Story = {
  name: 'Spanish, country from lang="es-MX"',
  args: { lang: 'es-MX' },
  parameters: { docs: { description: { story: 'No `country`: Mexico comes from the region in the language tag.' } } },
};

export const InsidePractice: Story = {
  name: 'Inside a practice',
  args: { country: undefined },
  parameters: {
    docs: { description: { story: "The country and the practice's own contact details come from `<stall-practice>`." } },
  },
  render: ({ country, lang }) => html`<stall-practice
    name="Harbour Therapy"
    phone="+44 20 7946 0000"
    email="hello@harbour-therapy.example"
    booking-url="https://harbour-therapy.example/book"
    address="12 Quay Street, Bristol"
    hours="Mon-Fri 9am-5pm"
    country="GB"
  >
    <stall-crisis-footer country=${ifDefined(country || undefined)} lang=${ifDefined(lang || undefined)}></stall-crisis-footer>
  </stall-practice>`,
};

export const UnknownCountry: Story = {
  name: 'Unknown country',
  args: { country: 'ZZ' },
  parameters: {
    docs: {
      description: {
        story:
          'A country that is not recognised (here `ZZ`, CLDR\'s unknown region; also `Germany` or a typo) gets a console ' +
          'warning, the advice to call the local emergency number, and the country chooser first. A page with no ' +
          'country, no region in `lang` and a time zone the library does not know looks the same.',
      },
    },
  },
};

export const NoBundledLines: Story = {
  name: 'Country without bundled lines',
  args: { country: 'DE' },
  parameters: { docs: { description: { story: 'A recognised country without bundled lines (Germany): general advice and the chooser, never another country\'s lines.' } } },
};

export const CountryChooser: Story = {
  name: 'Country chooser',
  args: { country: undefined },
  parameters: {
    docs: {
      description: {
        story:
          'Two footers and an article on one page. Choose a country under either footer and press "Show crisis lines": ' +
          'every crisis view on the page switches at once, focus stays on the button, and a status message says what ' +
          'changed. The choice is not stored: reloading forgets it.',
      },
    },
  },
  render: ({ lang }) => html`<stall-practice country="GB" crisis-directory-url="https://directory.example/crisis-lines">
      <stall-crisis-footer lang=${ifDefined(lang || undefined)}></stall-crisis-footer>
    </stall-practice>
    <div lang="es" style="margin-block-start: 1rem">
      <stall-crisis-footer></stall-crisis-footer>
    </div>`,
};

export const SomewhereElse: Story = {
  name: 'Somewhere else, with a directory link',
  args: { country: undefined },
  parameters: {
    docs: {
      description: {
        story:
          'Choosing "Somewhere else" shows the general advice and, when the practice sets `crisis-directory-url`, a link ' +
          'to its directory of crisis lines in other countries. Here the footer has no country set and the page no ' +
          'region, so unless your time zone gives one, the chooser comes first.',
      },
    },
  },
  render: ({ lang }) => html`<stall-practice crisis-directory-url="https://directory.example/crisis-lines">
    <stall-crisis-footer lang=${ifDefined(lang || undefined)}></stall-crisis-footer>
  </stall-practice>`,
};

export const Dark: Story = {
  name: 'Dark theme',
  args: { country: 'GB' },
  globals: { scheme: 'dark' },
  parameters: { docs: { description: { story: 'On a page with `color-scheme: dark`.' } } },
};

export const Phone: Story = {
  name: 'On a phone (390 px)',
  args: { country: 'NZ' },
  globals: { viewport: { value: 'phone390', isRotated: false } },
  parameters: { docs: { description: { story: 'New Zealand\'s lines at the width of a common phone.' } } },
};

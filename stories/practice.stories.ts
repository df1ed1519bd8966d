import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type PracticeArgs = {
  name?: string;
  phone?: string;
  email?: string;
  'booking-url'?: string;
  address?: string;
  hours?: string;
  country?: string;
  lang?: string;
};

const meta: Meta<PracticeArgs> = {
  title: 'Components/Practice',
  component: 'stall-practice',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "Wraps a page and hands the practice's details (name, contact, country, language) to every component inside it. " +
          'Set them as attributes or as JSON in a child `<script type="application/json">`.',
      },
    },
  },
  args: {
    name: 'Harbour Therapy',
    phone: '+44 20 7946 0000',
    email: 'hello@harbour-therapy.example',
    'booking-url': 'https://harbour-therapy.example/book',
    address: '12 Quay Street, Bristol',
    hours: 'Mon-Fri 9am-5pm',
    country: 'GB',
  },
  render: (args) => html`<stall-practice
    name=${ifDefined(args.name || undefined)}
    phone=${ifDefined(args.phone || undefined)}
    email=${ifDefined(args.email || undefined)}
    booking-url=${ifDefined(args['booking-url'] || undefined)}
    address=${ifDefined(args.address || undefined)}
    hours=${ifDefined(args.hours || undefined)}
    country=${ifDefined(args.country || undefined)}
    lang=${ifDefined(args.lang || undefined)}
  >
    <p>When therapy feels stuck, it helps to name what has changed and talk about it in your next session.</p>
    <stall-crisis-footer></stall-crisis-footer>
  </stall-practice>`,
};

export default meta;
type Story = StoryObj<PracticeArgs>;

export const WithAttributes: Story = {
  name: 'Details as attributes',
  parameters: { docs: { description: { story: 'The footer inside shows UK crisis lines and the practice’s contact details.' } } },
};

export const WithJsonSettings: Story = {
  name: 'Details as JSON',
  args: { name: undefined, phone: undefined, email: undefined, 'booking-url': undefined, address: undefined, hours: undefined, country: undefined },
  parameters: {
    docs: { description: { story: 'The same details in a child `<script type="application/json">`; attributes, if set, win.' } },
  },
  render: (args) => html`<stall-practice country=${ifDefined(args.country || undefined)} lang=${ifDefined(args.lang || undefined)}>
    <script type="application/json">
      {
        "name": "Ceibo Terapia",
        "phone": "+54 11 5555 0100",
        "email": "hola@ceibo-terapia.example",
        "booking-url": "https://ceibo-terapia.example/turnos",
        "address": "Av. de Mayo 1000, Buenos Aires",
        "hours": "Lun-Vie 9-18",
        "country": "AR",
        "lang": "es"
      }
    </script>
    <p>Cuando la terapia parece estancada, ayuda nombrar qué cambió y hablarlo en la próxima sesión.</p>
    <stall-crisis-footer></stall-crisis-footer>
  </stall-practice>`,
};

export const WithInvalidFields: Story = {
  name: 'Invalid fields',
  args: {
    phone: 'call us any time',
    email: 'not-an-email',
    'booking-url': 'http://harbour-therapy.example/book',
    country: 'Britain',
  },
  parameters: {
    docs: {
      description: {
        story:
          'The phone, email, booking link and country are not valid: each is warned about in the console, ' +
          'and the rest of the page keeps working. The country "Britain" is not recognised, so the footer says to call ' +
          'the local emergency number and asks the visitor to choose their country; it never falls back to another country.',
      },
    },
  },
};

export const PhoneAsWritten: Story = {
  name: 'Phone with a trunk (0) and an extension',
  args: { phone: '+44 (0)20 7946 0000 ext. 2' },
  parameters: {
    docs: {
      description: {
        story: 'The number is shown as written; its link dials `tel:+442079460000;ext=2` (the trunk `(0)` is dropped after the country code).',
      },
    },
  },
};

import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../custom-elements.json';
// The docs page of every component: description, an embed snippet, the API tables, every state.
import componentDocs from './component-docs.mdx';
// Registers every tag, providers first (the same module the package's `define` entry ships).
import '../src/define.js';
import { designerControls } from './controls.js';

// Controls and the docs tables come from the same manifest that ships with the package.
setCustomElementsManifest(manifest);

type Scheme = 'light' | 'dark';

/** Page colours per scheme, so the components sit on the surface they would have on a real page. */
const pageColours: Record<Scheme, { background: string; text: string }> = {
  light: { background: '#ffffff', text: '#1f2937' },
  dark: { background: '#111827', text: '#f3f4f6' },
};

/** Widths for the viewport toolbar: the narrowest phone WCAG reflow asks for, a common phone, a tablet, a desktop. */
const viewports = {
  phone320: { name: 'Phone, 320 px (reflow)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  phone390: { name: 'Phone, 390 px', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  tablet: { name: 'Tablet, 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop, 1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
};

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [designerControls],
  globalTypes: {
    lang: {
      description: 'Language of the page around the story',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the page around the story',
      toolbar: {
        title: 'Colour scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', scheme: 'light' },
  decorators: [
    (story, context) => {
      const scheme: Scheme = context.globals.scheme === 'dark' ? 'dark' : 'light';
      const lang = context.globals.lang === 'es' ? 'es' : 'en';
      const { background, text } = pageColours[scheme];
      if (context.viewMode === 'story') {
        // The whole frame takes the page colour, not only the story's box: a dark story with white
        // below it looks unfinished in a full-page snapshot. (A docs page holds many stories: left alone.)
        Object.assign(document.body.style, { background, colorScheme: scheme });
      }
      return html`<div
        lang=${lang}
        style="color-scheme: ${scheme}; background: ${background}; color: ${text}; padding: 1rem; font-family: system-ui, sans-serif;"
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    viewport: { options: viewports },
    // Storybook opens on the first entry: the Introduction, then the visual reference.
    options: {
      storySort: {
        order: ['Guides', ['Introduction', 'Visual reference', 'Components', 'Embedding', 'Theming', 'Writing content', 'Privacy and safety'], 'Components'],
      },
    },
    docs: { page: componentDocs },
    a11y: {
      // WCAG 2.2 AA: the level the components promise.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } },
      test: 'error',
    },
  },
};

export default preview;

/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StallArticle } from '../src/article/stall-article.js';
// Served by Vite from the same origin as the story, as a practice's own file would be.
import brokenArticleUrl from '../test/fixtures/broken-article.en.markdown?url&no-inline';
import ownArticleUrl from '../test/fixtures/own-article.en.markdown?url&no-inline';
import { asVisitor, errorEventLog, holdRequests } from './load-states.js';

type ArticleArgs = { article?: string; src?: string; lang?: string; author?: string; 'article-href'?: string };

/** An address whose request never answers: the loading story asks for it (see `Loading`). */
const SLOW_FILE = 'slow-on-purpose/our-approach.en.md';

/**
 * A file that is not there, on purpose: the 404 story asks for it. The smoke test
 * (.storybook/smoke-test.mjs) expects this one 404 and no other.
 */
const MISSING_FILE = 'missing-on-purpose/our-approach.en.md';

/** A practice's own article, written into the page. */
const INLINE_ARTICLE = `---
title: How we work when therapy feels stuck
summary: What Harbour Therapy does when you tell us sessions have stopped helping.
lang: en
reviewed: 2026-11-01
author: Harbour Therapy
sources:
  - id: harbour-policy
    citation: "Harbour Therapy (2026). How we review progress with clients."
---

Feeling stuck is something we want to hear about. It helps us help you.[^harbour-policy]

## Tell us in any way you like {#tell-us}

Say it at the start of a session, write it in an email, or hand us a note.

## We look at it together {#together}

We set aside time in the next session to go over your goals and what has changed.

## If another therapist would suit you better {#referral}

We can suggest colleagues and send a short letter, if you would like us to.[^harbour-policy]
`;

/** Inline markdown with its summary and reviewed date left out. */
const INVALID_INLINE_ARTICLE = `---
title: A note with missing fields
lang: en
sources:
  - id: harbour-policy
    citation: "Harbour Therapy (2026)."
---

This text never shows.
`;

/** `<stall-article>` holding `markdown` in a `<script type="text/markdown">`, as an author writes it. */
function inlineArticle(markdown: string): HTMLElement {
  const el = document.createElement('stall-article');
  const script = document.createElement('script');
  script.type = 'text/markdown';
  script.textContent = markdown;
  el.append(script);
  return el;
}

/**
 * Waits until the article in the story shows its text or its error, so what the story (and the
 * accessibility check after it) sees is the finished state, not the loading note.
 */
async function articleShown(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector<StallArticle>('stall-article')!;
  await el.updateComplete;
  if (el.shadowRoot!.querySelector('[part="loading"]')) {
    await new Promise((resolve) => {
      el.addEventListener('stall-load', resolve, { once: true });
      el.addEventListener('stall-error', resolve, { once: true });
    });
  }
  await el.updateComplete;
}

const meta: Meta<ArticleArgs> = {
  title: 'Components/Article',
  component: 'stall-article',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'An article: one of the five bundled ones by id, a practice\'s own markdown file (`src`, same website only), or markdown ' +
          'written into the page in a `<script type="text/markdown">`. Shows the title, summary, reading time, reviewed date, a ' +
          'table of contents from three sections on, and numbered sources that the markers in the text link to. Components ' +
          'written in the markdown (`<stall-checklist></stall-checklist>`) work inside it. Markdown from outside the bundle is ' +
          'sanitised; a file that cannot be shown gets a readable message in its place, and the rest of the page keeps working.',
      },
    },
  },
  render: (args) => html`<stall-article
    article=${ifDefined(args.article || undefined)}
    src=${ifDefined(args.src || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    author=${ifDefined(args.author || undefined)}
    article-href=${ifDefined(args['article-href'] || undefined)}
  ></stall-article>`,
  play: async ({ canvasElement }) => articleShown(canvasElement),
};

export default meta;
type Story = StoryObj<ArticleArgs>;

export const WhatIsAStall: Story = {
  name: 'What is a stall in therapy?',
  args: { article: 'what-is-a-stall' },
  parameters: { docs: { description: { story: '`article="what-is-a-stall"`: the signs of a stall, a picture of progress in steps and plateaus, and key points; it links to the self-check.' } } },
};

export const WhyProgressStalls: Story = {
  name: 'Why progress stalls',
  args: { article: 'why-progress-stalls' },
  parameters: { docs: { description: { story: '`article="why-progress-stalls"`: one section per theme of the checklist, with the self-check inside; its "Read more" links land here.' } } },
};

export const GettingUnstuck: Story = {
  name: 'Getting unstuck',
  args: { article: 'getting-unstuck' },
  parameters: { docs: { description: { story: '`article="getting-unstuck"`: naming it, goals, practice, a change of focus, patience, other support.' } } },
};

export const IsTherapyWorking: Story = {
  name: 'Is therapy working?',
  args: { article: 'is-therapy-working' },
  parameters: { docs: { description: { story: '`article="is-therapy-working"`: goals, milestones, looking back and what progress measures show.' } } },
};

export const SwitchingTherapists: Story = {
  name: 'Switching therapists well',
  args: { article: 'switching-therapists' },
  parameters: { docs: { description: { story: '`article="switching-therapists"`: when it makes sense, red flags, ending well; with the decision helper inside.' } } },
};

export const Spanish: Story = {
  name: 'Spanish',
  args: { article: 'getting-unstuck', lang: 'es' },
  parameters: { docs: { description: { story: '`lang="es"`: the Spanish article and frame (loaded on demand).' } } },
};

export const InAPractice: Story = {
  name: 'Inside a practice',
  parameters: {
    docs: {
      description: { story: "The checklist inside the article takes the practice's country (Australia) for its crisis lines, and its accent colour." },
    },
  },
  render: () => html`<stall-practice name="Harbour Therapy" country="AU" style="--stall-color-accent: light-dark(#0f5d63, #7fd6dc)">
    <stall-article article="why-progress-stalls"></stall-article>
    <stall-crisis-footer></stall-crisis-footer>
  </stall-practice>`,
};

export const Inline: Story = {
  name: 'Inline markdown',
  parameters: {
    docs: {
      description: { story: 'Markdown written into the page in a `<script type="text/markdown">` child: the same front matter, sanitised.' },
    },
  },
  render: () => inlineArticle(INLINE_ARTICLE),
};

export const OwnArticle: Story = {
  name: "A practice's own article (src)",
  args: { src: ownArticleUrl },
  parameters: { docs: { description: { story: 'Loaded at run time from the same website, checked against the same schema, its HTML sanitised.' } } },
};

export const Dark: Story = {
  name: 'Dark theme',
  args: { article: 'why-progress-stalls' },
  globals: { scheme: 'dark' },
};

export const ErrorNotFound: Story = {
  name: 'Error: file not found (404)',
  args: { src: MISSING_FILE },
  parameters: { docs: { description: { story: 'The server answered 404: the message names the file and links to it for the author.' } } },
};

export const ErrorInvalid: Story = {
  name: 'Error: invalid front matter',
  args: { src: brokenArticleUrl },
  parameters: { docs: { description: { story: 'An invalid file lists each field at fault with its line; the rest of the page keeps working.' } } },
};

export const ErrorInvalidVisitor: Story = {
  name: 'Error: invalid file, as a visitor sees it',
  args: { src: brokenArticleUrl },
  beforeEach: asVisitor,
  parameters: {
    docs: {
      description: {
        story:
          'The same invalid file on the practice\'s live website: one calm sentence in the visitor\'s language, no file names or ' +
          'field paths. The details go to the console and the `stall-error` event.',
      },
    },
  },
};

export const ErrorInvalidAuthor: Story = {
  name: 'Error: invalid file, as the author sees it',
  args: { src: brokenArticleUrl },
  beforeEach: asVisitor,
  parameters: {
    docs: {
      description: {
        story:
          'The author sees the details on localhost, or on the live website with the `debug` attribute (as here): what went ' +
          'wrong, each field at fault with its line, and a link to the file. The same list is in the console and in the ' +
          '`stall-error` event, written out below.',
      },
    },
  },
  render: (args) => errorEventLog(html`<stall-article src=${ifDefined(args.src || undefined)} lang=${ifDefined(args.lang || undefined)} debug></stall-article>`),
};

export const ErrorInvalidInline: Story = {
  name: 'Error: invalid inline markdown',
  parameters: { docs: { description: { story: 'Inline markdown without a summary or reviewed date: the same list of fields at fault.' } } },
  render: () => inlineArticle(INVALID_INLINE_ARTICLE),
};

export const ErrorUnknownId: Story = {
  name: 'Error: unknown article id',
  args: { article: 'no-such-article' },
  parameters: { docs: { description: { story: '`article="no-such-article"`: names the id it does not know.' } } },
};

export const ErrorOtherWebsite: Story = {
  name: 'Error: file on another website',
  args: { src: 'https://example.org/article.en.md' },
  parameters: { docs: { description: { story: 'Refused before any request is made: only files from the page\'s own website are loaded.' } } },
};

export const NamedAuthor: Story = {
  name: "With the practice's own author",
  args: { article: 'what-is-a-stall', author: 'Dr Ana Ruiz, clinical psychologist' },
  parameters: { docs: { description: { story: 'A bundled article names no author unless the page (`author`) or the practice (`article-author`) does.' } } },
};

export const Loading: Story = {
  name: 'Loading',
  args: { src: SLOW_FILE },
  parameters: { docs: { description: { story: 'A file that is slow to arrive: after 0.4 s a quiet note says it is loading (this story holds the request open).' } } },
  // Holds this story's request open, so the loading note stays; every other request goes through.
  beforeEach: holdRequests(SLOW_FILE),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<StallArticle>('stall-article')!;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 600));
  },
};

export const Phone: Story = {
  name: 'On a phone (390 px)',
  args: { article: 'getting-unstuck' },
  globals: { viewport: { value: 'phone390', isRotated: false } },
  parameters: { docs: { description: { story: 'The title, the crisis line, the contents and the text at the width of a common phone.' } } },
};

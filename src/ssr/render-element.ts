/**
 * Prerendering in Node (`stall-elements render`, scripts/render/): renders one `stall-*` element
 * of a page with @lit-labs/ssr, inside the `<stall-practice>` around it, so that its settings reach
 * the element as they do in the browser. Loaded through Vite (scripts/render/element-renderer.ts)
 * with every content file compiled in at once; never part of the browser bundle.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { serverPage } from '../shared/server-page.js';

type Registry = typeof customElements;
const global = globalThis as { customElements: Registry };

/** Runs `task` with this module's registry as the global one, which @lit-labs/ssr looks tags up in. */
async function withOwnRegistry<T>(task: () => Promise<T>): Promise<T> {
  const previous = global.customElements;
  global.customElements = registry;
  try {
    return await task();
  } finally {
    global.customElements = previous;
  }
}

// Each loading of this module (one per content folder) defines the tags in a registry of its own:
// in the one global registry, the classes of the first folder would answer for every folder.
const registry: Registry = new (customElements.constructor as new () => Registry)();
const defined = withOwnRegistry(() => import('../define.js'));

// connectedCallback lets @lit/context hand the practice's settings to the element (the
// components skip the browser-only parts of it when isServer).
LitElementRenderer.renderOptions.push((element) => (element.localName.startsWith('stall-') ? { connectedCallback: true } : undefined));

export type Attributes = [name: string, value: string][];

export interface ElementToRender {
  tag: string;
  attributes: Attributes;
  /** The attributes of the `<stall-practice>` around the element, if any. */
  practice?: Attributes;
  /** The nearest `lang` around the element in the page. */
  lang?: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const NAME = /^[a-z][a-z0-9-]*$/;

function startTag(tag: string, attributes: Attributes) {
  if (!NAME.test(tag)) throw new Error(`not a tag name: ${tag}`);
  // Only well-formed names: the page's other attributes (event handlers, odd names) play no part in what the element renders.
  const written = attributes.filter(([name]) => NAME.test(name) && !name.startsWith('on'));
  return unsafeStatic(`<${tag}${written.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>`);
}

/**
 * The HTML @lit-labs/ssr writes for the element (its declarative shadow root, and an article's
 * text as light DOM), inside the practice's when there is one: the caller takes out the element's part.
 */
export async function renderElement({ tag, attributes, practice, lang }: ElementToRender): Promise<string> {
  await defined;
  serverPage.lang = lang;
  try {
    const light = tag === 'stall-article' ? renderLight() : nothing;
    const element = html`${startTag(tag, attributes)}${light}</${unsafeStatic(tag)}>`;
    const page = practice && tag !== 'stall-practice' ? html`${startTag('stall-practice', practice)}${element}</stall-practice>` : element;
    return await withOwnRegistry(() => collectResult(render(page)));
  } finally {
    serverPage.lang = undefined;
  }
}

/** The bundled article an `<stall-article article="…">` shows in `lang` (for the page head), or undefined. */
export async function bundledArticleFor(id: string, lang: string | undefined) {
  const { bundledArticle } = await import('../article/article-content.js');
  const { uiLanguage } = await import('../shared/locale.js');
  return bundledArticle(id, uiLanguage(lang));
}

/**
 * Pages prerendered by `stall-elements render` hold each component's markup in a declarative
 * shadow root. A component whose content arrives later (a lazy chunk) keeps that markup on screen
 * until its own first render is ready, then swaps it in one step: no "Loading…" flash, no layout
 * shift. Lit's own hydration would need the first render in the browser to match the server's
 * exactly, which a lazily loaded text or a country guessed from the time zone cannot promise.
 *
 * The prerendered form works before the script arrives (a visitor on a slow phone may tick a box):
 * at the swap, the component takes over what the visitor did there (`takeOverPrerendered`), and
 * focus and open "About" sections stay where they were.
 */
import { adoptStyles, isServer, type LitElement, type PropertyValues } from 'lit';
import { firstPaint, pagePainted } from './first-paint.js';

/** The declarative shadow root the page gave `host`, kept with its markup and given the component's styles; else undefined. */
function keepDeclaredRoot(host: LitElement): ShadowRoot | undefined {
  const root = isServer ? null : host.shadowRoot;
  if (!root) return undefined;
  adoptStyles(root, (host.constructor as typeof LitElement).elementStyles);
  return root;
}

/**
 * For a component whose first render in the browser is ready at once: Lit renders into a shadow
 * root that is already there, before its first child, so a prerendered root is emptied first and
 * Lit told to render at its end (the render follows in the same task). A root Lit has just made is
 * empty anyway.
 */
export function emptiedRoot(host: LitElement, root: HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
  if (isServer || !root.firstChild) return root;
  // A visitor may have tabbed to a link (a crisis line) before the script arrived: it keeps focus.
  const focused = root instanceof ShadowRoot ? focusedControl(root) : undefined;
  root.replaceChildren();
  host.renderOptions.renderBefore = null;
  if (focused) void host.updateComplete.then(() => sameControl(root as ShadowRoot, focused)?.focus({ preventScroll: true }));
  return root;
}

/** What the visitor did in the prerendered markup, before the script took it over. */
export interface PrerenderedState {
  /** The values of the inputs they checked (checkboxes, radios), by the input's `name` ('' for none). */
  checked: { name: string; value: string }[];
}

/** What a component that keeps its prerendered markup until its content is here must say. */
export interface HandsOverPrerendered {
  /** @internal Markup prerendered by `stall-elements render`, on screen until the hand-over. */
  prerenderedRoot?: ShadowRoot;
  /** @internal Whether the component's own render can replace the prerendered markup now. */
  readyToHandOver(): boolean;
  /** @internal Takes over what the visitor did in the prerendered markup (called just before the component's first own render). */
  takeOverPrerendered(state: PrerenderedState): void;
}

type LitClass = abstract new (...args: any[]) => LitElement;
type HandOverClass<T extends LitClass> = T & (abstract new (...args: any[]) => HandsOverPrerendered);

/**
 * The hand-over of `stall-checklist`, `stall-decision` and `stall-article`: a prerendered shadow
 * root is kept (with the component's styles) and stays on screen, untouched by Lit, until
 * `readyToHandOver()`; then, in one task, the visitor's ticks go to `takeOverPrerendered`, the
 * markup gives way to the component's own render, and focus returns to the same control.
 */
export function HandOverPrerendered<T extends LitClass>(Base: T): HandOverClass<T> {
  abstract class HandOver extends Base implements HandsOverPrerendered {
    /** @internal Markup prerendered by `stall-elements render`, shown until the first render with content. */
    prerenderedRoot?: ShadowRoot;

    /** @internal */
    abstract readyToHandOver(): boolean;
    /** @internal */
    abstract takeOverPrerendered(state: PrerenderedState): void;

    /** @internal */
    override createRenderRoot() {
      return (this.prerenderedRoot = keepDeclaredRoot(this)) ?? super.createRenderRoot();
    }

    /** @internal */
    override shouldUpdate(changed: PropertyValues): boolean {
      if (!this.prerenderedRoot) return super.shouldUpdate(changed);
      // willUpdate starts loading the content; until it is here, the prerendered markup stays.
      this.willUpdate(changed);
      // The prerendered markup is painted before the component takes it over: a script that
      // arrives early (cached from the last page) must not hold back the first paint with a render
      // of its own. The markup works meanwhile (a box can be ticked), and the hand-over takes it over.
      if (!pagePainted()) {
        void firstPaint().then(() => this.requestUpdate());
        return false;
      }
      return this.readyToHandOver();
    }

    /** @internal */
    override update(changed: PropertyValues): void {
      const root = this.prerenderedRoot;
      if (!root) return super.update(changed);
      this.prerenderedRoot = undefined;
      const checked = [...root.querySelectorAll<HTMLInputElement>('input:checked')].map(({ name, value }) => ({ name, value }));
      if (checked.length) this.takeOverPrerendered({ checked });
      const focused = focusedControl(root);
      const opened = [...root.querySelectorAll('details')].map((details) => details.open);
      root.replaceChildren();
      super.update(changed);
      // Same task: nothing is painted between the two, so neither a flash nor a focus jump shows.
      root.querySelectorAll('details').forEach((details, index) => opened[index] && (details.open = true));
      if (focused) sameControl(root, focused)?.focus({ preventScroll: true });
    }
  }
  return HandOver;
}

/** Where focus was in the prerendered markup, as a selector and which of its matches; undefined when it was elsewhere. */
function focusedControl(root: ShadowRoot): { selector: string; index: number } | undefined {
  const element = root.activeElement;
  if (!element) return undefined;
  let selector = element.localName;
  if (element.id) selector = `#${CSS.escape(element.id)}`;
  else if (element instanceof HTMLInputElement) selector = `input[type="${CSS.escape(element.type)}"][value="${CSS.escape(element.value)}"]`;
  else if (element instanceof HTMLAnchorElement) selector = `a[href="${CSS.escape(element.getAttribute('href') ?? '')}"]`;
  return { selector, index: [...root.querySelectorAll(selector)].indexOf(element) };
}

/** The control at the same place in the component's own render, if it has one. */
function sameControl(root: ShadowRoot, { selector, index }: { selector: string; index: number }): HTMLElement | undefined {
  const control = root.querySelectorAll(selector)[index];
  return control instanceof HTMLElement ? control : undefined;
}

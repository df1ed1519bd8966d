/**
 * Pages prerendered by `stall-elements render` hold each component's markup in a declarative
 * shadow root. A component whose content arrives later (a lazy chunk) keeps that markup on screen
 * until its own first render is ready, then swaps it in one step: no "Loading…" flash, no layout
 * shift. Lit's own hydration would need the first render in the browser to match the server's
 * exactly, which a lazily loaded text or a country guessed from the time zone cannot promise.
 */
import { adoptStyles, isServer, type LitElement } from 'lit';

/** The declarative shadow root the page gave `host`, kept with its markup and given the component's styles; else undefined. */
export function keepDeclaredRoot(host: LitElement): ShadowRoot | undefined {
  const root = isServer ? null : host.shadowRoot;
  if (!root) return undefined;
  adoptStyles(root, (host.constructor as typeof LitElement).elementStyles);
  return root;
}

/** Empties a kept root just before the component's first own render goes in (same task: nothing is painted between). */
export function clearDeclaredRoot(root: ShadowRoot | undefined): undefined {
  root?.replaceChildren();
  return undefined;
}

/**
 * For a component whose first render in the browser is ready at once: Lit renders into a shadow
 * root that is already there, before its first child, so a prerendered root is emptied first and
 * Lit told to render at its end (the render follows in the same task). A root Lit has just made is
 * empty anyway.
 */
export function emptiedRoot(host: LitElement, root: HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
  if (isServer || !root.firstChild) return root;
  root.replaceChildren();
  host.renderOptions.renderBefore = null;
  return root;
}

import type { ReactiveElement } from 'lit';

/**
 * After the next render, focuses what just appeared (a heading that announces a new view, the
 * crisis panel's heading). A heading also brings its section into view, top first, so the visitor
 * sees where they are; `scrollTo` names another container to bring into view instead.
 */
export async function focusAfterUpdate(host: ReactiveElement, selector: string, scrollTo?: string): Promise<void> {
  await host.updateComplete;
  const target = host.renderRoot.querySelector<HTMLElement>(selector);
  if (!target) return;
  const section = scrollTo ? target.closest(scrollTo) : target.matches('h3') ? target.closest('section') : null;
  target.focus({ preventScroll: !!section });
  section?.scrollIntoView({ block: 'start' });
}

/**
 * After the next render, brings `selector` (the storage controls, after "Forget my answers") back
 * into view when the content above it shrank and left it off screen; focus stays where it is.
 */
export async function keepInView(host: ReactiveElement, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.scrollIntoView({ block: 'nearest' });
}

/**
 * Story set-ups for content on its way or that cannot be shown (src/shared/render-load-error.ts).
 * Storybook runs on localhost, where a component shows the author's details; a visitor on the
 * practice's real website sees one calm sentence instead. `asVisitor` takes this page's host out
 * of the development hosts for one story and puts it back after.
 */
import { html } from 'lit';
import type { StallErrorEvent } from '../src/events.js';
import { DEVELOPMENT_HOSTS } from '../src/shared/load-error-report.js';

/** A story `beforeEach`: the page is treated as the practice's live website, not development. */
export function asVisitor(): () => void {
  const host = location.hostname;
  const wasDevelopment = DEVELOPMENT_HOSTS.delete(host);
  return () => {
    if (wasDevelopment) DEVELOPMENT_HOSTS.add(host);
  };
}

/**
 * What the author gets besides the details in the component: the `stall-error` event, written out
 * under the story as a page's own error handler could log it. The console has the same warning.
 */
export function errorEventLog(component: unknown) {
  const show = (event: StallErrorEvent) => {
    const log = (event.currentTarget as HTMLElement).querySelector<HTMLElement>('.stall-error-log')!;
    log.textContent = JSON.stringify(event.detail, null, 2);
  };
  return html`<div @stall-error=${show}>
    ${component}
    <h2 style="font-size: 1rem; margin: 1.5rem 0 0.5rem">What <code>stall-error</code> carried</h2>
    <pre class="stall-error-log" style="margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.875rem">(waiting for the event)</pre>
  </div>`;
}

/**
 * A story `beforeEach`: requests whose address contains `fragment` never answer, so the loading
 * note stays in view; every other request goes through.
 */
export function holdRequests(fragment: string): () => () => void {
  return () => {
    const realFetch = window.fetch;
    window.fetch = (input, init) => (String(input instanceof Request ? input.url : input).includes(fragment) ? new Promise(() => {}) : realFetch(input, init));
    return () => {
      window.fetch = realFetch;
    };
  };
}

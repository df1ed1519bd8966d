/**
 * Sanitises the HTML rendered from a practice's own markdown before it reaches the page: marked
 * passes raw HTML through, and the file comes from outside the library. The policy is
 * sanitise-policy.ts; the browser's own HTML Sanitizer applies it where it exists
 * (sanitise-native.ts), and DOMPurify, fetched as a chunk of its own, only where it does not
 * (sanitise-dompurify.ts). Both paths pass the same tests (test/article-xss.test.ts).
 */
import { renderMarkdown } from '../content/markdown.js';
import type { Render } from '../content/kinds.js';
import { nativeSanitiser } from './sanitise-native.js';

export type SanitiserKind = 'native' | 'dompurify';

let sanitise: ((dirty: string) => string) | undefined;
let inUse: SanitiserKind | undefined;
let domPurifyLoading: Promise<void> | undefined;
/** @internal Set by tests to prove the DOMPurify path in a browser that has the Sanitizer API. */
let forced: SanitiserKind | undefined;

function useNative(): boolean {
  const native = forced === 'dompurify' ? undefined : nativeSanitiser();
  if (native) [sanitise, inUse] = [native, 'native'];
  return !!native;
}

/**
 * Resolves once sanitiseHtml can run: at once with the browser's own sanitiser, else when
 * DOMPurify's chunk has arrived (start it early, beside the file's request).
 */
export function prepareSanitiser(): Promise<void> {
  if (sanitise || useNative()) return Promise.resolve();
  if (forced === 'native') return Promise.reject(new Error('this browser has no HTML Sanitizer API'));
  domPurifyLoading ??= import('./sanitise-dompurify.js').then(
    (module) => {
      [sanitise, inUse] = [module.sanitiseWithDomPurify, 'dompurify'];
    },
    (error: unknown) => {
      domPurifyLoading = undefined;
      throw error;
    },
  );
  return domPurifyLoading;
}

/** Which sanitiser sanitiseHtml uses; undefined before prepareSanitiser has settled. */
export const sanitiserInUse = (): SanitiserKind | undefined => inUse;

/** @internal Tests only: 'dompurify' forces the fallback, undefined goes back to the browser's choice. */
export function useSanitiserForTesting(kind: SanitiserKind | undefined): void {
  forced = kind;
  sanitise = inUse = domPurifyLoading = undefined;
}

export function sanitiseHtml(dirty: string): string {
  if (!sanitise && !useNative()) throw new Error('stall-elements: the sanitiser is not loaded yet (await prepareSanitiser())');
  return sanitise!(dirty);
}

/** The library's markdown renderer with its output sanitised: for files loaded at run time only. */
export const sanitisingRender: Render = (markdown, options) => {
  const rendered = renderMarkdown(markdown, options);
  return { ...rendered, html: sanitiseHtml(rendered.html) };
};

/**
 * The only module of the library that puts HTML strings into the DOM. It receives two kinds of
 * HTML and nothing else:
 * - HTML compiled at build time from the bundled `content/` folder (written and reviewed with the
 *   library, checked by the content pipeline);
 * - HTML from a practice's own file loaded at run time, which the loader has sanitised (the
 *   browser's own HTML Sanitizer, or DOMPurify where there is none: `src/loader/sanitise.ts`)
 *   before it gets here.
 * Never pass it text a visitor typed, a URL parameter or anything else.
 *
 * Under a Content-Security-Policy that requires Trusted Types, this HTML reaches the DOM through
 * Lit's own `lit-html` policy (unsafeHTML becomes a template, and Lit creates every template with
 * that policy), so a page allows `trusted-types lit-html dompurify` (DOMPurify's, for the loader
 * in a browser without its own sanitiser) and nothing else; test/built/bundle-in-chromium.test.ts proves it on the built bundle.
 */
import type { DirectiveResult } from 'lit/directive.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

export function trustedHtml(compiledOrSanitisedHtml: string): DirectiveResult {
  return unsafeHTML(compiledOrSanitisedHtml);
}

/**
 * What a component shows in place of content that could not be loaded; the rest of the page (and
 * the crisis footer, whose data is bundled) keeps working. A visitor sees one short, calm sentence
 * in their language. The page's author, in development or with `debug`, sees what went wrong and
 * the problems of the file (load-error-report.ts also puts them in the console).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { LoadErrorStrings } from '../content/schemas.js';
import { describeFailure, describeIssue, shownIssues, type ContentFailure } from './load-error-report.js';
import { fillText, type Language } from './locale.js';

export type { LoadErrorStrings, ContentFailure };

export function renderLoadError(failure: ContentFailure, strings: LoadErrorStrings, lang: Language, details: boolean): TemplateResult {
  if (!details) {
    return html`<section class="error" part="error">
      <p>${strings.errorShown} ${strings.errorRestOfPage}</p>
    </section>`;
  }
  const { shown, more } = shownIssues(failure);
  // Only a same-origin file is worth linking to: the author opens it to fix it (or to see that
  // the address is wrong). A file on another website was refused before any request.
  const fileLink = failure.kind === 'unknown-id' || failure.kind === 'cross-origin' || failure.kind === 'redirect' ? undefined : failure.url;
  // Not a landmark (no name): two broken components must not make two regions of the same name.
  return html`<section class="error" part="error">
    <h2>${strings.errorHeading}</h2>
    <p>${describeFailure(failure, strings, lang)}</p>
    ${shown.length
      ? html`<ul class="issues" part="issues">
          ${shown.map((issue) => html`<li><code>${describeIssue(issue, strings)}</code></li>`)}
          ${more ? html`<li>${fillText(strings.errorMoreIssues, { count: String(more) })}</li>` : nothing}
        </ul>`
      : nothing}
    ${fileLink ? html`<p><a href=${fileLink}>${strings.errorFileLink}</a></p>` : nothing}
    <p>${strings.errorRestOfPage}</p>
  </section>`;
}

export const loadErrorStyles = css`
  /* A long file address or field path wraps: nothing scrolls sideways at 320 px. Scoped to the
     section, so a component's own .error (the check-in's form message) is not drawn as a box. */
  section.error {
    box-sizing: border-box;
    padding: var(--_stall-space-m);
    border: 2px solid var(--_stall-color-border);
    border-radius: var(--_stall-radius);
    overflow-wrap: anywhere;
  }
  section.error h2 {
    font-size: var(--_stall-font-size-h3);
  }
  section.error > :first-child {
    margin-block-start: 0;
  }
  section.error > :last-child {
    margin-block-end: 0;
  }
  .issues code {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .error a {
    overflow-wrap: anywhere;
  }
`;

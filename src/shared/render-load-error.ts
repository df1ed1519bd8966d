/**
 * Why a component's content could not be loaded, in words, shown in place of the component; the
 * rest of the page (and the crisis footer, whose data is bundled) keeps working.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { LoadErrorStrings } from '../content/schemas.js';
import type { LoadFailure } from '../loader/load-failure.js';
import { fillText, type Language } from './locale.js';

export type { LoadErrorStrings };

/** A failure to show: the loader's, or no bundled content with the requested id. */
export type ContentFailure = LoadFailure | { kind: 'unknown-id'; id: string };

function describe(failure: ContentFailure, strings: LoadErrorStrings, lang: Language): string {
  switch (failure.kind) {
    case 'unknown-id':
      return fillText(strings.errorUnknown, { id: failure.id });
    case 'cross-origin':
      return fillText(strings.errorCrossOrigin, { url: failure.url });
    case 'http':
      return fillText(strings.errorHttp, { url: failure.url, status: String(failure.status) });
    case 'network':
      return fillText(strings.errorNetwork, { url: failure.url });
    case 'timeout':
      return fillText(strings.errorTimeout, { url: failure.url });
    case 'too-large': {
      const limit = new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte' }).format(failure.limitBytes / 1024 / 1024);
      return fillText(strings.errorTooLarge, { url: failure.url, limit });
    }
    case 'invalid':
      return fillText(strings.errorInvalid, { url: failure.url });
    default: {
      const unexpected: never = failure;
      return String(unexpected);
    }
  }
}

export function renderLoadError(failure: ContentFailure, strings: LoadErrorStrings, lang: Language): TemplateResult {
  const issues = failure.kind === 'invalid' ? failure.issues : [];
  // Only a same-origin file is worth linking to: the author opens it to fix it (or to see that
  // the address is wrong). A file on another website was refused before any request.
  const fileLink = failure.kind === 'unknown-id' || failure.kind === 'cross-origin' ? undefined : failure.url;
  return html`<section class="error" part="error" aria-labelledby="error-heading">
    <h2 id="error-heading">${strings.errorHeading}</h2>
    <p>${describe(failure, strings, lang)}</p>
    ${issues.length
      ? html`<ul class="issues" part="issues">
          ${issues.map(
            (issue) =>
              html`<li><code>${issue.path ? `${issue.path}: ` : ''}${issue.message}</code>${issue.line
                  ? ` (${fillText(strings.errorLine, { line: String(issue.line) })})`
                  : nothing}</li>`,
          )}
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
    padding: var(--_stall-space-m);
    border: 2px solid var(--_stall-color-border);
    border-radius: var(--_stall-radius);
    overflow-wrap: anywhere;
  }
  section.error h2 {
    font-size: var(--_stall-font-size-h3);
  }
  section.error > :last-child {
    margin-block-end: 0;
  }
  .issues code {
    white-space: pre-wrap;
  }
`;

/** A load failure in words, shown in place of the checklist; the rest of the page keeps working. */
import { html, nothing, type TemplateResult } from 'lit';
import { fillText, type Language } from '../shared/locale.js';
import type { ChecklistStrings } from './checklist-content.js';
import type { ChecklistFailure } from './checklist-source.js';

function describe(failure: ChecklistFailure, strings: ChecklistStrings, lang: Language): string {
  switch (failure.kind) {
    case 'unknown-checklist':
      return fillText(strings.errorUnknownChecklist, { id: failure.id });
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

export function renderLoadError(failure: ChecklistFailure, strings: ChecklistStrings, lang: Language): TemplateResult {
  const issues = failure.kind === 'invalid' ? failure.issues : [];
  // Only a same-origin file is worth linking to: the author opens it to fix it.
  const fileLink = failure.kind === 'invalid' || failure.kind === 'http' ? failure.url : undefined;
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

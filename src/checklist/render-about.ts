/**
 * "About this checklist": when it was last reviewed, the evidence it draws on, and that its count
 * bands are a rough guide, not a validated score. Closed by default, as the decision helper's.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Checklist } from '../content/kinds.js';
import { formatDate } from '../shared/locale.js';
import type { ChecklistStrings } from './checklist-content.js';

export function renderChecklistAbout(checklist: Checklist, strings: ChecklistStrings, lang: string): TemplateResult {
  return html`<details class="about" part="about">
    <summary>${strings.aboutHeading}</summary>
    <p>${strings.aboutBands}</p>
    <dl>
      <dt>${strings.aboutReviewed}</dt>
      <dd><time datetime=${checklist.reviewed}>${formatDate(checklist.reviewed, lang)}</time></dd>
      <dt>${strings.aboutSources}</dt>
      <dd>
        <ul class="sources" lang=${checklist.lang}>
          ${checklist.sources.map(
            (source) => html`<li>${source.citation}${source.url ? html` <a href=${source.url} rel="noopener noreferrer">${source.url}</a>` : nothing}</li>`,
          )}
        </ul>
      </dd>
    </dl>
  </details>`;
}

export const checklistAboutStyles = css`
  .about {
    /* Source addresses are long unbroken words: they wrap rather than widen a phone's page. */
    overflow-wrap: anywhere;
  }
  .about summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 24px;
  }
  .about dt {
    font-weight: 600;
  }
  .about dd {
    margin: 0 0 0.5rem;
  }
  .sources {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .sources a {
    overflow-wrap: anywhere;
  }
`;

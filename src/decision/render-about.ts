/**
 * "About this decision aid": what the International Patient Decision Aid Standards (IPDAS) ask a
 * decision aid to disclose — when it was last reviewed, how it is kept up to date, who made it,
 * who paid for it, and the evidence it rests on. Closed by default, open to anyone who asks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Decision } from '../content/kinds.js';
import { formatDate } from '../shared/locale.js';
import type { DecisionStrings } from './decision-content.js';

export function renderAbout(decision: Decision, strings: DecisionStrings, lang: string): TemplateResult {
  return html`<details class="about" part="about">
    <summary>${strings.aboutHeading}</summary>
    <dl>
      <dt>${strings.aboutReviewed}</dt>
      <dd><time datetime=${decision.reviewed}>${formatDate(decision.reviewed, lang)}</time></dd>
      <dt>${strings.aboutUpdatePolicy}</dt>
      <dd lang=${decision.lang}>${decision.updatePolicy}</dd>
      <dt>${strings.aboutAuthors}</dt>
      <dd lang=${decision.lang}>${decision.authors}</dd>
      <dt>${strings.aboutFunding}</dt>
      <dd lang=${decision.lang}>${decision.funding}</dd>
      <dt>${strings.aboutSources}</dt>
      <dd>
        <ul class="sources">
          ${decision.sources.map(
            (source) => html`<li>${source.citation}${source.url ? html` <a href=${source.url} rel="noopener noreferrer">${source.url}</a>` : nothing}</li>`,
          )}
        </ul>
      </dd>
    </dl>
  </details>`;
}

/**
 * "About this decision aid": what the International Patient Decision Aid Standards (IPDAS) ask a
 * decision aid to disclose — when it was last reviewed, how it is kept up to date, who made it and
 * how, who paid for it, who has an interest in the choice (the aid's and the practice's showing
 * it), how sure the evidence is, and the evidence it rests on. Closed by default, open to anyone
 * who asks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Decision } from '../content/kinds.js';
import { sourceAnchor } from '../content/source-anchor.js';
import type { PracticeConfig } from '../practice/practice-context.js';
import { fillText, formatDate } from '../shared/locale.js';
import type { DecisionStrings } from './decision-content.js';

/** `pageLang`: the language of the page (or the practice's settings), which the practice's own words are in. */
export function renderAbout(decision: Decision, strings: DecisionStrings, lang: string, practice?: PracticeConfig, howMadeHref?: string, pageLang?: string): TemplateResult {
  const practiceInterests = practice?.competingInterests;
  const howMadeUrl = (howMadeHref && pageOrHttpsUrl(howMadeHref)) || decision.howMadeUrl;
  return html`<details class="about" part="about">
    <summary>${strings.aboutHeading}</summary>
    <dl>
      <dt>${strings.aboutReviewed}</dt>
      <dd><time datetime=${decision.reviewed}>${formatDate(decision.reviewed, lang)}</time></dd>
      <dt>${strings.aboutUpdatePolicy}</dt>
      <dd lang=${decision.lang}>${decision.updatePolicy}</dd>
      <dt>${strings.aboutAuthors}</dt>
      <dd lang=${decision.lang}>${decision.authors}</dd>
      ${decision.howMade || howMadeUrl
        ? html`<dt>${strings.aboutHowMade}</dt>
            <dd>
              ${decision.howMade ? html`<p lang=${decision.lang}>${decision.howMade}</p>` : nothing}
              ${howMadeUrl ? html`<p><a href=${howMadeUrl} rel="noopener noreferrer">${strings.aboutHowMadeLink}</a></p>` : nothing}
            </dd>`
        : nothing}
      <dt>${strings.aboutFunding}</dt>
      <dd lang=${decision.lang}>${decision.funding}</dd>
      ${decision.competingInterests
        ? html`<dt>${strings.aboutCompetingInterests}</dt>
            <dd lang=${decision.lang}>${decision.competingInterests}</dd>`
        : nothing}
      ${practiceInterests
        ? html`<dt>${practice?.name ? fillText(strings.aboutPracticeInterests, { name: practice.name }) : strings.aboutCompetingInterests}</dt>
            <dd lang=${pageLang ?? nothing}>${practiceInterests}</dd>`
        : nothing}
      ${decision.evidenceQuality
        ? html`<dt>${strings.evidenceHeading}</dt>
            <dd lang=${decision.lang}>${decision.evidenceQuality}</dd>`
        : nothing}
      <dt>${strings.aboutSources}</dt>
      <dd>
        <ol class="sources" lang=${decision.lang}>
          ${decision.sources.map(
            (source) =>
              html`<li id=${sourceAnchor(source.id)} tabindex="-1">${source.citation}${source.url
                ? html` <a href=${source.url} rel="noopener noreferrer">${source.url}</a>`
                : nothing}</li>`,
          )}
        </ol>
      </dd>
    </dl>
  </details>`;
}

/** A link the page may set: `https:` or on the page's own site (no `javascript:` or `data:`). */
function pageOrHttpsUrl(href: string): string | undefined {
  try {
    const url = new URL(href, document.baseURI);
    return url.protocol === 'https:' || url.origin === location.origin ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A numbered citation in an outcome (`[1]`, as in the articles) links to its source in "About this
 * decision aid", inside this shadow root: opens that section and moves focus to the source,
 * without a history entry. Use it as a click handler of the outcome.
 */
export function followCitation(event: MouseEvent): void {
  const link = (event.composedPath()[0] as Element | undefined)?.closest?.('sup.citation a');
  if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0) return;
  const root = link.getRootNode() as ShadowRoot | Document;
  const target = root.getElementById?.(decodeURIComponent(link.hash.slice(1)));
  if (!target) return;
  event.preventDefault();
  const about = target.closest('details');
  if (about) about.open = true;
  target.scrollIntoView({ block: 'nearest' });
  target.focus({ preventScroll: true });
}

/**
 * Every option of a decision, one under another: its title and marks, then on demand (a
 * `<details>`, closed) what it is like and its good and hard sides in two equal lists (the schema
 * makes each option give as many of one as of the other). A list, not a grid of cards: no row is
 * ever half empty, and a phone shows every option's title within a screen or two. The options
 * the outcome suggests looking at first come first and are marked in words as well as by their
 * border; none is ever presented as what the visitor has to do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { CITATION_IN_TEXT, sourceAnchor } from '../content/source-anchor.js';
import { fillText } from '../shared/locale.js';
import type { RankedOption } from './decision-flow.js';
import type { DecisionStrings } from './decision-content.js';

export interface OptionsViewOptions {
  ranked: readonly RankedOption[];
  contentLang: string;
  strings: DecisionStrings;
  /** The decision's overall statement on how sure the evidence is. */
  evidenceQuality?: string;
  /** Source ids in the order of the "About" list: a citation's number is its place here. */
  sourceIds: readonly string[];
}

/**
 * A short text with `[^source-id]` citations, numbered and linked like an article's (the markdown
 * renderer does the same for markdown fields; the build checks every id is a source).
 */
function cited(text: string, sourceIds: readonly string[]): (string | TemplateResult)[] {
  return text.split(CITATION_IN_TEXT).map((part, i) => {
    if (i % 2 === 0) return part;
    const number = sourceIds.indexOf(part) + 1;
    return html`<sup class="citation"><a href=${`#${sourceAnchor(part)}`} aria-label=${`source ${number}`}>[${number}]</a></sup>`;
  });
}

export function renderOptionComparison({ ranked, contentLang, strings, evidenceQuality, sourceIds }: OptionsViewOptions): TemplateResult {
  return html`<section class="compare" part="compare" aria-labelledby="compare-heading title">
    <h4 id="compare-heading">${strings.compareHeading}</h4>
    <p class="compare-intro">${strings.compareIntro}</p>
    ${evidenceQuality
      ? html`<p class="evidence-quality" part="evidence-quality"><strong>${strings.evidenceHeading}</strong> <span lang=${contentLang}>${cited(evidenceQuality, sourceIds)}</span></p>`
      : nothing}
    <ul class="options" role="list">
      ${ranked.map(
        ({ option, first, fits }) => html`<li class=${first ? 'option first' : 'option'} part=${first ? 'option option-first' : 'option'}>
          <h5 lang=${contentLang}>${option.title}</h5>
          ${first ? html`<p class="badge" part="look-first">${strings.lookFirst}</p>` : nothing}
          ${fits.length ? html`<p class="fits">${fillText(strings.fitsValues, { values: fits.join('; ') })}</p>` : nothing}
          <details class="option-details" part="option-details">
            <summary>${strings.whatItIsLike}</summary>
            <p class="like" lang=${contentLang}>${option.whatItIsLike}</p>
            ${renderEvidence(option, contentLang, strings, sourceIds)}
            <div class="sides">
              ${renderSide('pros', strings.pros, option.pros, contentLang)} ${renderSide('cons', strings.cons, option.cons, contentLang)}
            </div>
          </details>
        </li>`,
      )}
    </ul>
  </section>`;
}

/** IPDAS: what the evidence says about the option, and what it leaves open. */
function renderEvidence(option: RankedOption['option'], contentLang: string, strings: DecisionStrings, sourceIds: readonly string[]): TemplateResult | typeof nothing {
  if (!option.whatWeKnow && !option.whatWeDontKnow) return nothing;
  return html`<dl class="evidence" part="evidence">
    ${option.whatWeKnow ? html`<dt>${strings.whatWeKnow}</dt> <dd lang=${contentLang}>${cited(option.whatWeKnow, sourceIds)}</dd>` : nothing}
    ${option.whatWeDontKnow ? html`<dt>${strings.whatWeDontKnow}</dt> <dd lang=${contentLang}>${cited(option.whatWeDontKnow, sourceIds)}</dd>` : nothing}
  </dl>`;
}

function renderSide(kind: 'pros' | 'cons', heading: string, entries: readonly string[], contentLang: string): TemplateResult {
  return html`<div class=${`side ${kind}`} part=${kind}>
    <p class="label">${heading}</p>
    <ul lang=${contentLang}>
      ${entries.map((entry) => html`<li>${entry}</li>`)}
    </ul>
  </div>`;
}

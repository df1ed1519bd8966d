/**
 * The short crisis line near the top of every article, so that an article works as crisis help
 * even on a page without a footer: the resolved country's emergency number and first line to
 * call, or the general advice, and the country chooser. It follows a choice made anywhere on the
 * page, as every crisis view does.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { countryChooserStyles, renderCountryChooser } from '../crisis-footer/country-chooser.js';
import { crisisFooterStrings, crisisLinesFor } from '../crisis-footer/crisis-data.js';
import { resolveCountry } from '../crisis-footer/resolve-country.js';
import type { PracticeConfig } from '../practice/practice-context.js';
import { fill, fillText, type Language } from '../shared/locale.js';
import { telHref } from '../shared/phone.js';
import type { ArticleStrings } from './article-content.js';

export interface ArticleCrisisOptions {
  lang: Language;
  langTag: string;
  country?: string;
  practice?: PracticeConfig;
}

export function renderArticleCrisisLine(options: ArticleCrisisOptions, strings: ArticleStrings): TemplateResult {
  const { lang } = options;
  const footerStrings = crisisFooterStrings(lang);
  const shown = resolveCountry({ own: options.country, practice: options.practice?.country, langTag: options.langTag, where: 'stall-article' });
  const crisis = crisisLinesFor(shown.code, lang);
  const emergency = crisis?.emergency;
  const talk = crisis?.lines.find((line) => line.phone);
  const call = (number: string, label: string) => html`<a class="number" href=${telHref(number)} aria-label=${label}>${number}</a>`;
  return html`<div class="crisis-line" part="crisis-line">
    <p>
      ${emergency
        ? fill(strings.crisisLine, { number: call(emergency.number, fillText(footerStrings.emergencyLabel, { number: emergency.number })) })
        : strings.crisisLineUnknown}
      ${talk?.phone
        ? fill(strings.crisisTalk, { name: talk.name, number: call(talk.phone, fillText(footerStrings.callLabel, { name: talk.name, number: talk.phone })) })
        : nothing}
    </p>
    ${renderCountryChooser(shown, footerStrings, lang)}
  </div>`;
}

export const articleCrisisLineStyles = [
  countryChooserStyles,
  css`
    .crisis-line {
      /* Its right edge lines up with the text's: the measure includes the padding. */
      box-sizing: border-box;
      max-inline-size: var(--_stall-article-measure);
      margin-block: var(--_stall-space);
      padding: calc(var(--_stall-space) * 0.75) var(--_stall-space);
      border-inline-start: 0.3rem solid var(--_stall-color-emergency);
      background: var(--_stall-color-emergency-surface);
    }
    .crisis-line p {
      margin: 0;
    }
    .crisis-line .country-chooser {
      margin-block: calc(var(--_stall-space) * 0.5) 0;
    }
    .crisis-line .number {
      font-weight: 700;
    }
    @media (forced-colors: active) {
      .crisis-line {
        border-color: CanvasText;
      }
    }
  `,
];

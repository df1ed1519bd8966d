/**
 * Support lines that fit harm by a therapist, above all sexual harm (sexual-assault and
 * sexual-violence helplines), for the country the crisis panel shows. The red-flag outcome says
 * them after its own message and before the general crisis lines, which stay below because the
 * visitor may be at risk too. A country with no listed lines, or no known country, gets a general
 * message and never another country's lines; the panel's country chooser is just below.
 *
 * Only this module imports the lines, so they load with the decision helper, not with every page
 * (the checklist's first load never carries them). As with crisis lines, how each was checked
 * stays in content/ for the content check; the bundle keeps what a visitor sees and `verifiedAt`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ShippedRedFlagSupport } from '../content/schemas.js';
import { crisisFooterStrings, crisisLinesFor } from '../crisis-footer/crisis-data.js';
import { renderLine } from '../crisis-footer/crisis-resources.js';
import { countryShown, type CrisisHelpOptions } from '../crisis-footer/crisis-panel.js';
import { perLanguage } from '../shared/language-packs.js';
import { fillText, formatDate, type Language } from '../shared/locale.js';
import supportFiles from 'stall-content/ui/red-flag-support';

/** As the bundle ships them: each line without its `sourceUrl` and `unconfirmed` note (scripts/content/run-time.ts). */
export type RedFlagSupportStrings = ShippedRedFlagSupport;

const supportByLanguage = perLanguage(supportFiles as Record<Language, () => RedFlagSupportStrings>);

/** The support lines and their words in `lang` (English until another language has loaded). */
export function redFlagSupportStrings(lang: Language): RedFlagSupportStrings {
  return supportByLanguage[lang] ?? supportByLanguage.en;
}

/** The lines listed for `country`, or undefined for a country with none (or none known). */
export function redFlagSupportFor(country: string | undefined, lang: Language): RedFlagSupportStrings['countries'][string] | undefined {
  const { countries } = redFlagSupportStrings(lang);
  return country && Object.hasOwn(countries, country) ? countries[country] : undefined;
}

/** The support section for the country the crisis panel shows, in `lang`. */
export function renderRedFlagSupport(options: CrisisHelpOptions): TemplateResult {
  const { lang } = options;
  const words = redFlagSupportStrings(lang);
  const { code } = countryShown(options);
  const support = redFlagSupportFor(code, lang);
  return html`<section class="red-flag-support" part="red-flag-support" aria-labelledby="support-heading">
    <h4 id="support-heading">${words.heading}</h4>
    ${support ? renderSupportLines(support, code!, words, lang) : html`<p class="support-none" part="support-none">${code ? words.none : words.unknown}</p>`}
  </section>`;
}

function renderSupportLines(support: NonNullable<ReturnType<typeof redFlagSupportFor>>, code: string, words: RedFlagSupportStrings, lang: Language): TemplateResult {
  // As with the crisis lines: the list is only as current as its least recent check.
  const checked = support.lines.map((line) => line.verifiedAt).filter(Boolean).sort()[0];
  const country = crisisLinesFor(code, lang)?.countryName ?? code;
  return html`<p class="support-intro">${words.intro}</p>
    <ul class="lines" part="support-lines">
      ${support.lines.map((line) => renderLine(line, crisisFooterStrings(lang), 'support-line'))}
    </ul>
    ${support.note ? html`<p class="support-note">${support.note}</p>` : nothing}
    ${checked ? html`<p class="verified">${fillText(words.verified, { country, date: formatDate(checked, lang) })}</p>` : nothing}`;
}

/** Set apart from the general crisis lines below it by a rule, as one group of its own. */
export const redFlagSupportStyles = css`
  .red-flag-support {
    margin-block-end: var(--_stall-space);
    padding-block-end: var(--_stall-space);
    border-block-end: 1px solid var(--_stall-color-border);
  }
  .red-flag-support h4 {
    margin-block: 0 calc(var(--_stall-space) * 0.5);
  }
  .support-intro,
  .support-none,
  .support-note {
    margin: 0 0 var(--_stall-space);
    overflow-wrap: anywhere;
  }
  .support-note {
    margin-block: var(--_stall-space) 0;
  }
  .red-flag-support > :last-child {
    margin-block-end: 0;
  }
`;

/**
 * "Not in the United Kingdom? Choose your country": a labelled native select of every bundled country
 * (named in the page's language) and "Somewhere else", applied by a button so that arrowing
 * through the options changes nothing. The choice goes to every component on the page at once;
 * focus stays on the button, and a status message in this chooser only says what changed.
 */
import { css, html, isServer, nothing, type TemplateResult } from 'lit';
import type { Language } from '../shared/locale.js';
import { fillText } from '../shared/locale.js';
import { chooseCountry } from './country-choice.js';
import { UNKNOWN_COUNTRY } from './country.js';
import { crisisCountries, crisisLinesFor, type CrisisFooterStrings } from './crisis-data.js';
import type { ResolvedCountry } from './resolve-country.js';

/**
 * A country's name in `lang`, from its crisis data. Only countries with crisis lines are named (the
 * chooser lists those alone), and every crisis file must give `countryName`; the code is a last resort.
 */
export function countryName(code: string, lang: Language): string {
  return crisisLinesFor(code, lang)?.countryName ?? code;
}

/** The name as it reads after "in": "the United Kingdom", "el Reino Unido". */
function nameInSentence(code: string, lang: Language, strings: CrisisFooterStrings): string {
  return (Object.hasOwn(strings.countryInSentence, code) ? strings.countryInSentence[code] : undefined) ?? countryName(code, lang);
}

function handleShow(event: Event, strings: CrisisFooterStrings, lang: Language): void {
  const chooser = (event.currentTarget as HTMLElement).closest('.country-chooser')!;
  const code = chooser.querySelector('select')!.value;
  const status = chooser.querySelector('[role="status"]')!;
  chooseCountry(code);
  // Emptied first so that choosing the same country twice is still announced.
  status.textContent = '';
  setTimeout(() => {
    status.textContent = code === UNKNOWN_COUNTRY ? strings.chosenElsewhere : fillText(strings.chosen, { country: countryName(code, lang) });
  }, 50);
}

/**
 * The chooser. `shown` is the country whose lines are on screen; with none, the label asks the
 * visitor to choose first. Always the same template, so its DOM (and focus on its button) stays
 * when the choice changes what is around it. Prerendered (`stall-elements render`), it is shown
 * disabled, at its full size: it needs the script, and a control that did nothing when pressed
 * would leave a visitor thinking there were no other lines.
 */
export function renderCountryChooser(shown: ResolvedCountry, strings: CrisisFooterStrings, lang: Language): TemplateResult {
  const hasLines = !!crisisLinesFor(shown.code, lang);
  const selected = hasLines ? shown.code : UNKNOWN_COUNTRY;
  const label = hasLines ? fillText(strings.chooserLabel, { country: nameInSentence(shown.code!, lang, strings) }) : strings.chooserLabelFirst;
  const options = crisisCountries
    .map((code) => ({ code, name: countryName(code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return html`<div class="country-chooser" part="country-chooser">
    <label class="chooser-label" for="country-choice">${label}</label>
    <div class="chooser-controls">
      <select id="country-choice" ?disabled=${isServer}>
        ${options.map(({ code, name }) => html`<option value=${code} .selected=${code === selected}>${name}</option>`)}
        <option value=${UNKNOWN_COUNTRY} .selected=${selected === UNKNOWN_COUNTRY}>${strings.somewhereElse}</option>
      </select>
      <button type="button" ?disabled=${isServer} @click=${(event: Event) => handleShow(event, strings, lang)}>${strings.chooserButton}</button>
    </div>
    <p class="chooser-status" role="status"></p>
  </div>`;
}

/** The advice for any country, with the practice's directory of other countries' lines if it has one. */
export function renderGeneralAdvice(known: boolean, strings: CrisisFooterStrings, directoryUrl?: string): TemplateResult {
  return html`<p class="unknown" part="unknown-country">
    ${known ? strings.unknownCountry : strings.countryNotKnown}
    ${directoryUrl ? html`<a href=${directoryUrl}>${strings.directoryLink}</a>` : nothing}
  </p>`;
}

export const countryChooserStyles = css`
  .country-chooser {
    margin-block: var(--_stall-space);
  }
  .chooser-label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .chooser-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* 44 px tall like every other button and answer row: a target a thumb hits. */
  .country-chooser select,
  .country-chooser button {
    font: inherit;
    min-block-size: 44px;
    max-inline-size: 100%;
    padding: var(--_stall-space-s) var(--_stall-space-m);
    border: 2px solid var(--_stall-color-accent);
    border-radius: var(--_stall-radius);
    color: inherit;
    background: var(--_stall-color-surface);
  }
  .country-chooser button {
    font-weight: 600;
    color: var(--_stall-color-accent);
    background: transparent;
    cursor: pointer;
  }
  /* Prerendered, before the script: it can't be used yet, and looks it. */
  .country-chooser :disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .chooser-status {
    margin: 0;
  }
  .chooser-status:not(:empty) {
    margin-block-start: 0.5rem;
  }
  @media (forced-colors: active) {
    .country-chooser select,
    .country-chooser button {
      border-color: ButtonText;
    }
  }
`;

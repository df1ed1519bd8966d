/**
 * The crisis help every crisis view shows (the footer, and the panel that interrupts the checklist
 * and the decision helper when a visitor indicates risk): the emergency number first, then the
 * country's crisis lines and the country chooser, or, when the country is not known or has no
 * bundled lines, the chooser first and the general advice. Same data and rendering everywhere, so
 * the views never disagree.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { PracticeConfig } from '../practice/practice-context.js';
import type { Language } from '../shared/locale.js';
import { countryChooserStyles, renderCountryChooser, renderGeneralAdvice } from './country-chooser.js';
import { crisisFooterStrings, crisisLinesFor } from './crisis-data.js';
import { crisisResourceStyles, renderCrisisLines, renderEmergency } from './crisis-resources.js';
import { resolveCountry } from './resolve-country.js';

export interface CrisisHelpOptions {
  lang: Language;
  /** The page's BCP 47 tag, whose region picks the country when no setting does. */
  langTag: string;
  /** The component's own `country`, as written. */
  country?: string;
  /** The enclosing practice's settings: its country and its directory of other countries' lines. */
  practice?: PracticeConfig;
  /** The element's tag name, for a warning about its `country`. */
  where?: string;
}

/** The country whose help a crisis view shows: the component's own, the practice's, the page's, or none known. */
export const countryShown = ({ country, practice, langTag, where }: CrisisHelpOptions) =>
  resolveCountry({ own: country, practice: practice?.country, langTag, where });

export function renderCrisisHelp(options: CrisisHelpOptions): TemplateResult {
  const { lang, practice } = options;
  const strings = crisisFooterStrings(lang);
  const shown = countryShown(options);
  const crisis = crisisLinesFor(shown.code, lang);
  // The chooser keeps its place in the template, so its DOM, and focus on its button, survive a choice.
  return html`${renderEmergency(crisis, strings)} ${crisis ? renderCrisisLines(crisis, strings, lang) : nothing}
  ${renderCountryChooser(shown, strings, lang)} ${crisis ? nothing : renderGeneralAdvice(!!shown.code, strings, practice?.crisisDirectoryUrl)}`;
}

export interface CrisisPanelOptions extends CrisisHelpOptions {
  /** Id of the heading; the component moves focus to it when the panel appears. */
  headingId: string;
  /** Id of the component's title, named with the heading so that two panels on a page have different names. */
  contextId?: string;
  /** A sentence of the component's own, said before the footer's introduction. */
  message?: string;
  /**
   * Whether to say the footer's introduction (thoughts of suicide or self-harm, feeling unsafe).
   * Default true; false where the component's own message says why the lines are there, such as
   * the decision helper's red-flag outcome, which is about harm by a therapist.
   */
  intro?: boolean;
  /** Said after the message, before the crisis help: the red-flag outcome's support lines. */
  beforeHelp?: unknown;
  /** Said after the crisis help: those support lines when a risk answer puts the crisis lines first. */
  afterHelp?: unknown;
}

export function renderCrisisPanel(options: CrisisPanelOptions): TemplateResult {
  const { lang, headingId } = options;
  const strings = crisisFooterStrings(lang);
  return html`<section class="crisis-panel" part="crisis-panel" aria-labelledby=${options.contextId ? `${headingId} ${options.contextId}` : headingId}>
    <h3 id=${headingId} tabindex="-1">${strings.heading}</h3>
    ${options.message ? html`<p class="crisis-message">${options.message}</p>` : nothing}
    ${options.intro === false ? nothing : html`<p class="crisis-intro">${strings.intro}</p>`}
    ${options.beforeHelp ?? nothing} ${renderCrisisHelp(options)} ${options.afterHelp ?? nothing}
  </section>`;
}

/**
 * One sheet for every crisis view (the footer and the panels): the lines, the chooser and the
 * panel, composed at build time so a component adopts one sheet for them, not three.
 */
export const crisisPanelStyles = css`
    ${crisisResourceStyles}
    ${countryChooserStyles}
    .crisis-panel {
      padding: var(--_stall-space);
      border: 2px solid var(--_stall-color-emergency);
      border-radius: var(--_stall-radius);
      background: var(--stall-crisis-panel-background, var(--_stall-color-surface));
    }
    .crisis-message,
    .crisis-intro {
      margin: 0 0 var(--_stall-space);
    }
    @media (forced-colors: active) {
      .crisis-panel,
      .emergency {
        border-color: CanvasText;
      }
    }
  `;

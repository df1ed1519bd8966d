/**
 * The crisis panel that interrupts the checklist and the decision helper when a visitor indicates
 * risk: the footer's heading, the emergency number first, then the country's crisis lines. Same
 * data and rendering as the footer, so the two never disagree.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { crisisFooterStrings, crisisLinesFor, resolveCountry } from './crisis-data.js';
import { crisisResourceStyles, renderCrisisLines, renderEmergency } from './crisis-resources.js';
import type { Language } from '../shared/locale.js';

export interface CrisisPanelOptions {
  lang: Language;
  /** The page's BCP 47 tag, whose region picks the country when nothing else does. */
  langTag: string;
  /** The component's own `country`, then the practice's. */
  country?: string;
  practiceCountry?: string;
  /** Id of the heading; the component moves focus to it when the panel appears. */
  headingId: string;
  /** Id of the component's title, named with the heading so that two panels on a page have different names. */
  contextId?: string;
  /** A sentence of the component's own, said before the footer's introduction. */
  message?: string;
}

export function renderCrisisPanel(options: CrisisPanelOptions): TemplateResult {
  const { lang, headingId } = options;
  const strings = crisisFooterStrings(lang);
  const crisis = crisisLinesFor(resolveCountry(options.country, options.practiceCountry, options.langTag), lang);
  return html`<section class="crisis-panel" part="crisis-panel" aria-labelledby=${options.contextId ? `${headingId} ${options.contextId}` : headingId}>
    <h3 id=${headingId} tabindex="-1">${strings.heading}</h3>
    ${options.message ? html`<p class="crisis-message">${options.message}</p>` : nothing}
    <p class="crisis-intro">${strings.intro}</p>
    ${renderEmergency(crisis, strings)} ${renderCrisisLines(crisis, strings, lang)}
  </section>`;
}

export const crisisPanelStyles = [
  crisisResourceStyles,
  css`
    .crisis-panel {
      padding: var(--_stall-space);
      border: 2px solid var(--_stall-color-emergency);
      border-radius: var(--_stall-radius);
      background: var(--stall-crisis-panel-background, var(--_stall-color-surface));
    }
    .crisis-panel h3:focus {
      outline: var(--_stall-focus-ring);
      outline-offset: 4px;
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
  `,
];

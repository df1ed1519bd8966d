/**
 * Where a visitor can complain about a therapist in their country: the regulators, registers and
 * health complaints bodies of `complaints` in the bundled crisis files, or, for a country the
 * library does not cover, the general advice. Always says where online sessions can be raised and
 * that sexual contact by a therapist can also be a crime. Shown on the decision helper's red-flag
 * outcome, for the same country as its crisis panel.
 *
 * The build splits `complaints` off each crisis file (scripts/content/run-time.ts) and only this
 * module imports them, so they load with the decision helper, not with every page's crisis lines.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ComplaintRoute, CrisisComplaints, UiStrings } from '../content/kinds.js';
import { fillText, type Language } from '../shared/locale.js';
import { resolveCountry } from './resolve-country.js';
import complaintFiles from 'stall-content/crisis?complaints';
import uiStrings from 'stall-content/ui/complaint-routes';
import { perLanguage } from '../shared/language-packs.js';

export type ComplaintRouteStrings = UiStrings<'complaint-routes'>;

const strings = perLanguage(uiStrings as Record<Language, () => ComplaintRouteStrings>);

export function complaintRouteStrings(lang: Language): ComplaintRouteStrings {
  return strings[lang] ?? strings.en;
}

/** Each country's complaint routes by language, by lower-case country code (a crisis file's id). */
const complaintsByCountry = new Map(Object.entries(complaintFiles).map(([id, byLanguage]) => [id, perLanguage(byLanguage)]));

/** The complaint routes of `country` in `lang` (English until another language has loaded), or undefined where none are listed. */
export function complaintsFor(country: string | undefined, lang: Language): CrisisComplaints | undefined {
  const byLanguage = country ? complaintsByCountry.get(country.toLowerCase()) : undefined;
  if (!byLanguage) return undefined;
  // A file that lists none (null) gives the general advice, never the English file's routes.
  const inLanguage = byLanguage[lang] === undefined ? byLanguage.en : byLanguage[lang];
  return inLanguage ?? undefined;
}

function renderRoute(route: ComplaintRoute, words: ComplaintRouteStrings): TemplateResult {
  return html`<li class="complaint-route" part="complaint-route">
    <span class="name">${route.name}</span>
    <p class="how">${route.how}</p>
    ${route.url
      ? html`<p class="website"><a href=${route.url} rel="noopener noreferrer" aria-label=${fillText(words.websiteLabel, { name: route.name })}>${words.website}</a></p>`
      : nothing}
  </li>`;
}

/**
 * The resolved country's `complaints`, or the general advice when it lists none (or is not
 * covered). `headingId` names the heading for `aria-labelledby`.
 */
export function renderComplaintRoutes(complaints: CrisisComplaints | undefined, words: ComplaintRouteStrings, headingId = 'complaint-heading'): TemplateResult {
  return html`<section class="complaints" part="complaints" aria-labelledby=${headingId}>
    <h4 id=${headingId}>${words.heading}</h4>
    ${complaints
      ? html`<p class="complaints-intro">${complaints.intro}</p>
          <ul class="complaint-routes">
            ${complaints.routes.map((route) => renderRoute(route, words))}
          </ul>`
      : html`<p class="complaints-fallback" part="complaints-fallback">${words.fallback}</p>`}
    <p class="telehealth">${words.telehealth}</p>
    <p class="crime-note">${words.crimeNote}</p>
  </section>`;
}

export interface ComplaintRoutesForOptions {
  lang: Language;
  /** The page's BCP 47 tag, whose region picks the country when nothing else does. */
  langTag: string;
  /** The component's own `country`, then the practice's: resolved exactly as the crisis panel does. */
  country?: string;
  practiceCountry?: string;
  /** The element's tag name, for a warning about its `country`. */
  where?: string;
}

/** The complaint routes of the country the crisis panel shows, in `lang`. */
export function renderComplaintRoutesFor({ lang, langTag, country, practiceCountry, where }: ComplaintRoutesForOptions): TemplateResult {
  const shown = resolveCountry({ own: country, practice: practiceCountry, langTag, where });
  return renderComplaintRoutes(complaintsFor(shown.code, lang), complaintRouteStrings(lang));
}

export const complaintRouteStyles = css`
  .complaint-routes {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_stall-space);
  }
  .complaint-route .name {
    display: block;
    font-weight: 700;
  }
  .complaint-route p,
  .complaints-intro,
  .complaints-fallback,
  .telehealth,
  .crime-note {
    margin: 0.25rem 0 0;
    overflow-wrap: anywhere;
  }
  .complaints-intro,
  .telehealth {
    margin-block: 0 var(--_stall-space);
  }
  .telehealth {
    margin-block-start: var(--_stall-space);
  }
`;

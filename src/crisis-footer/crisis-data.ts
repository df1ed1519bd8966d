/**
 * The bundled crisis data and footer wording, compiled at build time from every file of
 * content/crisis and content/ui/crisis-footer.*. Imported statically, never fetched: crisis help must render even when every other
 * content file fails to load.
 */
import type { Crisis, UiStrings } from '../content/kinds.js';
import type { Language } from '../shared/locale.js';
import crisisFiles from 'stall-content/crisis';
import footerStrings from 'stall-content/ui/crisis-footer';

export type CrisisFooterStrings = UiStrings<'crisis-footer'>;

const crisisByLanguage: Record<Language, Crisis[]> = {
  en: Object.values(crisisFiles).map((byLanguage) => byLanguage.en()),
  es: Object.values(crisisFiles).map((byLanguage) => byLanguage.es()),
};

const strings: Record<Language, CrisisFooterStrings> = {
  en: footerStrings.en() as CrisisFooterStrings,
  es: footerStrings.es() as CrisisFooterStrings,
};

/** Countries with bundled crisis lines, as ISO 3166-1 alpha-2 codes. */
export const crisisCountries: readonly string[] = crisisByLanguage.en.map((crisis) => crisis.country);

/** The crisis lines of `country` in `lang`, or undefined for a country the library does not cover (or none). */
export function crisisLinesFor(country: string | undefined, lang: Language): Crisis | undefined {
  const code = country?.toUpperCase();
  return crisisByLanguage[lang].find((crisis) => crisis.country === code);
}

export function crisisFooterStrings(lang: Language): CrisisFooterStrings {
  return strings[lang];
}

/**
 * The bundled crisis data and footer wording, compiled at build time from every file of
 * content/crisis and content/ui/crisis-footer.*. Imported statically, never fetched: crisis help must render even when every other
 * content file fails to load. (The drop-in bundle fetches languages other than English when a
 * page speaks them, see src/shared/language-packs.ts; until then, the English lines show.)
 */
import type { Crisis, UiStrings } from '../content/kinds.js';
import { perLanguage } from '../shared/language-packs.js';
import type { Language } from '../shared/locale.js';
import crisisFiles from 'stall-content/crisis';
import footerStrings from 'stall-content/ui/crisis-footer';

export type CrisisFooterStrings = UiStrings<'crisis-footer'>;

/** Each country's crisis lines by language. */
const crisisByCountry = Object.values(crisisFiles).map((byLanguage) => perLanguage(byLanguage));

const strings = perLanguage(footerStrings as Record<Language, () => CrisisFooterStrings>);

/** Countries with bundled crisis lines, as ISO 3166-1 alpha-2 codes. */
export const crisisCountries: readonly string[] = crisisByCountry.map((byLanguage) => byLanguage.en.country);

/** The crisis lines of `country` in `lang`, or undefined for a country the library does not cover (or none). */
export function crisisLinesFor(country: string | undefined, lang: Language): Crisis | undefined {
  const code = country?.toUpperCase();
  const byLanguage = crisisByCountry.find((languages) => languages.en.country === code);
  return byLanguage?.[lang] ?? byLanguage?.en;
}

export function crisisFooterStrings(lang: Language): CrisisFooterStrings {
  return strings[lang] ?? strings.en;
}

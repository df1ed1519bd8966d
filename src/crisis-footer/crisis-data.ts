/**
 * The bundled crisis data and footer wording, compiled at build time from content/crisis and
 * content/ui. Imported statically, never fetched: crisis help must render even when every other
 * content file fails to load.
 */
import type { Crisis, UiStrings } from '../content/kinds.js';
import type { Language } from '../shared/locale.js';
import ar_en from '../../content/crisis/ar.en.md';
import ar_es from '../../content/crisis/ar.es.md';
import au_en from '../../content/crisis/au.en.md';
import au_es from '../../content/crisis/au.es.md';
import ca_en from '../../content/crisis/ca.en.md';
import ca_es from '../../content/crisis/ca.es.md';
import es_en from '../../content/crisis/es.en.md';
import es_es from '../../content/crisis/es.es.md';
import gb_en from '../../content/crisis/gb.en.md';
import gb_es from '../../content/crisis/gb.es.md';
import ie_en from '../../content/crisis/ie.en.md';
import ie_es from '../../content/crisis/ie.es.md';
import mx_en from '../../content/crisis/mx.en.md';
import mx_es from '../../content/crisis/mx.es.md';
import nz_en from '../../content/crisis/nz.en.md';
import nz_es from '../../content/crisis/nz.es.md';
import us_en from '../../content/crisis/us.en.md';
import us_es from '../../content/crisis/us.es.md';
import stringsEn from '../../content/ui/crisis-footer.en.md';
import stringsEs from '../../content/ui/crisis-footer.es.md';

export type CrisisFooterStrings = UiStrings<'crisis-footer'>;

const crisisByLanguage: Record<Language, Crisis[]> = {
  en: [ar_en, au_en, ca_en, es_en, gb_en, ie_en, mx_en, nz_en, us_en] as Crisis[],
  es: [ar_es, au_es, ca_es, es_es, gb_es, ie_es, mx_es, nz_es, us_es] as Crisis[],
};

const strings: Record<Language, CrisisFooterStrings> = {
  en: stringsEn as CrisisFooterStrings,
  es: stringsEs as CrisisFooterStrings,
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

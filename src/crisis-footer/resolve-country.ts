/**
 * Which country's crisis lines a component shows. Never a silent default: when nothing says where
 * the visitor is, the answer is "unknown", and the components ask them to choose.
 */
import { isServer } from 'lit';
import { chosenCountry } from './country-choice.js';
import { UNKNOWN_COUNTRY, countrySetting, toAlpha2 } from './country.js';
import { countryOfTimeZone, visitorTimeZone } from './time-zone-country.js';
import { regionOf } from '../shared/locale.js';

export interface CountrySources {
  /** The component's own `country` attribute, as written. */
  own?: string;
  /** The practice's country, already checked by `<stall-practice>` (alpha-2 or UNKNOWN_COUNTRY). */
  practice?: string;
  /** The BCP 47 tag of the nearest `lang`. */
  langTag: string;
  /** The element, for a warning about its `country`. */
  where?: string;
  /**
   * Guess from the browser's time zone. Off when prerendering: the server knows the page, not the
   * visitor, and the browser guesses after loading.
   */
  guessFromTimeZone?: boolean;
}

export type CountryFrom = 'choice' | 'component' | 'practice' | 'language' | 'time-zone' | 'unknown';

export interface ResolvedCountry {
  /** ISO 3166-1 alpha-2, or undefined when the country is not known. */
  code?: string;
  from: CountryFrom;
}

/**
 * In order: the visitor's choice in the chooser, the component's `country`, the practice's, the
 * region of the nearest `lang` (`es-MX` → MX), a guess from the browser's time zone, else unknown.
 * A set but unrecognised country stops the search: it is unknown, not guessed past.
 */
export function resolveCountry({ own, practice, langTag, where = 'stall-elements', guessFromTimeZone = !isServer }: CountrySources): ResolvedCountry {
  const steps: [CountryFrom, () => string | undefined][] = [
    ['choice', chosenCountry],
    ['component', () => countrySetting(own, `<${where}>`)],
    ['practice', () => practice || undefined],
    ['language', () => countryOfLanguage(langTag)],
    ['time-zone', () => (guessFromTimeZone ? countryOfTimeZone(visitorTimeZone()) : undefined)],
  ];
  for (const [from, find] of steps) {
    const code = find();
    if (code) return code === UNKNOWN_COUNTRY ? { from } : { code, from };
  }
  return { from: 'unknown' };
}

/** The region of a language tag when it is a country (`en-GB`, `en-UK`), not `es-419`. */
function countryOfLanguage(tag: string): string | undefined {
  const region = regionOf(tag);
  return region ? toAlpha2(region) : undefined;
}

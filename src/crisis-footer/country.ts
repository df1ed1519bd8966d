/**
 * Country codes as people write them: ISO 3166-1 alpha-2 in any case (`gb`, ` GB `), alpha-3
 * (`GBR`), and the common aliases (`UK`, `EL`). Anything else is warned about once and treated as
 * an unknown country, so a typo never silently shows another country's crisis lines.
 */

/** CLDR's code for an unknown region: a country was set but not recognised, or the visitor chose "Somewhere else". */
export const UNKNOWN_COUNTRY = 'ZZ';

/**
 * Every ISO 3166-1 alpha-2 code, plus XK (Kosovo), which is in wide use: each group is a first
 * letter, then every second letter it takes ("ADEF" is AD, AE, AF). test/node/country-tables.test.ts
 * holds the list written out.
 */
const ALPHA2 = new Set(
  (
    'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR GABDEFGHILMNPQRSTUWY ' +
    'HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA ' +
    'REOSUW SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS XK YET ZAMW'
  )
    .split(' ')
    .flatMap(([first, ...seconds]) => seconds.map((second) => first + second)),
);

/**
 * Alpha-3 codes of the bundled countries and of the countries most visitors come from (a full
 * table would weigh more than it helps), each standing for its first two letters unless another
 * code follows it: "ESP" is ES, "IRL=IE" is IE.
 */
const ALPHA3 = new Map(
  (
    'ARG AUS CAN ESP GBR IRL=IE MEX=MX NZL USA ARE=AE AUT=AT BEL BGD=BD BOL BRA CHE CHL=CL CHN=CN COL CRI CUB DEU ' +
    'DNK=DK DOM ECU EGY FIN FRA GRC GTM HND IDN IND ISR=IL ITA JPN KEN KOR=KR MYS NGA NIC NLD NOR PAK=PK PAN PER PHL ' +
    'POL=PL PRI PRT=PT PRY=PY RUS SAU SGP SLV=SV SWE=SE THA TUR=TR UKR=UA URY=UY VEN VNM ZAF'
  )
    .split(' ')
    .map((entry): [string, string] => [entry.slice(0, 3), entry.slice(4) || entry.slice(0, 2)]),
);

/** Codes that are not ISO 3166-1 but that people (and the EU) use. */
const ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** What a warning lists as accepted. */
export const ACCEPTED_COUNTRIES = 'a two-letter ISO 3166-1 code such as GB or es, a three-letter one such as GBR or ESP, or UK';

/** The alpha-2 code for a way of writing a country, or undefined when it is not one. */
export function toAlpha2(written: string): string | undefined {
  const code = written.trim().toUpperCase();
  if (ALPHA2.has(code)) return code;
  return (Object.hasOwn(ALIASES, code) ? ALIASES[code] : undefined) ?? ALPHA3.get(code);
}

/** The message for a country that is not recognised; `where` names the element or setting. */
export function unrecognisedCountryMessage(where: string, written: string): string {
  return `${where}: country "${written}" is not recognised: expected ${ACCEPTED_COUNTRIES}. Showing the general crisis advice and a country chooser instead.`;
}

const warned = new Set<string>();

/**
 * A country setting as the resolution order uses it: undefined when it is not set (missing, `""`
 * or spaces), the alpha-2 code when it is recognised, else UNKNOWN_COUNTRY after one warning.
 */
export function countrySetting(value: unknown, where: string): string | undefined {
  // A script may set the property to anything; only text can name a country.
  const written = value === undefined || value === null ? '' : String(value);
  if (!written.trim()) return undefined;
  const code = toAlpha2(written);
  if (code) return code;
  const message = unrecognisedCountryMessage(where, written);
  if (!warned.has(message)) console.warn(message);
  warned.add(message);
  return UNKNOWN_COUNTRY;
}

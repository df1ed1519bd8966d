/**
 * Country codes as people write them: ISO 3166-1 alpha-2 in any case (`gb`, ` GB `), alpha-3
 * (`GBR`), and the common aliases (`UK`, `EL`). Anything else is warned about once and treated as
 * an unknown country, so a typo never silently shows another country's crisis lines.
 */

/** CLDR's code for an unknown region: a country was set but not recognised, or the visitor chose "Somewhere else". */
export const UNKNOWN_COUNTRY = 'ZZ';

// Every ISO 3166-1 alpha-2 code, plus XK (Kosovo), which is in wide use.
const ALPHA2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
    'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
    'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
    'UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

// Alpha-3 codes of the bundled countries and of the countries most visitors come from; a full
// table would weigh more than it helps.
const ALPHA3: Record<string, string> = {
  ARG: 'AR', AUS: 'AU', CAN: 'CA', ESP: 'ES', GBR: 'GB', IRL: 'IE', MEX: 'MX', NZL: 'NZ', USA: 'US',
  ARE: 'AE', AUT: 'AT', BEL: 'BE', BGD: 'BD', BOL: 'BO', BRA: 'BR', CHE: 'CH', CHL: 'CL', CHN: 'CN', COL: 'CO',
  CRI: 'CR', CUB: 'CU', DEU: 'DE', DNK: 'DK', DOM: 'DO', ECU: 'EC', EGY: 'EG', FIN: 'FI', FRA: 'FR', GRC: 'GR',
  GTM: 'GT', HND: 'HN', IDN: 'ID', IND: 'IN', ISR: 'IL', ITA: 'IT', JPN: 'JP', KEN: 'KE', KOR: 'KR', MYS: 'MY',
  NGA: 'NG', NIC: 'NI', NLD: 'NL', NOR: 'NO', PAK: 'PK', PAN: 'PA', PER: 'PE', PHL: 'PH', POL: 'PL', PRI: 'PR',
  PRT: 'PT', PRY: 'PY', RUS: 'RU', SAU: 'SA', SGP: 'SG', SLV: 'SV', SWE: 'SE', THA: 'TH', TUR: 'TR', UKR: 'UA',
  URY: 'UY', VEN: 'VE', VNM: 'VN', ZAF: 'ZA',
};

/** Codes that are not ISO 3166-1 but that people (and the EU) use. */
const ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** What a warning lists as accepted. */
export const ACCEPTED_COUNTRIES = 'a two-letter ISO 3166-1 code such as GB or es, a three-letter one such as GBR or ESP, or UK';

/** The alpha-2 code for a way of writing a country, or undefined when it is not one. */
export function toAlpha2(written: string): string | undefined {
  const code = written.trim().toUpperCase();
  if (ALPHA2.has(code)) return code;
  return (Object.hasOwn(ALIASES, code) ? ALIASES[code] : undefined) ?? (Object.hasOwn(ALPHA3, code) ? ALPHA3[code] : undefined);
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

const displayNames = new Map<string, Intl.DisplayNames | undefined>();

/** The name of a country in `lang` from the browser (`DE` → "Alemania" in Spanish), else its code. */
export function regionName(code: string, lang: string): string {
  if (!displayNames.has(lang)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    } catch {
      names = undefined;
    }
    displayNames.set(lang, names);
  }
  return displayNames.get(lang)?.of(code) ?? code;
}

/**
 * A guess at the visitor's country from the time zone their browser reports: no request, nothing
 * stored. Only time zones that belong to one country, and at least those of every bundled country;
 * a zone not listed gives no guess, and the visitor is asked to choose.
 */

const ZONES: Record<string, string> = {};
const add = (country: string, zones: string) => zones.split(' ').forEach((zone) => (ZONES[zone] = country));

// Browsers report canonical IANA or CLDR names, so some old spellings (America/Buenos_Aires,
// America/Indianapolis) are listed beside the new ones.
add(
  'US',
  'America/New_York America/Chicago America/Denver America/Los_Angeles America/Phoenix America/Anchorage America/Adak ' +
    'America/Boise America/Detroit America/Juneau America/Sitka America/Metlakatla America/Yakutat America/Nome ' +
    'America/Menominee America/Indianapolis America/Louisville America/Fort_Wayne Pacific/Honolulu ' +
    'US/Eastern US/Central US/Mountain US/Pacific US/Arizona US/Alaska US/Hawaii',
);
add(
  'CA',
  'America/Toronto America/Vancouver America/Edmonton America/Winnipeg America/Halifax America/St_Johns America/Regina ' +
    'America/Moncton America/Glace_Bay America/Goose_Bay America/Whitehorse America/Dawson America/Dawson_Creek ' +
    'America/Fort_Nelson America/Creston America/Iqaluit America/Rankin_Inlet America/Resolute America/Cambridge_Bay ' +
    'America/Inuvik America/Swift_Current America/Montreal America/Nipigon America/Thunder_Bay America/Rainy_River ' +
    'America/Pangnirtung America/Yellowknife America/Atikokan America/Blanc-Sablon America/Coral_Harbour ' +
    'Canada/Eastern Canada/Central Canada/Mountain Canada/Pacific Canada/Atlantic Canada/Newfoundland',
);
add('GB', 'Europe/London Europe/Belfast GB GB-Eire');
add('IE', 'Europe/Dublin Eire');
add('NZ', 'Pacific/Auckland Pacific/Chatham NZ NZ-CHAT');
add('ES', 'Europe/Madrid Atlantic/Canary Africa/Ceuta');
add(
  'MX',
  'America/Mexico_City America/Cancun America/Merida America/Monterrey America/Matamoros America/Chihuahua ' +
    'America/Ciudad_Juarez America/Ojinaga America/Mazatlan America/Bahia_Banderas America/Hermosillo America/Tijuana ' +
    'America/Ensenada America/Santa_Isabel Mexico/General Mexico/BajaNorte Mexico/BajaSur',
);
add(
  'AR',
  'America/Buenos_Aires America/Cordoba America/Catamarca America/Jujuy America/Mendoza America/Rosario ' +
    'America/Argentina/ComodRivadavia',
);
add('AU', 'Antarctica/Macquarie');

/** Whole families of zones that belong to one country. */
const PREFIXES: [string, string][] = [
  ['America/Argentina/', 'AR'],
  ['America/Indiana/', 'US'],
  ['America/Kentucky/', 'US'],
  ['America/North_Dakota/', 'US'],
  ['Australia/', 'AU'],
];

/** The country a time zone belongs to, or undefined when it is shared, unknown or not listed. */
export function countryOfTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  if (Object.hasOwn(ZONES, timeZone)) return ZONES[timeZone];
  return PREFIXES.find(([prefix]) => timeZone.startsWith(prefix))?.[1];
}

/** The visitor's time zone as the browser reports it; read anew each time (tests stub it). */
export function visitorTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * A guess at the visitor's country from the time zone their browser reports: no request, nothing
 * stored. Only time zones that belong to one country, and at least those of every bundled country;
 * a zone not listed gives no guess, and the visitor is asked to choose.
 */

/**
 * Each country's zones. A name with a slash sets the area of the names after it ("Europe/London
 * Belfast" is Europe/London and Europe/Belfast); a name ending in a slash is a whole family of
 * zones ("Australia/"). Browsers report canonical IANA or CLDR names, so some old spellings
 * (America/Buenos_Aires, America/Indianapolis) are listed beside the new ones.
 */
const ZONES_BY_COUNTRY: Record<string, string> = {
  US:
    'America/New_York Chicago Denver Los_Angeles Phoenix Anchorage Adak Boise Detroit Juneau Sitka Metlakatla Yakutat ' +
    'Nome Menominee Indianapolis Louisville Fort_Wayne America/Indiana/ America/Kentucky/ America/North_Dakota/ ' +
    'Pacific/Honolulu US/Eastern Central Mountain Pacific Arizona Alaska Hawaii',
  CA:
    'America/Toronto Vancouver Edmonton Winnipeg Halifax St_Johns Regina Moncton Glace_Bay Goose_Bay Whitehorse Dawson ' +
    'Dawson_Creek Fort_Nelson Creston Iqaluit Rankin_Inlet Resolute Cambridge_Bay Inuvik Swift_Current Montreal Nipigon ' +
    'Thunder_Bay Rainy_River Pangnirtung Yellowknife Atikokan Blanc-Sablon Coral_Harbour ' +
    'Canada/Eastern Central Mountain Pacific Atlantic Newfoundland',
  GB: 'GB GB-Eire Europe/London Belfast',
  IE: 'Eire Europe/Dublin',
  NZ: 'NZ NZ-CHAT Pacific/Auckland Chatham',
  ES: 'Europe/Madrid Atlantic/Canary Africa/Ceuta',
  MX:
    'America/Mexico_City Cancun Merida Monterrey Matamoros Chihuahua Ciudad_Juarez Ojinaga Mazatlan Bahia_Banderas ' +
    'Hermosillo Tijuana Ensenada Santa_Isabel Mexico/General BajaNorte BajaSur',
  AR: 'America/Buenos_Aires Cordoba Catamarca Jujuy Mendoza Rosario America/Argentina/',
  AU: 'Antarctica/Macquarie Australia/',
};

const ZONES = new Map<string, string>();
/** Whole families of zones that belong to one country, by the start of their names. */
const FAMILIES: [string, string][] = [];
for (const [country, names] of Object.entries(ZONES_BY_COUNTRY)) {
  let area = '';
  for (const name of names.split(' ')) {
    const slash = name.lastIndexOf('/') + 1;
    if (slash) area = name.slice(0, slash);
    if (slash === name.length) FAMILIES.push([area, country]);
    else ZONES.set(area + name.slice(slash), country);
  }
}

/** The country a time zone belongs to, or undefined when it is shared, unknown or not listed. */
export function countryOfTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  return ZONES.get(timeZone) ?? FAMILIES.find(([prefix]) => timeZone.startsWith(prefix))?.[1];
}

/** The visitor's time zone as the browser reports it; read anew each time (tests stub it). */
export function visitorTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

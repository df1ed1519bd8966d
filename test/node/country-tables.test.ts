// The country codes src/crisis-footer/country.ts accepts and the time zones
// src/crisis-footer/time-zone-country.ts knows, written out here in full: their tables are packed
// to weigh less in every page, and must give exactly these answers and no others.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toAlpha2 } from '../../src/crisis-footer/country.js';
import { countryOfTimeZone } from '../../src/crisis-footer/time-zone-country.js';

const ALPHA2 = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

const ALPHA3: Record<string, string> = {
  ARG: 'AR', AUS: 'AU', CAN: 'CA', ESP: 'ES', GBR: 'GB', IRL: 'IE', MEX: 'MX', NZL: 'NZ', USA: 'US',
  ARE: 'AE', AUT: 'AT', BEL: 'BE', BGD: 'BD', BOL: 'BO', BRA: 'BR', CHE: 'CH', CHL: 'CL', CHN: 'CN', COL: 'CO',
  CRI: 'CR', CUB: 'CU', DEU: 'DE', DNK: 'DK', DOM: 'DO', ECU: 'EC', EGY: 'EG', FIN: 'FI', FRA: 'FR', GRC: 'GR',
  GTM: 'GT', HND: 'HN', IDN: 'ID', IND: 'IN', ISR: 'IL', ITA: 'IT', JPN: 'JP', KEN: 'KE', KOR: 'KR', MYS: 'MY',
  NGA: 'NG', NIC: 'NI', NLD: 'NL', NOR: 'NO', PAK: 'PK', PAN: 'PA', PER: 'PE', PHL: 'PH', POL: 'PL', PRI: 'PR',
  PRT: 'PT', PRY: 'PY', RUS: 'RU', SAU: 'SA', SGP: 'SG', SLV: 'SV', SWE: 'SE', THA: 'TH', TUR: 'TR', UKR: 'UA',
  URY: 'UY', VEN: 'VE', VNM: 'VN', ZAF: 'ZA',
};

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const pairs = [...LETTERS].flatMap((first) => [...LETTERS].map((second) => first + second));

describe('country codes', () => {
  it('accepts the 250 alpha-2 codes, each a region the browser can name', () => {
    assert.equal(new Set(ALPHA2).size, 250);
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const code of ALPHA2) {
      assert.equal(toAlpha2(code), code);
      assert.equal(toAlpha2(` ${code.toLowerCase()} `), code);
      assert.ok(names.of(code), `${code} has no name`);
    }
  });

  it('refuses every other pair of letters but the aliases UK and EL', () => {
    const others = pairs.filter((pair) => !ALPHA2.includes(pair) && toAlpha2(pair) !== undefined);
    assert.deepEqual(others, ['EL', 'UK']);
    assert.equal(toAlpha2('UK'), 'GB');
    assert.equal(toAlpha2('EL'), 'GR');
  });

  it('reads the listed alpha-3 codes, and no other three letters', () => {
    for (const [alpha3, alpha2] of Object.entries(ALPHA3)) {
      assert.equal(toAlpha2(alpha3), alpha2, alpha3);
      assert.equal(toAlpha2(alpha3.toLowerCase()), alpha2, alpha3);
    }
    const threes = pairs.flatMap((pair) => [...LETTERS].map((third) => pair + third));
    const read = threes.filter((code) => toAlpha2(code) !== undefined);
    assert.deepEqual(read.sort(), Object.keys(ALPHA3).sort());
  });

  it('refuses what only looks like a code', () => {
    for (const written of ['', ' ', 'G', 'GBRR', 'IRL=', 'IRL=IE', 'IE=', 'A D', 'constructor', 'toString', '__proto__']) {
      assert.equal(toAlpha2(written), undefined, written);
    }
  });
});

const ZONES: [string, string][] = [];
const add = (country: string, zones: string) => zones.split(' ').forEach((zone) => ZONES.push([zone, country]));
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

describe('time zones', () => {
  it('gives the country of every zone listed', () => {
    assert.equal(ZONES.length, 100);
    for (const [zone, country] of ZONES) assert.equal(countryOfTimeZone(zone), country, zone);
  });

  it('gives the country of every zone of a family, and of none that only starts like one', () => {
    const families = { 'America/Argentina/Salta': 'AR', 'America/Indiana/Knox': 'US', 'America/Kentucky/Monticello': 'US', 'America/North_Dakota/Beulah': 'US', 'Australia/Perth': 'AU', 'Australia/Lord_Howe': 'AU' };
    for (const [zone, country] of Object.entries(families)) assert.equal(countryOfTimeZone(zone), country, zone);
    for (const zone of ['America/Argentina', 'America/Indiana', 'Australia', 'America/Argentine/Salta', 'Antarctica/Casey']) assert.equal(countryOfTimeZone(zone), undefined, zone);
  });

  it('gives no country for a name without its area, or in another area', () => {
    for (const zone of ['Belfast', 'Chatham', 'Eastern', 'Honolulu', 'Canary', 'US/Honolulu', 'Canada/Eastern/x', 'Pacific/Eastern', 'Europe/GB', 'Europe/Eire']) {
      assert.equal(countryOfTimeZone(zone), undefined, zone);
    }
  });

  it('gives the country of no other zone the runtime knows', () => {
    const listed = new Map(ZONES);
    const families = /^(America\/(Argentina|Indiana|Kentucky|North_Dakota)\/|Australia\/)/;
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      if (!listed.has(zone) && !families.test(zone)) assert.equal(countryOfTimeZone(zone), undefined, zone);
    }
  });
});

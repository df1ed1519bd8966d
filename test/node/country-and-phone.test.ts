// The pure pieces behind the crisis views' country and the practice's phone link: spellings of a
// country, time zones, the resolution order, and tel: links. The browser tests check what a
// visitor sees; these pin each rule down one value at a time.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { chooseCountry } from '../../src/crisis-footer/country-choice.js';
import { countrySetting, toAlpha2, UNKNOWN_COUNTRY } from '../../src/crisis-footer/country.js';
import { resolveCountry } from '../../src/crisis-footer/resolve-country.js';
import { countryOfTimeZone } from '../../src/crisis-footer/time-zone-country.js';
import { checkPracticeConfig } from '../../src/practice/practice-config.js';
import { isDialable, telHref } from '../../src/shared/phone.js';

function withTimeZone<T>(timeZone: string, run: () => T): T {
  const original = Intl.DateTimeFormat.prototype.resolvedOptions;
  Intl.DateTimeFormat.prototype.resolvedOptions = function (this: Intl.DateTimeFormat) {
    return { ...original.call(this), timeZone };
  };
  try {
    return run();
  } finally {
    Intl.DateTimeFormat.prototype.resolvedOptions = original;
  }
}

function quietly<T>(run: () => T): { value: T; warnings: string[] } {
  const warnings: string[] = [];
  const { warn } = console;
  console.warn = (message: string) => warnings.push(message);
  try {
    return { value: run(), warnings };
  } finally {
    console.warn = warn;
  }
}

describe('toAlpha2', () => {
  const cases: [string, string | undefined][] = [
    ['gb', 'GB'], ['GB', 'GB'], [' gb ', 'GB'], ['GBR', 'GB'], ['gbr', 'GB'], ['UK', 'GB'], ['uk', 'GB'],
    ['ESP', 'ES'], ['AUS', 'AU'], ['NZL', 'NZ'], ['MEX', 'MX'], ['ARG', 'AR'], ['IRL', 'IE'], ['CAN', 'CA'], ['USA', 'US'],
    ['EL', 'GR'], ['DE', 'DE'], ['DEU', 'DE'], ['xk', 'XK'],
    ['ZZ', undefined], ['EU', undefined], ['Germany', undefined], ['', undefined], ['G', undefined], ['constructor', undefined], ['__proto__', undefined],
  ];
  for (const [written, code] of cases) it(`"${written}" → ${code}`, () => assert.equal(toAlpha2(written), code));
});

describe('countrySetting', () => {
  it('treats missing, empty and blank as not set, without a warning', () => {
    const { value, warnings } = quietly(() => [undefined, null, '', '   '].map((v) => countrySetting(v, '<x>')));
    assert.deepEqual(value, [undefined, undefined, undefined, undefined]);
    assert.deepEqual(warnings, []);
  });

  it('takes a value that is not text (set by a script) as unrecognised, without throwing', () => {
    const { value, warnings } = quietly(() => [countrySetting(42, '<x>'), countrySetting({ toString: () => 'GB' }, '<x>')]);
    assert.deepEqual(value, [UNKNOWN_COUNTRY, 'GB']);
    assert.equal(warnings.length, 1);
  });

  it('warns once per value about a country it does not recognise, naming it and what is accepted', () => {
    const { value, warnings } = quietly(() => [countrySetting('Atlantis', '<x>'), countrySetting('Atlantis', '<x>')]);
    assert.deepEqual(value, [UNKNOWN_COUNTRY, UNKNOWN_COUNTRY]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /<x>: country "Atlantis" is not recognised: expected .*GB.*GBR.*UK/);
  });
});

describe('countryOfTimeZone', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['America/New_York', 'US'], ['America/Indiana/Knox', 'US'], ['America/Kentucky/Monticello', 'US'], ['Pacific/Honolulu', 'US'],
    ['America/Toronto', 'CA'], ['America/Vancouver', 'CA'], ['America/St_Johns', 'CA'],
    ['Europe/London', 'GB'], ['Europe/Dublin', 'IE'], ['Australia/Sydney', 'AU'], ['Australia/Lord_Howe', 'AU'],
    ['Pacific/Auckland', 'NZ'], ['Europe/Madrid', 'ES'], ['Atlantic/Canary', 'ES'], ['Africa/Ceuta', 'ES'],
    ['America/Mexico_City', 'MX'], ['America/Monterrey', 'MX'], ['America/Argentina/Salta', 'AR'], ['America/Buenos_Aires', 'AR'],
    ['Europe/Berlin', undefined], ['America/Panama', undefined], ['Etc/UTC', undefined], ['UTC', undefined], [undefined, undefined], ['constructor', undefined],
  ];
  for (const [zone, code] of cases) it(`${zone} → ${code}`, () => assert.equal(countryOfTimeZone(zone), code));
});

describe('resolveCountry', () => {
  afterEach(() => chooseCountry(undefined));
  // As in the browser: Node counts as the server (lit's isServer), where the time zone is not asked.
  const resolve = (sources: Parameters<typeof resolveCountry>[0], zone = 'Etc/UTC') =>
    quietly(() => withTimeZone(zone, () => resolveCountry({ guessFromTimeZone: true, ...sources }))).value;

  it('asks no time zone when prerendering: the server knows the page, not the visitor', () => {
    assert.deepEqual(withTimeZone('Europe/Dublin', () => resolveCountry({ langTag: 'en' })), { from: 'unknown' });
    assert.deepEqual(withTimeZone('Europe/Dublin', () => resolveCountry({ langTag: 'en-GB' })), { code: 'GB', from: 'language' });
  });

  it('goes choice, component, practice, language, time zone, then unknown: never a default', () => {
    assert.deepEqual(resolve({ langTag: 'en' }), { from: 'unknown' });
    assert.deepEqual(resolve({ langTag: 'en' }, 'Europe/Dublin'), { code: 'IE', from: 'time-zone' });
    assert.deepEqual(resolve({ langTag: 'es-MX' }, 'Europe/Dublin'), { code: 'MX', from: 'language' });
    assert.deepEqual(resolve({ langTag: 'es-MX', practice: 'AR' }, 'Europe/Dublin'), { code: 'AR', from: 'practice' });
    assert.deepEqual(resolve({ langTag: 'es-MX', practice: 'AR', own: 'nzl' }, 'Europe/Dublin'), { code: 'NZ', from: 'component' });
    chooseCountry('CA');
    assert.deepEqual(resolve({ langTag: 'es-MX', practice: 'AR', own: 'nzl' }, 'Europe/Dublin'), { code: 'CA', from: 'choice' });
  });

  it('stops at a country that is set but not recognised, and skips an empty one', () => {
    assert.deepEqual(resolve({ langTag: 'en-GB', own: 'Narnia' }), { from: 'component' });
    assert.deepEqual(resolve({ langTag: 'en-GB', practice: UNKNOWN_COUNTRY }), { from: 'practice' });
    assert.deepEqual(resolve({ langTag: 'en-GB', own: '' }), { code: 'GB', from: 'language' });
    assert.deepEqual(resolve({ langTag: 'es-419' }, 'America/Argentina/Cordoba'), { code: 'AR', from: 'time-zone' });
  });
});

describe('telHref', () => {
  const cases: [string, string][] = [
    ['+44 (0)20 7946 0000', 'tel:+442079460000'],
    ['+44 (0) 20 7946 0000', 'tel:+442079460000'],
    ['020 7946 0000 ext. 2', 'tel:02079460000;ext=2'],
    ['020 7946 0000 ext 2', 'tel:02079460000;ext=2'],
    ['020 7946 0000 x2', 'tel:02079460000;ext=2'],
    ['+1 613-555-0100 extension 345', 'tel:+16135550100;ext=345'],
    ['(011) 5275-1135', 'tel:01152751135'],
    ['(02) 9000 0000', 'tel:0290000000'],
    ['116 123', 'tel:116123'],
  ];
  for (const [written, href] of cases) it(`${written} → ${href}`, () => assert.equal(telHref(written), href));

  it('accepts what a practice writes and refuses letters', () => {
    for (const ok of ['+44 (0)20 7946 0000', '020 7946 0000 ext. 2', '613-555-0100']) assert.equal(isDialable(ok), true, ok);
    for (const bad of ['call-me-maybe', 'ext. 2', '020 7946 0000 ext. two', '']) assert.equal(isDialable(bad), false, bad);
  });
});

describe('checkPracticeConfig country and crisis directory', () => {
  it('normalises the spellings, keeps an unrecognised country as unknown with a warning, and takes https directories only', () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    assert.deepEqual(checkPracticeConfig({ country: 'gbr', 'crisis-directory-url': 'https://lines.example/' }, warn), { country: 'GB', crisisDirectoryUrl: 'https://lines.example/' });
    assert.deepEqual(warnings, []);
    assert.deepEqual(checkPracticeConfig({ country: 'Britain', crisisDirectoryUrl: 'http://lines.example/' }, warn), { country: UNKNOWN_COUNTRY });
    assert.equal(warnings.length, 2);
    assert.match(warnings.join('\n'), /country "Britain" is not recognised/);
    assert.match(warnings.join('\n'), /"crisis-directory-url": expected an https:\/\/ address/);
    assert.deepEqual(checkPracticeConfig({ country: '  ' }, warn), {});
  });
});

/**
 * Checks the practice's details field by field. A field that fails is dropped with a console
 * warning that names it, so one typo never stops the crisis footer or anything else rendering.
 * Hand-written rather than zod: this runs on every page, and zod stays out of the main bundle.
 */
import { ACCEPTED_COUNTRIES, UNKNOWN_COUNTRY, toAlpha2, unrecognisedCountryMessage } from '../crisis-footer/country.js';
import { isDialable } from '../shared/phone.js';
import type { PracticeConfig } from './practice-context.js';

type Field = keyof PracticeConfig;
type Rule = {
  test: (value: string) => boolean;
  expected: string;
  normalise?: (value: string) => string;
  /** Kept in place of a value that fails, with its own warning, instead of dropping the field. */
  failed?: { value: string; message: (written: string) => string };
};

const shortText = (max: number): Rule => ({ test: (v) => v.length <= max, expected: `text of at most ${max} characters` });

const rules: Record<Field, Rule> = {
  name: shortText(200),
  phone: { test: (v) => v.length <= 40 && isDialable(v), expected: 'digits, spaces, dashes or brackets, and an optional extension such as "ext. 2"' },
  email: { test: (v) => v.length <= 254 && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(v), expected: 'an email address' },
  bookingUrl: { test: isHttpsUrl, expected: 'an https:// address' },
  address: shortText(300),
  hours: shortText(200),
  crisisDirectoryUrl: { test: isHttpsUrl, expected: 'an https:// address' },
  // A country that is not recognised is not dropped: the components show the general advice and
  // ask the visitor to choose, rather than guess past what the practice meant.
  country: {
    test: (v) => toAlpha2(v) !== undefined,
    expected: ACCEPTED_COUNTRIES,
    normalise: (v) => toAlpha2(v)!,
    failed: { value: UNKNOWN_COUNTRY, message: (written) => unrecognisedCountryMessage('<stall-practice>', written) },
  },
  lang: { test: (v) => /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(v), expected: 'a language tag such as en or es-MX' },
  competingInterests: shortText(1000),
  articleAuthor: shortText(200),
};

/** The attribute names, for messages that point at what the author wrote. */
export const practiceAttributes: Record<Field, string> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  bookingUrl: 'booking-url',
  address: 'address',
  hours: 'hours',
  crisisDirectoryUrl: 'crisis-directory-url',
  country: 'country',
  lang: 'lang',
  competingInterests: 'competing-interests',
  articleAuthor: 'article-author',
};

const fieldByAttribute = new Map(Object.entries(practiceAttributes).map(([field, attribute]) => [attribute, field]));

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

export type Warn = (message: string) => void;

/** Keeps the valid fields of `raw`, warning about each invalid or unknown one. */
export function checkPracticeConfig(raw: Record<string, unknown>, warn: Warn): PracticeConfig {
  const config: Record<string, string> = {};
  for (const [written, value] of Object.entries(raw)) {
    // JSON may use the attribute spelling (`booking-url`) as well as the property one (`bookingUrl`).
    const key = fieldByAttribute.get(written) ?? written;
    if (value === undefined || value === null || value === '') continue;
    // Own keys only: JSON may name "constructor" or "__proto__", which every object inherits.
    const rule = Object.hasOwn(rules, key) ? rules[key as Field] : undefined;
    if (!rule) {
      warn(`<stall-practice>: ignored unknown field "${written}"; known fields: ${Object.keys(rules).join(', ')}`);
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : undefined;
    if (text === '') continue;
    if (text !== undefined && rule.failed && !rule.test(text)) {
      warn(rule.failed.message(text));
      config[key] = rule.failed.value;
      continue;
    }
    if (text === undefined || !rule.test(text)) {
      warn(`<stall-practice>: ignored "${practiceAttributes[key as Field]}": expected ${rule.expected}`);
      continue;
    }
    config[key] = rule.normalise ? rule.normalise(text) : text;
  }
  return Object.freeze(config);
}

/** Reads the optional child `<script type="application/json">`; a broken one is warned about and skipped. */
export function readJsonConfig(host: Element, warn: Warn): Record<string, unknown> {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script?.textContent?.trim()) return {};
  try {
    const value: unknown = JSON.parse(script.textContent);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    warn('<stall-practice>: ignored the JSON settings: expected an object like {"name": "…"}');
  } catch (error) {
    warn(`<stall-practice>: ignored the JSON settings: ${(error as Error).message}`);
  }
  return {};
}

export function samePracticeConfig(a: PracticeConfig, b: PracticeConfig): boolean {
  const keys = Object.keys(rules) as Field[];
  return keys.every((key) => a[key] === b[key]);
}

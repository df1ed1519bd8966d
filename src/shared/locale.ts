/**
 * Language, region and wording helpers shared by every component. Nothing here looks at the
 * network: language and country come only from the page's markup and the practice's settings.
 */
import { isServer, type TemplateResult } from 'lit';
import { serverPage } from './server-page.js';

export const UI_LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof UI_LANGUAGES)[number];

/** The language the UI can speak for a BCP 47 tag: `es-MX` → `es`, `fr` → `en`. */
export function uiLanguage(tag: string | undefined): Language {
  const primary = tag?.toLowerCase().split('-')[0];
  return UI_LANGUAGES.find((lang) => lang === primary) ?? 'en';
}

/** The region of a BCP 47 tag, upper-cased: `es-MX` → `MX`, `en` → undefined. */
export function regionOf(tag: string | undefined): string | undefined {
  const region = tag?.split('-').slice(1).find((part) => /^[a-z]{2}$/i.test(part));
  return region?.toUpperCase();
}

/**
 * The language of the nearest element that declares one, crossing shadow roots so a component
 * inside an article follows the page. A `<stall-practice>` counts with the language of its settings.
 */
export function nearestLang(start: Element): string | undefined {
  // Prerendering has no tree to walk: the renderer says which `lang` is in force around the element.
  if (isServer) return start.getAttribute('lang') || serverPage.lang;
  let el: Element | null = start;
  while (el) {
    const declared = el.getAttribute('lang') || (el as { practiceLang?: string }).practiceLang;
    if (declared) return declared;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

/** Fills `{key}` placeholders; values may be text or templates (a link inside a sentence). */
export function fill(template: string, values: Record<string, string | TemplateResult>): (string | TemplateResult)[] {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (values[part] ?? `{${part}}`) : part));
}

/** Fills `{key}` placeholders with text only, for attributes and accessible names. */
export function fillText(template: string, values: Record<string, string>): string {
  return fill(template, values).join('');
}

/**
 * Month names of the built-in languages, as `Intl.DateTimeFormat(lang, { dateStyle: 'long' })`
 * writes them: the first `Intl.DateTimeFormat` of a page costs a phone tens of milliseconds (the
 * browser loads its date data), and a checklist's "About" block shows a date in its first render.
 * test/locale-dates.test.ts checks every month against the browser's own formatter.
 */
const MONTHS: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** A `YYYY-MM-DD` date in words, in the visitor's language, without time-zone drift. */
export function formatDate(isoDate: string, lang: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const months = Object.hasOwn(MONTHS, lang) ? MONTHS[lang as Language] : undefined;
  // Only a real calendar date takes the short way: anything else reads as the browser writes it.
  if (months && /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(isoDate)) {
    const [year, month, day] = [date.getUTCFullYear(), months[date.getUTCMonth()], date.getUTCDate()];
    return lang === 'en' ? `${month} ${day}, ${year}` : `${day} de ${month} de ${year}`;
  }
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

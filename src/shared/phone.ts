/**
 * Phone numbers as practices and crisis services write them, turned into `tel:` links that dial:
 * `+44 (0)20 7946 0000` → `tel:+442079460000`, `020 7946 0000 ext. 2` → `tel:02079460000;ext=2`.
 * The page shows the number as written; only the link is rewritten.
 */

/** An extension after the number: `ext. 2`, `ext 2`, `extension 2`, `x2`, `#2`, Spanish `ext.`/`int.`. */
const EXTENSION = /\s*(?:ext\.?|extension|extensi[oó]n|int\.?|interno|x|#)\s*(\d{1,6})\s*$/i;

/** The number part: digits with the spaces, dots, dashes and brackets people write, an optional leading +. */
const NUMBER = /^\+?\(?[0-9][0-9 ().-]*$/;

/** Whether `written` is a number a `tel:` link can dial, with or without an extension. */
export function isDialable(written: string): boolean {
  const extension = EXTENSION.exec(written);
  return NUMBER.test(extension ? written.slice(0, extension.index).trim() : written.trim());
}

/** The digits to dial: a leading + kept, a trunk `(0)` after a country code dropped. */
export function dialString(written: string): string {
  // "+44 (0)20…": the 0 in brackets is dialled only from inside the country, never after +44.
  const number = written.trim().startsWith('+') ? written.replace(/\(\s*0\s*\)/, '') : written;
  return number.replace(/[^\d+]/g, '');
}

/** The `tel:` URI of a number as written, with an extension as RFC 3966's `;ext=`. */
export function telHref(written: string): string {
  const extension = EXTENSION.exec(written);
  const number = extension ? written.slice(0, extension.index) : written;
  return `tel:${dialString(number)}${extension ? `;ext=${extension[1]}` : ''}`;
}

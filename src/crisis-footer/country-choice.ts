/**
 * The country a visitor chose with the chooser under the crisis lines: one choice for every
 * component on the page, held in memory only. Never stored, never put in a URL, never sent, and
 * not announced to the page as an event: it says where the visitor is.
 */

let chosen: string | undefined;
const listeners = new Set<() => void>();

/** The chosen alpha-2 code (UNKNOWN_COUNTRY for "Somewhere else"), or undefined before any choice. */
export function chosenCountry(): string | undefined {
  return chosen;
}

/** Sets the choice and tells every subscribed component, which re-render at once. */
export function chooseCountry(code: string | undefined): void {
  if (code === chosen) return;
  chosen = code;
  listeners.forEach((listener) => listener());
}

/** Calls `listener` after every change of the choice; returns the function that stops it. */
export function onCountryChoice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

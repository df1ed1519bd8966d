/**
 * The only place answers may be kept beyond the page: one localStorage key per checklist, written
 * only after the visitor ticks "Remember on this device". Every access is guarded: storage may be
 * blocked (private modes, site settings), and then the component simply keeps answers in memory.
 */
export const storageKey = (checklistId: string) => `stall-elements:checklist:${checklistId}`;

/** The stored answers, or undefined when none are stored (or storage cannot be read). */
export function readStoredAnswers(checklistId: string): string[] | undefined {
  try {
    const raw = localStorage.getItem(storageKey(checklistId));
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return undefined;
  }
}

/** Stores the ticked ids; false when the browser does not allow it. */
export function storeAnswers(checklistId: string, ticked: readonly string[]): boolean {
  try {
    localStorage.setItem(storageKey(checklistId), JSON.stringify(ticked));
    return true;
  } catch {
    return false;
  }
}

/** Removes the stored answers; false when the browser does not allow it. */
export function forgetStoredAnswers(checklistId: string): boolean {
  try {
    localStorage.removeItem(storageKey(checklistId));
    return true;
  } catch {
    return false;
  }
}

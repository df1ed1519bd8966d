/**
 * The only place answers may be kept beyond the page: one localStorage key per component and
 * content id (`stall-elements:<namespace>:<id>`), written only after the visitor ticks "Remember on
 * this device". Every access is guarded: storage may be blocked (private modes, site settings),
 * and then the component simply keeps answers in memory.
 */
export const storageKey = (namespace: string, id: string) => `stall-elements:${namespace}:${id}`;

/**
 * The stored value, checked by `parse` (undefined from it means "nothing usable"); undefined when
 * nothing is stored or storage cannot be read.
 */
export function readStored<T>(namespace: string, id: string, parse: (value: unknown) => T | undefined): T | undefined {
  try {
    const raw = localStorage.getItem(storageKey(namespace, id));
    return raw === null ? undefined : parse(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

/** Stores the value as JSON; false when the browser does not allow it. */
export function store(namespace: string, id: string, value: unknown): boolean {
  try {
    localStorage.setItem(storageKey(namespace, id), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes the stored value; false when the browser does not allow it. */
export function forgetStored(namespace: string, id: string): boolean {
  try {
    localStorage.removeItem(storageKey(namespace, id));
    return true;
  } catch {
    return false;
  }
}

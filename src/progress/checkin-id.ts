/**
 * A check-in's id: random, so that check-ins made on two devices never collide and importing the
 * same export twice adds nothing. `crypto.randomUUID` needs a secure context; elsewhere (a plain
 * http page) random bytes do the same.
 */
export function newCheckinId(): string {
  if (typeof crypto.randomUUID === 'function' && isSecureContext) return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The run-time check of check-ins that come from outside the component: a file the visitor
 * imports, or what storage holds (the visitor or another script may have edited it). A lazy chunk:
 * zod loads only when there is something to check.
 */
import { checkinFileSchema, storedCheckinsSchema, type Checkin, type CheckinFile } from '../content/progress-schema.js';

/** An exported file, or undefined when it is not one. */
export function parseCheckinFile(value: unknown): CheckinFile | undefined {
  const result = checkinFileSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** Stored check-ins, or undefined when storage holds something else. */
export function parseStoredCheckins(value: unknown): Checkin[] | undefined {
  const result = storedCheckinsSchema.safeParse(value);
  return result.success ? result.data : undefined;
}


/**
 * The parts every content kind's schema shares (ids, dates, addresses, sources), apart from
 * schemas.ts so that a run-time loader carries them without the crisis and UI string schemas.
 */
import * as z from 'zod/mini';

// zod compiles object parsers with `new Function` unless told not to; a strict CSP forbids it.
z.config({ jitless: true });

export const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-11-22'));
export const httpsUrl = z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'expected an https:// address'));
export const kebabId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case id like my-id'));
export const language = z.enum(['en', 'es']);

const source = z.strictObject({
  id: kebabId,
  citation: text,
  url: z.optional(httpsUrl),
});
export type Source = z.infer<typeof source>;
export const sources = z.array(source).check(z.minLength(1, 'list at least one source'));

export interface IssueSink {
  addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string; input: unknown }): void;
}

export function reportDuplicateIds(
  entries: readonly { id: string }[],
  field: string,
  report: (path: PropertyKey[], message: string) => void,
): void {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.id)) report([field, i, 'id'], `duplicate id "${entry.id}"`);
    seen.add(entry.id);
  });
}

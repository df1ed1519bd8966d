/**
 * What the bundle keeps of a compiled content file: only what a visitor sees or code reads. The
 * content check still sees every field (scripts/content/check.ts compiles the files itself); this
 * runs only where the build plugin turns a file into a module.
 *
 * Crisis: how each fact was checked, its `sourceUrl` and `unconfirmed` note, is for the authors
 * and never shown, so it stays in content/ and in docs/crisis-sources.md. `verifiedAt` stays: the
 * lines end with the day they were last checked. Every other field, a field added later
 * included, is kept as it is.
 */
import type { Crisis } from '../../src/content/kinds.js';

type CheckNotes = { sourceUrl?: string; unconfirmed?: string };

function withoutCheckNotes<Fact extends CheckNotes>(fact: Fact): Fact {
  const { sourceUrl: _source, unconfirmed: _unconfirmed, ...shown } = fact;
  return shown as Fact;
}

export function crisisForRunTime(crisis: Crisis): Crisis {
  return {
    ...crisis,
    ...(crisis.emergency ? { emergency: withoutCheckNotes(crisis.emergency) } : {}),
    lines: crisis.lines.map(withoutCheckNotes),
    ...(crisis.complaints ? { complaints: { ...crisis.complaints, routes: crisis.complaints.routes.map(withoutCheckNotes) } } : {}),
  };
}

/** Per kind, what of its compiled data the bundle keeps; a kind not listed keeps everything. */
export const forRunTime: Record<string, (compiled: never) => object> = {
  crisis: crisisForRunTime,
};

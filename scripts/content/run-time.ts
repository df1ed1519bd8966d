/**
 * What the bundle keeps of a compiled content file: only what a visitor sees or code reads, and
 * where it loads. The content check still sees every field (scripts/content/check.ts compiles the
 * files itself); this runs only where the build plugin turns a file into a module.
 *
 * Check notes: how each crisis fact was checked, its `sourceUrl` and `unconfirmed` note, is for
 * the authors and never shown, so it stays in content/ and in docs/crisis-sources.md. This holds
 * for crisis lines, emergency numbers, complaint routes and the red-flag support lines alike.
 * `verifiedAt` stays: the lines end with the day they were last checked.
 *
 * Parts: a field only one component shows is split off into a module of its own that only that
 * component imports (`stall-content/<kind>?<part>`, scripts/content/registry.ts). A crisis file's
 * `complaints` are shown only on the decision helper's red-flag outcome, so they load with the
 * decision helper, not with the crisis lines in every page's first load. The file, its schema and
 * its check stay one.
 *
 * Every other field, a field added later included, is kept as it is.
 */
import type { Crisis, CrisisComplaints } from '../../src/content/kinds.js';
import type { RedFlagSupport } from '../../src/content/schemas.js';

type CheckNotes = { sourceUrl?: string; unconfirmed?: string };

function withoutCheckNotes<Fact extends CheckNotes>(fact: Fact): Fact {
  const { sourceUrl: _source, unconfirmed: _unconfirmed, ...shown } = fact;
  return shown as Fact;
}

/** A crisis file as every page loads it: its lines and emergency number, without the complaint routes. */
export function crisisForRunTime(crisis: Crisis): Crisis {
  const { complaints: _complaints, ...rest } = crisis;
  return {
    ...rest,
    ...(crisis.emergency ? { emergency: withoutCheckNotes(crisis.emergency) } : {}),
    lines: crisis.lines.map(withoutCheckNotes),
  };
}

/** A crisis file's complaint routes as the decision helper loads them; null for a file without any. */
export function complaintsForRunTime(crisis: Crisis): CrisisComplaints | null {
  const { complaints } = crisis;
  return complaints ? { ...complaints, routes: complaints.routes.map(withoutCheckNotes) } : null;
}

/** The red-flag support lines as the decision helper loads them. */
export function redFlagSupportForRunTime(support: RedFlagSupport): RedFlagSupport {
  const countries = Object.fromEntries(
    Object.entries(support.countries).map(([country, entry]) => [country, { ...entry, lines: entry.lines.map(withoutCheckNotes) }]),
  );
  return { ...support, countries };
}

/**
 * Per kind (or `<kind>/<id>` for one file, as of the interface words), what of its compiled data
 * the bundle keeps in the file's own module; a file not listed keeps everything.
 */
export const forRunTime: Record<string, (compiled: never) => object> = {
  crisis: crisisForRunTime,
  'ui/red-flag-support': redFlagSupportForRunTime,
};

/** Per kind, the parts split off into modules of their own: `stall-content/<kind>?<part>`. */
export const runTimeParts: Record<string, Record<string, (compiled: never) => object | null>> = {
  crisis: { complaints: complaintsForRunTime },
};

/** What the module of `kind/id` (the whole file, or one `part` of it) holds. */
export function runTimeData(kind: string, id: string, compiled: object, part?: string): object | null {
  if (part) {
    const split = runTimeParts[kind]?.[part];
    if (!split) throw new Error(`content/${kind}: no part "${part}" (known: ${Object.keys(runTimeParts[kind] ?? {}).join(', ') || 'none'})`);
    return split(compiled as never);
  }
  const keep = forRunTime[`${kind}/${id}`] ?? forRunTime[kind];
  return keep ? keep(compiled as never) : compiled;
}

/**
 * What the ticked boxes add up to: the number of signs, the themes ranked by how many ticked signs
 * point to them, the band's framing message and whether a risk item is ticked. Pure functions of
 * the checklist and the answers, so the component, its event and its summary always agree.
 */
import type { Checklist } from '../content/kinds.js';
import type { RankedTheme } from '../events.js';

/** How many of the ranked themes are shown in detail. */
export const LEADING_THEMES = 3;

export interface ChecklistResult {
  /** Ticked item ids in checklist order, risk items included. */
  ticked: string[];
  /** Ticked signs, not counting risk items. */
  count: number;
  /** Signs that can be ticked, not counting risk items. */
  total: number;
  /** Every box the visitor sees, risk items included: what "Boxes ticked: x of y" counts. */
  boxes: number;
  /** Every theme with at least one ticked sign, most ticked first, ties in file order. */
  themes: RankedTheme[];
  /** The first few of `themes`. */
  leading: Checklist['themes'];
  band: Checklist['bands'][number] | undefined;
  risk: boolean;
}

export function checklistResult(checklist: Checklist, answers: Iterable<string>): ChecklistResult {
  const chosen = new Set(answers);
  const ticked = checklist.items.filter((item) => chosen.has(item.id));
  // A risk item is never a sign of stalling: it counts for nothing but the crisis panel.
  const signs = ticked.filter((item) => !item.risk);
  const counts = new Map<string, number>();
  for (const item of signs) for (const id of item.themes ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  const themes = checklist.themes
    .map((theme, order) => ({ theme, order, count: counts.get(theme.id) ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order);
  const count = signs.length;
  return {
    ticked: ticked.map((item) => item.id),
    count,
    total: checklist.items.filter((item) => !item.risk).length,
    boxes: checklist.items.length,
    themes: themes.map(({ theme, count }) => ({ id: theme.id, title: theme.title, count })),
    leading: themes.slice(0, LEADING_THEMES).map(({ theme }) => theme),
    band: checklist.bands.find((band) => band.min <= count && count <= band.max),
    risk: ticked.some((item) => item.risk),
  };
}

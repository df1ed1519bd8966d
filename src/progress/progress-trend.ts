/**
 * What a visitor's check-ins add up to: the average of each check-in, the one-sentence summary of
 * the last few and the gentle signals the content's rules pick out. Pure functions of the content
 * and the history, so the chart, the table, the signals and the event always agree.
 */
import type { Progress } from '../content/kinds.js';
import type { Checkin, ProgressSignalRule } from '../content/progress-schema.js';
import { fillText } from '../shared/locale.js';

/** The mean of a check-in's answers to the content's questions, or undefined without any. */
export function averageOf(checkin: Checkin, progress: Progress): number | undefined {
  const values = progress.questions.map((q) => checkin.answers[q.id]).filter((v): v is number => typeof v === 'number');
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

/** Check-ins oldest first; ties keep their order. */
export const byDate = (checkins: readonly Checkin[]): Checkin[] => [...checkins].sort((a, b) => a.savedAt.localeCompare(b.savedAt));

/** "Over your last 5 check-ins, things have stayed about the same." */
export function summarySentence(progress: Progress, checkins: readonly Checkin[]): string {
  const { summary } = progress;
  if (!checkins.length) return summary.none;
  if (checkins.length === 1) return summary.one;
  const recent = byDate(checkins).slice(-summary.checkins);
  const change = (averageOf(recent.at(-1)!, progress) ?? 0) - (averageOf(recent[0], progress) ?? 0);
  const template = Math.abs(change) <= summary.sameWithin ? summary.same : change > 0 ? summary.up : summary.down;
  return fillText(template, { count: String(recent.length) });
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function fires(rule: ProgressSignalRule, recent: Checkin[], progress: Progress): boolean {
  switch (rule.kind) {
    case 'flat': {
      const averages = recent.map((c) => averageOf(c, progress) ?? 0);
      const spread = Math.max(...averages) - Math.min(...averages);
      return spread <= rule.change && (rule.below === undefined || Math.max(...averages) < rule.below);
    }
    case 'down':
      return (averageOf(recent[0], progress) ?? 0) - (averageOf(recent.at(-1)!, progress) ?? 0) >= rule.change;
    case 'drop': {
      const answers = recent.map((c) => c.answers[rule.question!]);
      const latest = answers.at(-1);
      const before = answers.slice(0, -1).filter((v): v is number => typeof v === 'number');
      return typeof latest === 'number' && before.length > 0 && mean(before) - latest >= rule.change;
    }
    default: {
      const unexpected: never = rule.kind;
      return unexpected;
    }
  }
}

/** The content's signals that the latest check-ins show, in the content's order. */
export function signalsFor(progress: Progress, checkins: readonly Checkin[]): ProgressSignalRule[] {
  const sorted = byDate(checkins);
  return progress.signals.filter((rule) => sorted.length >= rule.checkins && fires(rule, sorted.slice(-rule.checkins), progress));
}

/** Whether a safety answer id is one the content marks as risk. */
export const isRiskAnswer = (progress: Progress, answer: string | undefined): boolean =>
  !!answer && progress.safety.answers.some((a) => a.id === answer && a.risk);

/** Whether check-ins that passed the schema answer only this content's questions, within its scale. */
export function fitsContent(progress: Progress, checkins: readonly Checkin[]): boolean {
  const ids = new Set(progress.questions.map((q) => q.id));
  const { min, max } = progress.scale;
  return checkins.every((c) => Object.entries(c.answers).every(([id, value]) => ids.has(id) && value >= min && value <= max));
}

/**
 * The walk through a decision: where an answer leads, how far the visitor has come, and how the
 * options are ordered for an outcome. Pure functions over the compiled decision, so the component
 * stays about rendering and the tests can walk every path of the graph.
 */
import type { Decision } from '../content/kinds.js';
import type { DecisionAnswer, DecisionAnswers } from '../events.js';
import { markByValues } from './option-marking.js';

export type Step = Decision['steps'][number];
export type Outcome = Decision['outcomes'][number];
export type Option = Decision['options'][number];

/** An answer to a step: one answer id, or the value ids chosen on the values step. */
export type Answer = DecisionAnswer;
export type Answers = DecisionAnswers;

/** Where the visitor stands: a step, or an outcome at the end. */
export type Position = { kind: 'step'; id: string } | { kind: 'outcome'; id: string };

export const stepById = (decision: Decision, id: string): Step | undefined => decision.steps.find((s) => s.id === id);
export const outcomeById = (decision: Decision, id: string): Outcome | undefined => decision.outcomes.find((o) => o.id === id);

/** Where `answer` to `step` leads; undefined while the step is not answered. */
export function nextPosition(step: Step, answer: Answer | undefined): Position | undefined {
  const holder = step.answers ? step.answers.find((a) => a.id === answer) : answer !== undefined ? step : undefined;
  if (!holder) return undefined;
  if (holder.next) return { kind: 'step', id: holder.next };
  return holder.outcome ? { kind: 'outcome', id: holder.outcome } : undefined;
}

/** Whether the answers given on the visitor's path include one that signals risk or a red flag. */
export function flagsOf(decision: Decision, path: readonly string[], answers: Answers): { risk: boolean; redFlag: boolean } {
  let risk = false;
  let redFlag = false;
  for (const id of path) {
    const chosen = stepById(decision, id)?.answers?.find((a) => a.id === answers[id]);
    risk ||= !!chosen?.risk;
    redFlag ||= !!chosen?.redFlag;
  }
  return { risk, redFlag };
}

/** The most steps still ahead of a step, itself included: an honest upper bound for the progress. */
export function stepsLeftAtMost(decision: Decision, id: string, memo = new Map<string, number>()): number {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const step = stepById(decision, id);
  if (!step) return 0;
  const holders = step.answers ?? [step];
  const ahead = Math.max(0, ...holders.map((h) => (h.next ? stepsLeftAtMost(decision, h.next, memo) : 0)));
  memo.set(id, ahead + 1);
  return ahead + 1;
}

/** "Step n of at most N": n counts the steps taken so far, N shrinks as branches close. */
export function progressOf(decision: Decision, path: readonly string[]): { current: number; atMost: number } {
  const current = path.length;
  return { current, atMost: current - 1 + stepsLeftAtMost(decision, path[current - 1]) };
}

export interface RankedOption {
  option: Option;
  /** Marked as one to look at first. */
  first: boolean;
  /** Labels of the visitor's values that speak for this option. */
  fits: string[];
}

/**
 * The options in the order the outcome shows them, every one of them. With a values step, the
 * visitor's values decide (see `option-marking.ts`); a decision without one (a practice's own,
 * say) falls back on its outcome's `lookFirst`.
 */
export function rankOptions(decision: Decision, outcome: Outcome, answers: Answers): RankedOption[] {
  const valuesStep = decision.steps.find((s) => s.values);
  if (valuesStep) return markByValues(decision, valuesStep, answers);
  const ranked = decision.options.map((option, order) => {
    const firstAt = outcome.lookFirst?.indexOf(option.id) ?? -1;
    return { option, first: firstAt >= 0, fits: [] as string[], key: firstAt >= 0 ? firstAt : 99 + order };
  });
  ranked.sort((a, b) => a.key - b.key);
  return ranked.map(({ option, first, fits }) => ({ option, first, fits }));
}

/** Every way through the decision: for each, the steps with the answer given, and the outcome. */
export function* allPaths(decision: Decision, from = decision.start, taken: [string, Answer][] = []): Generator<{ answers: [string, Answer][]; outcome: string }> {
  const step = stepById(decision, from);
  if (!step) return;
  const choices: Answer[] = step.answers ? step.answers.map((a) => a.id) : [[]];
  for (const answer of choices) {
    const next = nextPosition(step, answer)!;
    const path: [string, Answer][] = [...taken, [step.id, answer]];
    if (next.kind === 'outcome') yield { answers: path, outcome: next.id };
    else yield* allPaths(decision, next.id, path);
  }
}

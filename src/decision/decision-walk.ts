/**
 * The visitor's walk through a decision: the steps taken so far, every answer given and, at the
 * end, the outcome. Immutable values and pure moves, so Back keeps earlier answers (WCAG 3.3.7),
 * the component only renders, and a walk restored from storage is checked against the decision.
 */
import type { Decision } from '../content/kinds.js';
import { nextPosition, outcomeById, stepById, type Answer, type Answers, type Step } from './decision-flow.js';

export interface Walk {
  /** Ids of the steps from the start to the one shown, in order. */
  readonly trail: readonly string[];
  /** Every answer given, by step id: kept when the visitor goes back, and when they go forward again. */
  readonly answers: Answers;
  /** The outcome shown at the end of the trail, once reached. */
  readonly outcome?: string;
}

export const startWalk = (decision: Decision): Walk => ({ trail: [decision.start], answers: {} });

/** The step on screen, or undefined at an outcome. */
export function currentStep(decision: Decision, walk: Walk): Step | undefined {
  return walk.outcome ? undefined : stepById(decision, walk.trail[walk.trail.length - 1]);
}

/** The answer to a step, treating an untouched values step as "none chosen" (a valid answer). */
export function answerTo(step: Step, walk: Walk): Answer | undefined {
  return walk.answers[step.id] ?? (step.values ? [] : undefined);
}

export function withAnswer(walk: Walk, stepId: string, answer: Answer): Walk {
  return { ...walk, answers: { ...walk.answers, [stepId]: answer } };
}

/** One step on, or to the outcome; undefined while the step on screen has no answer. */
export function forward(decision: Decision, walk: Walk): Walk | undefined {
  const step = currentStep(decision, walk);
  const answer = step && answerTo(step, walk);
  const next = step && nextPosition(step, answer);
  if (!step || !next || answer === undefined) return undefined;
  const answers = { ...walk.answers, [step.id]: answer };
  return next.kind === 'step' ? { trail: [...walk.trail, next.id], answers } : { trail: walk.trail, answers, outcome: next.id };
}

/** One step back, answers kept; undefined on the first step. */
export function back(walk: Walk): Walk | undefined {
  if (walk.outcome) return { trail: walk.trail, answers: walk.answers };
  return walk.trail.length > 1 ? { trail: walk.trail.slice(0, -1), answers: walk.answers } : undefined;
}

/** The answers that lead to where the visitor stands (not those left behind by going back). */
export function answersOnTrail(decision: Decision, walk: Walk): Answers {
  const onTrail = walk.outcome ? walk.trail : walk.trail.slice(0, -1);
  const given: Record<string, Answer> = {};
  for (const id of onTrail) {
    const step = stepById(decision, id);
    const answer = step && answerTo(step, walk);
    if (answer !== undefined) given[id] = answer;
  }
  return given;
}

/** Whether `answer` is one the step offers (an answer id, or value ids of the values step). */
function fits(step: Step, answer: unknown): answer is Answer {
  if (typeof answer === 'string') return !!step.answers?.some((a) => a.id === answer);
  return Array.isArray(answer) && !!step.values && answer.every((id) => step.values!.some((v) => v.id === id));
}

/**
 * A walk read back from storage, kept only as far as it still fits the decision (the file may
 * have changed since): unknown steps and answers are dropped, the trail is replayed from the start.
 */
export function replayWalk(decision: Decision, stored: unknown): Walk {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Walk, unknown>>;
  const answers: Record<string, Answer> = {};
  const storedAnswers = (typeof record.answers === 'object' && record.answers !== null ? record.answers : {}) as Record<string, unknown>;
  for (const step of decision.steps) {
    const answer = storedAnswers[step.id];
    if (Object.hasOwn(storedAnswers, step.id) && fits(step, answer)) answers[step.id] = typeof answer === 'string' ? answer : [...answer];
  }
  const storedTrail = Array.isArray(record.trail) && record.trail[0] === decision.start ? record.trail : [];
  let walk: Walk = { trail: [decision.start], answers };
  for (let i = 1; i <= storedTrail.length; i++) {
    const last = i === storedTrail.length;
    if (last && !(typeof record.outcome === 'string' && outcomeById(decision, record.outcome))) break;
    const next = forward(decision, walk);
    if (!next || (last ? next.outcome !== record.outcome : next.trail[i] !== storedTrail[i])) break;
    walk = next;
  }
  return walk;
}

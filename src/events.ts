/**
 * Every event the library fires: one class per event, each `bubbles` and `composed` so a page
 * hears it even when the component sits inside another component's shadow root. Events fire on
 * the visitor's actions only, never when the page sets a property.
 */

import type { Checkin } from './content/progress-schema.js';
import type { ContentFailure } from './shared/render-load-error.js';

/** A theme of a checklist with the number of ticked signs that point to it. */
export interface RankedTheme {
  readonly id: string;
  readonly title: string;
  readonly count: number;
}

export interface StallChangeDetail {
  /** Ids of the ticked items, in the order of the checklist (risk items included). */
  readonly ticked: readonly string[];
  /** Themes with at least one ticked sign, most ticked first; ties keep the checklist's order. */
  readonly themes: readonly RankedTheme[];
  /** Whether an item flagged `risk` (thoughts of self-harm or suicide) is ticked. */
  readonly risk: boolean;
}

/**
 * `stall-change`: the visitor ticked or unticked a box, or chose "Forget my answers".
 *
 * The detail is health data about the visitor. Keep it in the page: sending it anywhere (analytics,
 * a server, a URL) breaks the promise the component makes next to the questions, that the answers
 * stay on this device.
 */
export class StallChangeEvent extends Event {
  static readonly eventName = 'stall-change';
  readonly detail: StallChangeDetail;

  constructor(detail: StallChangeDetail) {
    super(StallChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail, ticked: Object.freeze([...detail.ticked]), themes: Object.freeze([...detail.themes]) });
  }
}

/** An answer to a decision step: one answer id, or the value ids chosen on the values step. */
export type DecisionAnswer = string | readonly string[];

/** The visitor's answers on their way through a decision, by step id, in the order given. */
export type DecisionAnswers = Readonly<Record<string, DecisionAnswer>>;

export interface StallStepDetail {
  /** Id of the step the visitor is now on. */
  readonly step: string;
  /** How they got there: Next, Back or Restart. */
  readonly via: 'next' | 'back' | 'restart';
  /** The answers on the way to this step (steps left behind by Back or Restart are not included). */
  readonly answers: DecisionAnswers;
  /** Whether an answer on the way signals risk (thoughts of suicide or self-harm). */
  readonly risk: boolean;
}

export interface StallCompleteDetail {
  /** Id of the outcome the visitor reached. */
  readonly outcome: string;
  /** The answers that led there, by step id. */
  readonly answers: DecisionAnswers;
  /** Whether an answer on the way signals risk (thoughts of suicide or self-harm). */
  readonly risk: boolean;
  /** Whether an answer on the way names harm by the therapist (a red flag). */
  readonly redFlag: boolean;
}

const frozenAnswers = (answers: DecisionAnswers): DecisionAnswers =>
  Object.freeze(Object.fromEntries(Object.entries(answers).map(([step, answer]) => [step, typeof answer === 'string' ? answer : Object.freeze([...answer])])));

/**
 * `stall-step`: the visitor moved to a step of a decision with Next, Back or Restart.
 *
 * The detail is health data about the visitor: keep it in the page, as for `stall-change`.
 */
export class StallStepEvent extends Event {
  static readonly eventName = 'stall-step';
  readonly detail: StallStepDetail;

  constructor(detail: StallStepDetail) {
    super(StallStepEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail, answers: frozenAnswers(detail.answers) });
  }
}

/**
 * `stall-complete`: the visitor reached an outcome of a decision.
 *
 * The detail is health data about the visitor: keep it in the page, as for `stall-change`.
 */
export class StallCompleteEvent extends Event {
  static readonly eventName = 'stall-complete';
  readonly detail: StallCompleteDetail;

  constructor(detail: StallCompleteDetail) {
    super(StallCompleteEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail, answers: frozenAnswers(detail.answers) });
  }
}

export interface StallLoadDetail {
  /** Id of the article: the bundled id, or made from the file name of `src`. */
  readonly id: string;
  /** Language of the article's text. */
  readonly lang: string;
  readonly title: string;
  /** Where the text came from: bundled with the library, a file (`src`) or markdown in the page. */
  readonly origin: 'bundled' | 'src' | 'inline';
}

/**
 * `stall-load`: an article's text is on the page (headings, anchors and embedded components
 * included). Unlike the events above it follows loading, not a visitor's action: it fires again
 * whenever the page makes the element show other content (`article`, `src`, language).
 */
export class StallLoadEvent extends Event {
  static readonly eventName = 'stall-load';
  readonly detail: StallLoadDetail;

  constructor(detail: StallLoadDetail) {
    super(StallLoadEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

export interface StallErrorDetail {
  /** Why: no such bundled id, a file on another website, an HTTP error, no network, a timeout, too large, or invalid content. */
  readonly reason: ContentFailure['kind'];
  /** The file that failed, when there is one. */
  readonly url?: string;
  /** What went wrong, in words for the page's author (visitors see a short, calm message). */
  readonly message: string;
  /** The problems of an invalid file, `field.path: message (line 12)`: the first ten, then how many more. */
  readonly issues?: readonly string[];
}

/** `stall-error`: content could not be shown; a short, calm message stands in its place. */
export class StallErrorEvent extends Event {
  static readonly eventName = 'stall-error';
  readonly detail: StallErrorDetail;

  constructor(detail: StallErrorDetail) {
    super(StallErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = Object.freeze({ ...detail });
  }
}

/**
 * One saved check-in of `<stall-progress>`, as kept and exported: `id`, `savedAt` (an ISO date and
 * time), `answers` (question id → the point of the scale chosen) and an optional `note`. Its
 * schema is in src/content/progress-schema.ts.
 */
export type CheckinRecord = Readonly<Checkin>;

export interface StallCheckinDetail {
  readonly checkin: CheckinRecord;
  /** The mean of the answers. */
  readonly average: number;
  /** Whether the safety question was answered with a risk answer (never kept with the check-in). */
  readonly risk: boolean;
  /** Ids of the signals the check-ins now show (`flat`, `down`, `heard-drop`…). */
  readonly signals: readonly string[];
}

/**
 * `stall-checkin`: the visitor saved a check-in in `<stall-progress>`.
 *
 * The detail is health data: how the visitor is coping, how heard they felt, whether they have had
 * thoughts of harming themselves. Keep it in the page, as for `stall-change`.
 */
export class StallCheckinEvent extends Event {
  static readonly eventName = 'stall-checkin';
  readonly detail: StallCheckinDetail;

  constructor(detail: StallCheckinDetail) {
    super(StallCheckinEvent.eventName, { bubbles: true, composed: true });
    const checkin = Object.freeze({ ...detail.checkin, answers: Object.freeze({ ...detail.checkin.answers }) });
    this.detail = Object.freeze({ ...detail, checkin, signals: Object.freeze([...detail.signals]) });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stall-checkin': StallCheckinEvent;
    'stall-load': StallLoadEvent;
    'stall-error': StallErrorEvent;
    'stall-change': StallChangeEvent;
    'stall-step': StallStepEvent;
    'stall-complete': StallCompleteEvent;
  }
}

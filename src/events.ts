/**
 * Every event the library fires: one class per event, each `bubbles` and `composed` so a page
 * hears it even when the component sits inside another component's shadow root. Events fire on
 * the visitor's actions only, never when the page sets a property.
 */

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

declare global {
  interface GlobalEventHandlersEventMap {
    'stall-change': StallChangeEvent;
  }
}

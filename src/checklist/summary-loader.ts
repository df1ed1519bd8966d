/**
 * Loads the checklist's summary view (checklist-summary-view.ts, a chunk of its own in the drop-in
 * bundle) once the first render is painted, so the first render never waits for it and a visitor
 * who opens the summary finds it already here. Loaded for every visitor, whatever they tick: when the
 * request happens says nothing about their answers.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type * as SummaryView from './checklist-summary-view.js';

/**
 * Resolves once the next frame is painted and the main thread is idle (a visitor's first click
 * comes first), or after 100 ms where no frame comes (a hidden tab).
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 500 }) : setTimeout(resolve));
    requestAnimationFrame(() => setTimeout(whenIdle));
    setTimeout(resolve, 100);
  });

export class ChecklistSummaryLoader implements ReactiveController {
  /** The view, once loaded. */
  view?: typeof SummaryView;
  /** Print, Copy and Download, once the view is loaded. */
  actions?: SummaryView.SessionSummaryActions;
  /**
   * Settles once the view is in (or failed to load), or once a summary asked for while it was
   * loading has opened; the host's `updateComplete` waits for it.
   */
  pending?: Promise<void>;
  private loading?: Promise<typeof SummaryView>;
  private started = false;
  private readonly host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.started) return;
    this.started = true;
    // Once the first render is on screen: even starting an import() costs a slowed phone a few ms.
    const settled = (this.pending = afterPaint()
      .then(() => this.load())
      .then(
        () => undefined,
        () => undefined,
      ));
    void settled.then(() => {
      if (this.pending === settled) this.pending = undefined;
    });
  }

  /** Clears the confirmation of the last action ("Copied."); none before the view is loaded. */
  clearMessage(): void {
    this.actions?.clearMessage();
  }

  load(): Promise<typeof SummaryView> {
    this.loading ??= import('./checklist-summary-view.js').then(
      (view) => {
        this.actions = new view.SessionSummaryActions(this.host);
        this.view = view;
        return view;
      },
      (error: unknown) => {
        // Offline, or the chunk is missing: opening the summary tries again.
        this.loading = undefined;
        console.error(`stall-elements: the summary could not be loaded: ${String(error)}`);
        throw error;
      },
    );
    return this.loading;
  }

  /** Runs `open` once the view is here: at once if it is, else as soon as it arrives. */
  whenLoaded(open: () => void): void {
    if (this.view) return open();
    const opened = (this.pending = this.load().then(open, () => undefined));
    void opened.then(() => {
      if (this.pending === opened) this.pending = undefined;
    });
  }
}

/**
 * Loads the checklist's summary view (checklist-summary-view.ts, a chunk of its own in the drop-in
 * bundle) right after the first render, so the first render never waits for it and a visitor who
 * opens the summary finds it already here. Loaded for every visitor, whatever they tick: when the
 * request happens says nothing about their answers.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type * as SummaryView from './checklist-summary-view.js';

export class ChecklistSummaryLoader implements ReactiveController {
  /** The view, once loaded. */
  view?: typeof SummaryView;
  /** Print, Copy and Download, once the view is loaded. */
  actions?: SummaryView.SessionSummaryActions;
  /** Settles once the view is in (or failed to load), or once a summary opened while it was loading; the host's `updateComplete` waits for it. */
  pending?: Promise<void>;
  private loading?: Promise<typeof SummaryView>;
  private readonly host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.loading) return;
    const settled = (this.pending = this.load().then(
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

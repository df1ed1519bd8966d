import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The width the chart has on the page, kept current as the layout changes, so the chart can draw
 * one SVG unit per CSS pixel: its labels keep their size from a phone to a desktop.
 */
export class ChartWidth implements ReactiveController {
  width = 600;
  private readonly host: ReactiveElement;
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry.contentRect.width);
      if (width <= 0 || width === this.width) return;
      // Redrawn in the next frame, not inside the observer's own round: a redraw there would be
      // measured again at once ("ResizeObserver loop completed with undelivered notifications").
      requestAnimationFrame(() => {
        this.width = width;
        this.host.requestUpdate();
      });
    });
  }

  hostUpdated(): void {
    // The history section (and its chart area) comes and goes: observe whichever is there now.
    const area = this.host.renderRoot.querySelector('.history') ?? undefined;
    if (area === this.observed) return;
    this.observer?.disconnect();
    this.observed = area;
    if (area) this.observer?.observe(area);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }
}

/**
 * The page's first paint, for work that must not hold it back: a prerendered page
 * (`stall-elements render`) shows its markup before the components load and take it over. The
 * drop-in entry (src/autoload.ts) waits the same way with code of its own, as this module lives
 * in the shared `core` chunk, which the entry must not fetch before the first paint.
 */
let paintSeen = false;

/** Whether the page has painted (or is hidden, where nothing paints). */
export const pagePainted = (): boolean =>
  paintSeen || performance.getEntriesByType('paint').length > 0 || document.visibilityState === 'hidden';

let painted: Promise<void> | undefined;

/** Settles after the next frame is painted, and never later than a moment (a page whose frames are held back goes on without it). */
export function firstPaint(): Promise<void> {
  painted ??= (pagePainted() ? Promise.resolve() : afterNextPaint()).then(() => {
    paintSeen = true;
  });
  return painted;
}

/**
 * Settles once the next frame has been painted, and never later than a moment (a hidden page
 * paints no frames). For the bulk of a change that need not be in the frame answering a click.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}

/**
 * What the checklist needs for its "Take it to your next session" summary: the summary itself, its
 * view and its Print, Copy and Download actions. A chunk of its own in the drop-in bundle, loaded
 * once the summary button shows (stall-checklist.ts), so the first render does not wait for it.
 */
export { checklistSummary } from './checklist-summary.js';
export { renderSessionSummary } from '../session-summary/summary-view.js';
export { SessionSummaryActions } from '../session-summary/summary-actions.js';

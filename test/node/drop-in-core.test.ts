// What the drop-in bundle's `core` chunk holds (scripts/build/drop-in.ts): what every component's
// first render needs, and not what loads once a visitor can use it (the session summary's view).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCoreModule } from '../../scripts/build/drop-in.js';

const src = (file: string) => `/work/project/src/${file}`;

describe('the drop-in core chunk', () => {
  it('keeps lit, the shared code, the crisis panel and the summary styles in the first load', () => {
    for (const id of ['/work/project/node_modules/lit-html/lit-html.js', src('shared/answer-memory.ts'), src('crisis-footer/crisis-panel.ts'), src('session-summary/summary-styles.ts'), src('session-summary/print-only.ts')]) {
      assert.equal(isCoreModule(id), true, id);
    }
  });

  it('leaves the session summary view and its actions to a chunk loaded after the first paint', () => {
    for (const id of [src('session-summary/summary-view.ts'), src('session-summary/summary-actions.ts'), src('session-summary/session-summary.ts'), src('checklist/checklist-summary-view.ts')]) {
      assert.equal(isCoreModule(id), false, id);
    }
  });
});

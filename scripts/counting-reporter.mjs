// Counts passed and failed tests (a test file that failed to load counts as one failure) and
// writes them where scripts/test.mjs can add them to the closing `N passed, N failed` line.
import { writeFileSync } from 'node:fs';

export const COUNTS_FILE = process.env.STALL_TEST_COUNTS ?? '.cache/browser-test-counts.json';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that did not load or threw outside a test has errors but no failed test.
        if (!session.passed && (session.errors?.length || !session.testResults)) totals.failed++;
      }
      writeFileSync(COUNTS_FILE, JSON.stringify(totals));
    },
  };
}

// The WordPress test's own small harness: named checks, each passing or failing on its own, and
// the plain `N passed, N failed` line that npm test reads.
export const counts = { passed: 0, failed: 0 };

export async function check(name, body) {
  const started = Date.now();
  try {
    await body();
    counts.passed++;
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    counts.failed++;
    console.log(`  ✗ ${name}\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
    return false;
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertIncludes(text, expected, where) {
  if (!String(text).includes(expected)) throw new Error(`${where}: expected to find ${JSON.stringify(expected)} in ${JSON.stringify(String(text).slice(0, 600))}`);
}

// Served by bundle-in-chromium.test.ts on a page under the strict CSP: each of these must be
// refused and reported, or the policy the tests rely on is not in force.
try {
  eval('window.evalRan = true');
} catch {
  // Refused: script-src without 'unsafe-eval'.
}
try {
  document.createElement('div').innerHTML = '<b>markup</b>';
} catch {
  // Refused: require-trusted-types-for 'script'.
}
window.probed = true;

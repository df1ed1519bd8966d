// Several tests ask for a file that is missing on purpose, to check the "file not found" message:
// their names start with `no-such-`. The fault tests' /hostile/drop.* closes the connection on
// purpose (the runner lists it as a 404). This reporter drops both from each test file's
// "404 network requests" list before the default reporter prints it, so the output shows only
// 404s nobody expected. List it before defaultReporter() in the config.

/** A request for a file that a test names as missing: `/test/fixtures/no-such-article.en.markdown`. */
export const isMissingOnPurpose = (path) => /(^|\/)no-such-[^/]*$|(^|\/)hostile\/drop\.[^/]*$/.test(path.split(/[?#]/)[0]);

export function expected404Reporter() {
  return {
    reportTestFileResults({ sessionsForTestFile }) {
      for (const session of sessionsForTestFile) {
        if (session.request404s?.length) session.request404s = session.request404s.filter((path) => !isMissingOnPurpose(path));
      }
    },
  };
}

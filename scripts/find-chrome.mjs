// Finds Chromium for the browser tests: CHROME_PATH, else Debian's `chromium` package, installed
// with apt-get when running as root on Debian. Otherwise says exactly how to get it.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChrome() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.log('stall-elements: installing Chromium for the browser tests (apt-get install chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'The browser tests need Chromium or Chrome. Install it (Debian/Ubuntu: sudo apt-get install chromium; ' +
      'macOS: install Google Chrome) or set CHROME_PATH to its executable, then run npm test again.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

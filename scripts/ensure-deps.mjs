// Makes `npm start` and `npm test` work as the first command on a fresh clone: installs the
// dependencies when node_modules is missing or older than package-lock.json.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || (existsSync('package-lock.json') && statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs);
/** The development tools (Web Test Runner, Storybook, puppeteer) declare Node 22.12 or later. */
const [major, minor] = process.versions.node.split('.').map(Number);
const olderThanTools = major < 22 || (major === 22 && minor < 12);
if (stale) {
  const command = existsSync('package-lock.json') ? 'npm ci' : 'npm install';
  console.log(`stall-elements: installing dependencies (${command})…`);
  if (olderThanTools) {
    // Said once here instead of one "Unsupported engine" warning per tool package (about 80 lines).
    console.log(
      `stall-elements: Node ${process.versions.node}: the package runs on Node 20.19 or later, but its test and Storybook tools ask for 22.12 or later (README, "Node versions"); npm's per-package warnings are left out.`,
    );
  }
  execSync(olderThanTools ? `${command} --loglevel=error` : command, { stdio: 'inherit' });
}

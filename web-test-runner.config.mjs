// Browser tests in real Chromium. Run through tsx (see package.json) so the content plugin,
// written in TypeScript, serves `content/**/*.md` to the tests exactly as it does to the build.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { stallContent } from './scripts/content/plugin.ts';
import { docSnippets } from './scripts/doc-snippets.ts';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { expected404Reporter } from './scripts/expected-404-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { hostileFiles } from './test/fixtures/hostile-server.mjs';
import { cdpCommands } from './test/fixtures/cdp-plugin.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

export default {
  rootDir: root,
  files: ['test/**/*.test.ts', '!test/node/**', '!test/built/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  mimeTypes: { '**/*.md': 'js' },
  // Broken and hostile run-time files under /hostile/ for the fault tests.
  middleware: [hostileFiles()],
  plugins: [cdpCommands(), fromRollup(stallContent)({ root }), docSnippets({ root }), esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  // The components' own warnings to page authors ("<stall-practice>: ignored …", "country "ZZ" is
  // not recognised") come from tests that give bad input on purpose; tests that care assert them.
  filterBrowserLogs: ({ type, args }) => !(type === 'warn' && typeof args[0] === 'string' && args[0].startsWith('<stall-')),
  // Files missing on purpose (`no-such-*`) are left out of the "404 network requests" lists.
  reporters: [expected404Reporter(), defaultReporter(), countingReporter()],
};

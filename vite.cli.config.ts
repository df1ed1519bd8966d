import { defineConfig } from 'vite';

/**
 * `npx stall-elements check`: the authoring CLI as one Node file with its dependencies (yaml,
 * zod, marked) bundled in, so it runs from the published package, which installs none of them.
 */
export default defineConfig({
  build: {
    ssr: 'scripts/cli.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      output: { entryFileNames: 'stall-elements.js', banner: '#!/usr/bin/env node' },
    },
  },
  // Everything the CLI imports goes into the file; only Node's built-ins stay imports.
  ssr: { noExternal: true, target: 'node' },
});

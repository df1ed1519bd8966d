import { defineConfig } from 'vite';

/**
 * `npx stall-elements check|init|build`: the authoring CLI as Node files with their dependencies
 * (yaml, zod, marked) bundled in, so it runs from the published package, which installs none of
 * them. Vite stays an import: `build` loads the package's own copy (a dependency) only when run.
 * bin/stall-elements.js, the package's bin, runs dist/cli/stall-elements.js.
 */
export default defineConfig({
  build: {
    ssr: 'scripts/cli.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      external: ['vite'],
      output: { entryFileNames: 'stall-elements.js', chunkFileNames: '[name]-[hash].js' },
    },
  },
  // Everything else the CLI imports goes into the files; only Node's built-ins and Vite stay imports.
  ssr: { noExternal: true, target: 'node' },
});

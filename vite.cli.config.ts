import { defineConfig } from 'vite';

/**
 * `npx stall-elements check|init|build|render`: the authoring CLI as Node files with their dependencies
 * (yaml, zod, marked) bundled in, so it runs from the published package, which installs none of
 * them. Vite stays an import: `build` loads the package's own copy (a dependency) only when run.
 * bin/stall-elements.js, the package's bin, runs dist/cli/stall-elements.js. dist/cli/render.js is
 * `stall-elements/render` (renderPage for static-site generators; types in types/render.d.ts).
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: { 'stall-elements': 'scripts/cli.ts', render: 'scripts/render/render-page.ts' },
      external: ['vite'],
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
  // Everything else the CLI imports goes into the files; only Node's built-ins and Vite stay imports.
  ssr: { noExternal: true, target: 'node' },
});

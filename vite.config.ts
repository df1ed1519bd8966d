import { defineConfig } from 'vite';
import { parallelChunkLoads } from './scripts/build/parallel-chunks.js';
import { stallContent } from './scripts/content/plugin.js';

/** One ES module per public entry; `lit` stays external so an app's own copy is shared. */
const libraryEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  practice: 'src/practice/stall-practice.ts',
  'crisis-footer': 'src/crisis-footer/stall-crisis-footer.ts',
  checklist: 'src/checklist/stall-checklist.ts',
  decision: 'src/decision/stall-decision.ts',
  article: 'src/article/stall-article.ts',
  progress: 'src/progress/stall-progress.ts',
};

/** The modules of the drop-in bundle's `core` chunk. */
const coreModules =
  /node_modules[\\/](?:lit|lit-html|lit-element|@lit|@lit-labs|@oxc-project)[\\/]|[\\/]src[\\/](?:shared|practice|crisis-footer|session-summary)[\\/]|[\\/]src[\\/](?:events|content[\\/]source-anchor)\.ts$|[\\/]content[\\/](?:crisis[\\/]|ui[\\/]crisis-footer\.)/;

export default defineConfig(({ mode }) => ({
  // parallelChunkLoads: a lazy component's chunks download side by side (drop-in bundle only).
  plugins: mode === 'cdn' ? [stallContent(), parallelChunkLoads()] : [stallContent()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build:
    mode === 'cdn'
      ? {
          // The drop-in bundle: registers every tag and needs nothing else. Each larger component
          // is a lazy chunk that loads, from beside it (same origin, import.meta.url), when its
          // tag appears on the page (src/autoload.ts).
          outDir: 'dist/cdn',
          emptyOutDir: false,
          target: 'es2022',
          lib: { entry: { 'stall-elements': 'src/autoload.ts' }, formats: ['es'] },
          rolldownOptions: {
            output: {
              minify: true,
              chunkFileNames: 'chunks/[name]-[hash].js',
              // What every component needs (lit, the shared code, the practice, the crisis footer
              // and its data) in one chunk: a page then loads three files, not eight, which is
              // faster to start on a slow phone for about the same bytes.
              codeSplitting: { groups: [{ name: 'core', test: coreModules }] },
            },
          },
        }
      : {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          lib: { entry: libraryEntries, formats: ['es'] },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
}));

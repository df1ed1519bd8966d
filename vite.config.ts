import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { parallelChunkLoads } from './scripts/build/parallel-chunks.js';
import { stallContent } from './scripts/content/plugin.js';
import { dropInBuild } from './scripts/build/drop-in.js';
import { minifiedTemplates } from './scripts/build/minify-templates.js';

const root = fileURLToPath(new URL('.', import.meta.url));

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

export default defineConfig(({ mode }) => ({
  // parallelChunkLoads: a lazy component's chunks download side by side (drop-in bundle only).
  // lazyLanguages: the drop-in bundle's first load carries English only (src/shared/language-packs.ts).
  // minifiedTemplates: our html and css templates without their indentation and comments.
  plugins: mode === 'cdn' ? [stallContent({ lazyLanguages: true }), parallelChunkLoads(), minifiedTemplates()] : [stallContent(), minifiedTemplates()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build:
    mode === 'cdn'
      ? // The drop-in bundle in dist/cdn (scripts/build/drop-in.ts).
        dropInBuild(root)
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

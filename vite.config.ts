import { defineConfig } from 'vite';
import { stallContent } from './scripts/content/plugin.js';

/** One ES module per public entry; `lit` stays external so an app's own copy is shared. */
const libraryEntries = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  practice: 'src/practice/stall-practice.ts',
  'crisis-footer': 'src/crisis-footer/stall-crisis-footer.ts',
  checklist: 'src/checklist/stall-checklist.ts',
};

export default defineConfig(({ mode }) => ({
  plugins: [stallContent()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
  build:
    mode === 'cdn'
      ? {
          // The drop-in bundle: registers every tag and needs nothing else. Lazy chunks load
          // from beside it (same origin) through import.meta.url.
          outDir: 'dist/cdn',
          emptyOutDir: false,
          target: 'es2022',
          lib: { entry: { 'stall-elements': 'src/define.ts' }, formats: ['es'] },
          rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
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

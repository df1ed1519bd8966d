/**
 * The drop-in bundle's build settings, shared by `vite build --mode cdn` (vite.config.ts) and
 * `stall-elements build` (a practice's own bundle): one entry, `stall-elements.js`, that registers
 * every tag, with each larger component a lazy chunk loaded from beside it (same origin,
 * import.meta.url) when its tag appears on the page (src/autoload.ts).
 */
import path from 'node:path';
import type { BuildEnvironmentOptions } from 'vite';

/** Modules of lit and of the library's shared code, the practice and the crisis footer. */
const CORE_CODE =
  /node_modules[\\/](?:lit|lit-html|lit-element|@lit|@lit-labs|@oxc-project)[\\/]|[\\/]src[\\/](?:shared|practice|crisis-footer|session-summary)[\\/]|[\\/]src[\\/](?:events|content[\\/]source-anchor)\.ts$/;
/** The crisis data and the footer's words: a practice's own files as well as the bundled ones. */
const CORE_CONTENT = /[\\/]crisis[\\/][a-z]{2}\.[a-z]{2}\.md$|[\\/]ui[\\/]crisis-footer\.[a-z]{2}\.md$|^\0stall-content\/(?:crisis|ui\/crisis-footer)$/;

/** Whether a module belongs in the drop-in bundle's `core` chunk. */
export const isCoreModule = (id: string): boolean => CORE_CODE.test(id) || CORE_CONTENT.test(id);

export function dropInBuild(root: string, outDir = path.join(root, 'dist/cdn')): BuildEnvironmentOptions {
  return {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: { 'stall-elements': path.join(root, 'src/autoload.ts') }, formats: ['es'] },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        // What every component needs (lit, the shared code, the practice, the crisis footer
        // and its data) in one chunk: a page then loads three files, not eight, which is
        // faster to start on a slow phone for about the same bytes.
        codeSplitting: { groups: [{ name: 'core', test: isCoreModule }] },
      },
    },
  };
}

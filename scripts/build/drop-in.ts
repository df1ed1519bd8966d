/**
 * The drop-in bundle's build settings, shared by `vite build --mode cdn` (vite.config.ts) and
 * `stall-elements build` (a practice's own bundle): one entry, `stall-elements.js`, that registers
 * every tag, with each larger component a lazy chunk loaded from beside it (same origin,
 * import.meta.url) when its tag appears on the page (src/autoload.ts).
 */
import path from 'node:path';
import type { BuildEnvironmentOptions } from 'vite';

/** Modules of lit and of the library's shared code, the practice's context and the crisis panel. */
const CORE_CODE =
  /node_modules[\\/](?:lit|lit-html|lit-element|@lit|@lit-labs)[\\/]|@oxc-project[\\/+]|rolldown[\\/:]runtime|[\\/]src[\\/](?:shared|practice|crisis-footer|session-summary)[\\/]|[\\/]src[\\/](?:events|content[\\/]source-anchor)\.ts$/;
/**
 * Element classes that only their own tag runs, and what only they use (the practice's side of
 * @lit/context): each stays in its own chunk, so a page with only a checklist never downloads the
 * footer's or the practice's class.
 */
const OWN_CHUNK =
  /[\\/]src[\\/](?:practice[\\/](?:stall-practice|practice-config)|crisis-footer[\\/](?:stall-crisis-footer|complaint-routes))\.ts$|[\\/]@lit[\\/]context[\\/]lib[\\/](?:controllers[\\/]context-provider|decorators[\\/]provide|value-notifier)\.js$/;
/**
 * The crisis data and the footer's words in English (other languages load when a page speaks
 * them): a practice's own files as well as the bundled ones. A practice's file in another language
 * only, with no English one beside it, stands in for English and is pulled in through the registry.
 */
const CORE_CONTENT = /[\\/]crisis[\\/][a-z]{2}\.en\.md$|[\\/]ui[\\/]crisis-footer\.en\.md$|^\0stall-content\/(?:crisis|ui\/crisis-footer)$/;

/**
 * `crisis-es` for the crisis lines and the footer's words in Spanish (and so on for another
 * language), else null: one chunk a Spanish page fetches with the core. A component's own words in
 * Spanish are a chunk of their own beside it.
 */
export function languagePackOf(id: string): string | null {
  const lang = /[\\/](?:crisis[\\/][a-z]{2}|ui[\\/]crisis-footer)\.([a-z]{2})\.md$/.exec(id)?.[1];
  return lang && lang !== 'en' ? `crisis-${lang}` : null;
}

/** Whether a module belongs in the drop-in bundle's `core` chunk. */
export const isCoreModule = (id: string): boolean => (CORE_CODE.test(id) && !OWN_CHUNK.test(id)) || CORE_CONTENT.test(id);

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
        // A language other than English: its crisis lines and the footer's words in one chunk.
        codeSplitting: { groups: [{ name: 'core', test: isCoreModule }, { name: (id: string) => languagePackOf(id), debugName: 'crisis-<lang>', test: (id: string) => languagePackOf(id) !== null }] },
      },
    },
  };
}

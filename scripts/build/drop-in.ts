/**
 * The drop-in bundle's build settings, shared by `vite build --mode cdn` (vite.config.ts) and
 * `stall-elements build` (a practice's own bundle): one entry, `stall-elements.js`, that registers
 * every tag, with each larger component a lazy chunk loaded from beside it (same origin,
 * import.meta.url) when its tag appears on the page (src/autoload.ts). `stall-elements build
 * --tags` puts the components named, with the core, in that entry (tagsEntry below).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildEnvironmentOptions, Plugin } from 'vite';

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

/** The entry of a bundle built for its tags (see tagsEntry): a module of no file. */
const TAGS_ENTRY = 'stall-elements:tags-entry';

/** A tag of the library with the module and class that define it. */
export interface LibraryTag {
  tag: string;
  module: string;
  className: string;
}

/** Every tag of the library, from custom-elements.json. */
export function libraryTags(root: string): Map<string, LibraryTag> {
  const manifest = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8')) as {
    modules: { path: string; declarations?: { name: string; tagName?: string }[] }[];
  };
  const tags = new Map<string, LibraryTag>();
  for (const module of manifest.modules) {
    for (const { tagName, name } of module.declarations ?? []) if (tagName) tags.set(tagName, { tag: tagName, module: module.path, className: name });
  }
  return tags;
}

/**
 * The entry of a bundle built for the tags a site uses (`stall-elements build --tags`): those
 * components, lit, the shared code and the autoloader in the one file a page names, so a page
 * that uses only them fetches and runs a single script, and its components render with the
 * page's first layout. Any other tag still loads from its chunk when it appears
 * (src/autoload.ts), taking what it shares from this file.
 */
export function tagsEntry(root: string, library: Iterable<LibraryTag>, tags: readonly string[]): Plugin {
  const source = (file: string) => JSON.stringify(path.join(root, file));
  // Every tag of the library: those named, from this file; the others, from their chunks.
  const lines = [...library].map(({ tag, module, className }, index) =>
    tags.includes(tag)
      ? { importLine: `import { ${className} as Tag${index} } from ${source(module)};`, element: `${JSON.stringify(tag)}: () => Tag${index}` }
      : { element: `${JSON.stringify(tag)}: () => import(${source(module)}).then((module) => module.${className})` },
  );
  const code = [
    `import { start } from ${source('src/autoload.ts')};`,
    `import { loadDeclaredLanguages } from ${source('src/shared/language-packs.ts')};`,
    ...lines.flatMap(({ importLine }) => importLine ?? []),
    `export { watch } from ${source('src/autoload.ts')};`,
    `start({ elements: { ${lines.map(({ element }) => element).join(', ')} }, languages: () => ({ loadDeclaredLanguages }) });`,
  ].join('\n');
  return {
    name: 'stall-tags-entry',
    // Vite's library mode may hand the entry over as a path under the root.
    resolveId: (id) => (id === TAGS_ENTRY || id.endsWith(`/${TAGS_ENTRY}`) ? `\0${TAGS_ENTRY}` : null),
    load: (id) => (id === `\0${TAGS_ENTRY}` ? code : null),
  };
}

/**
 * The drop-in bundle's build settings. `forTags` (with the tagsEntry plugin): a bundle whose entry
 * holds the tags named and the core, instead of the autoloader alone.
 */
export function dropInBuild(root: string, outDir = path.join(root, 'dist/cdn'), forTags = false): BuildEnvironmentOptions {
  const languagePacks = { name: (id: string) => languagePackOf(id), debugName: 'crisis-<lang>', test: (id: string) => languagePackOf(id) !== null };
  return {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: { 'stall-elements': forTags ? TAGS_ENTRY : path.join(root, 'src/drop-in.ts') }, formats: ['es'] },
    rolldownOptions: {
      // A bundle built for its tags: the other tags' chunks import what they share from the
      // entry file, which so exports more than `watch`.
      ...(forTags && { preserveEntrySignatures: 'allow-extension' as const }),
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        // What every component needs (lit, the shared code, the practice, the crisis footer
        // and its data) in one chunk: a page then loads three files, not eight, which is
        // faster to start on a slow phone for about the same bytes. Built for its tags, that
        // chunk is the entry itself, with those tags' components in it.
        // A language other than English: its crisis lines and the footer's words in one chunk.
        codeSplitting: {
          groups: [
            forTags ? { name: 'stall-elements', test: (id: string) => id === `\0${TAGS_ENTRY}` || isCoreModule(id) } : { name: 'core', test: isCoreModule },
            languagePacks,
          ],
        },
      },
    },
  };
}

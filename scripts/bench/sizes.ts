/**
 * Sizes for `npm run bench`: builds the drop-in bundle with the project's own Vite config (into a
 * folder of the bench, so a `dist/` in use is left alone), records which chunk imports which, and
 * builds each component on its own to weigh it with lit and its default English content.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { stallContent } from '../content/plugin.js';
import { minifiedTemplates } from '../build/minify-templates.js';

/** min+gzip: the minified file, gzipped at level 9. */
export const gzipSize = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

export interface ChunkInfo {
  fileName: string;
  gz: number;
  /** The module that gives the chunk its name, relative to the project: `src/…` or `content/…`. */
  facade?: string;
  isEntry: boolean;
  /** The modules in the chunk, relative to the project (`src/…`, `content/…`, `node_modules/…`). */
  modules: string[];
  imports: string[];
  dynamicImports: string[];
  /** Each module's code as it stands in the chunk (minified with it), by the same relative path. */
  moduleCode: Record<string, string>;
}

export type ChunkGraph = Map<string, ChunkInfo>;

/** A module's id relative to the project; a virtual one (`\0stall-content/crisis?complaints&lang=es`) as it is. */
const relative = (root: string, id: string | null | undefined) =>
  id ? (id.startsWith('\0') ? id : path.relative(root, id.split('?')[0]).split(path.sep).join('/')) : undefined;

/** Records every chunk of a build with what it imports. */
function graphRecorder(root: string, graph: ChunkGraph): Plugin {
  return {
    name: 'bench-chunk-graph',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        graph.set(chunk.fileName, {
          fileName: chunk.fileName,
          gz: gzipSize(chunk.code),
          facade: relative(root, chunk.facadeModuleId),
          isEntry: chunk.isEntry,
          modules: Object.keys(chunk.modules).map((id) => relative(root, id)!),
          imports: [...chunk.imports],
          dynamicImports: [...chunk.dynamicImports],
          moduleCode: Object.fromEntries(Object.entries(chunk.modules).map(([id, module]) => [relative(root, id)!, module.code ?? ''])),
        });
      }
    },
  };
}

/** Builds the drop-in bundle (`vite build --mode cdn`) into `outDir` and returns its chunk graph. */
export async function buildDropIn(root: string, outDir: string): Promise<ChunkGraph> {
  const graph: ChunkGraph = new Map();
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'warn',
    plugins: [graphRecorder(root, graph)],
    build: { outDir, emptyOutDir: true },
  });
  // Weighed as written: other plugins may still change a chunk after this one saw it.
  for (const chunk of graph.values()) chunk.gz = gzipSize(readFileSync(path.join(outDir, chunk.fileName)));
  return graph;
}

/** A chunk and everything it imports statically, i.e. what a browser fetches before running it. */
export function staticClosure(graph: ChunkGraph, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !graph.has(file)) return;
    seen.add(file);
    for (const next of graph.get(file)!.imports) visit(next);
  };
  visit(start);
  return seen;
}

/**
 * What the modules of `files` weigh, grouped by `groupOf` (a label, or undefined for "the rest"):
 * each group's code gzipped on its own, largest first.
 */
export function weighGroups(graph: ChunkGraph, files: Iterable<string>, groupOf: (module: string) => string | undefined): [string, number][] {
  const code = new Map<string, string>();
  for (const file of files) {
    for (const [module, text] of Object.entries(graph.get(file)?.moduleCode ?? {})) {
      const group = groupOf(module) ?? 'the rest';
      code.set(group, (code.get(group) ?? '') + text);
    }
  }
  return [...code].map(([group, text]): [string, number] => [group, gzipSize(text)]).sort((a, b) => b[1] - a[1]);
}

export const sumGz = (graph: ChunkGraph, files: Iterable<string>) => [...files].reduce((total, file) => total + (graph.get(file)?.gz ?? 0), 0);

export interface ComponentModule {
  tag: string;
  className: string;
  /** Path of the class module relative to src/, as src/define.ts imports it (`checklist/stall-checklist.js`). */
  module: string;
}

/**
 * The components, read from src/define.ts (the one list of every tag), so a component added there
 * is weighed without touching the bench.
 */
export function componentsOf(root: string): ComponentModule[] {
  const define = readFileSync(path.join(root, 'src/define.ts'), 'utf8');
  const modules = new Map([...define.matchAll(/import \{ (\w+) \} from '\.\/([^']+)'/g)].map(([, name, module]) => [name, module]));
  return [...define.matchAll(/\['(stall-[a-z-]+)', (\w+)\]/g)].map(([, tag, className]) => ({ tag, className, module: modules.get(className)! }));
}

/**
 * One component registered on its own, bundled and minified like the drop-in bundle: the size of
 * its entry and every chunk it imports statically (lit, shared code, its English content).
 */
export function componentSize(root: string, component: ComponentModule, workDir: string): Promise<number> {
  const modulePath = path.join(root, 'src', component.module.replace(/\.js$/, '.ts'));
  return standaloneSize(root, workDir, component.tag, `import { ${component.className} } from ${JSON.stringify(modulePath)};\ncustomElements.define('${component.tag}', ${component.className});\n`);
}

/** `code` (an ES module) bundled and minified on its own: its entry and its static imports. */
export async function standaloneSize(root: string, workDir: string, name: string, code: string): Promise<number> {
  const entryDir = path.join(workDir, 'entries');
  mkdirSync(entryDir, { recursive: true });
  const entry = path.join(entryDir, `${name}.js`);
  writeFileSync(entry, code);
  const graph: ChunkGraph = new Map();
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [stallContent({ root }), minifiedTemplates(), graphRecorder(root, graph)],
    build: {
      outDir: path.join(workDir, 'standalone', name),
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  const entryFile = [...graph.values()].find((chunk) => chunk.isEntry)!.fileName;
  return sumGz(graph, staticClosure(graph, entryFile));
}

/** Libraries and modules weighed alone, to say what a chunk is made of. */
export async function referenceSizes(root: string, workDir: string) {
  const src = (file: string) => JSON.stringify(path.join(root, 'src', file));
  const weigh = (name: string, code: string) => standaloneSize(root, workDir, `reference-${name}`, code);
  return {
    lit: await weigh('lit', "import { LitElement, html, css } from 'lit';\nimport { property, state } from 'lit/decorators.js';\nimport { consume, provide, createContext } from '@lit/context';\nexport default [LitElement, html, css, property, state, consume, provide, createContext];\n"),
    marked: await weigh('marked', "export { Marked } from 'marked';\n"),
    dompurify: await weigh('dompurify', "export { default } from 'dompurify';\n"),
    schemas: await weigh('schemas', `export * from ${src('content/schemas.ts')};\nexport * from ${src('content/decision-schema.ts')};\n`),
    yamlSubset: await weigh('yaml-subset', `export { parseYamlSubset } from ${src('content/yaml-subset.ts')};\n`),
  };
}

/**
 * `stall-elements build --out <dir> [--content <dir>] [--tags <tag,…>] [--watch]`: checks a
 * practice's content folder with the rules of `stall-elements check`, then writes the drop-in
 * bundle (`<out>/stall-elements.js` and `<out>/chunks/`) with the folder's files compiled in
 * exactly like the library's own: no markdown loader, YAML parser or schema code goes to the
 * browser for them. Without `--content`, the library's own content only.
 *
 * `--tags`: the tags the site's pages use go into `stall-elements.js` itself, with lit and the
 * shared code, so such a page fetches and runs one script instead of waiting for the entry to ask
 * for two more (scripts/build/drop-in.ts). Any other tag still loads from its chunk.
 *
 * It compiles the library from its own `src/` and `content/` (shipped in the package) with Vite,
 * a dependency of the package, loaded only here.
 */
import { existsSync, readdirSync, rmSync, watch as watchFolder, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { dropInBuild, libraryTags, tagsEntry, type LibraryTag } from '../build/drop-in.js';
import { minifiedTemplates } from '../build/minify-templates.js';
import { parallelChunkLoads } from '../build/parallel-chunks.js';
import { checkAllContent } from '../content/check.js';
import { stallContent } from '../content/plugin.js';
import { checkPracticeFolder } from '../content/practice.js';
import { packageRoot } from './package-root.js';
import { closest } from './suggest.js';

export interface BuildCall {
  /** The practice's content folder; none: the library's own content only. */
  content?: string;
  out: string;
  /** Tags to hold in the entry file itself. */
  tags?: readonly string[];
  watch: boolean;
}

interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Records the size of every file the build writes. */
function sizeRecorder(sizes: ChunkSize[]): Plugin {
  return {
    name: 'stall-chunk-sizes',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        const code = file.type === 'chunk' ? file.code : file.source;
        sizes.push({ file: file.fileName, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length });
      }
    },
  };
}

/** Checks the folder; prints its problems. True when it can be built. */
function checkFolder(root: string, content: string | undefined, write: (line: string) => void): boolean {
  const bundled = checkAllContent(root);
  if (content === undefined) {
    for (const error of bundled.errors) write(error);
    return !bundled.errors.length;
  }
  // The library's own content is checked before it ships; an error here is the library's.
  const own = bundled.errors.length ? { files: [], errors: bundled.errors, warnings: [] } : checkPracticeFolder(content, bundled);
  for (const warning of own.warnings) write(`warning: ${warning}`);
  for (const error of own.errors) write(error);
  if (own.errors.length) {
    write(`${own.errors.length} problem${own.errors.length === 1 ? '' : 's'} in ${content}: nothing was built`);
    return false;
  }
  write(`${content}: ${own.files.length} file${own.files.length === 1 ? '' : 's'} checked: no errors`);
  return true;
}

/** `library`: every tag of the library, in which `call.tags` were found. */
async function buildOnce(root: string, { content, out, tags }: BuildCall, library: ReadonlyMap<string, LibraryTag>, write: (line: string) => void): Promise<number> {
  if (!checkFolder(root, content, write)) return 1;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    write('stall-elements build needs Vite, which npm installs with stall-elements. Install it: npm install --save-dev vite');
    return 1;
  }
  const outDir = path.resolve(out);
  // Only what a previous build wrote: --out may be a folder of the website with other files.
  rmSync(path.join(outDir, 'stall-elements.js'), { force: true });
  rmSync(path.join(outDir, 'chunks'), { recursive: true, force: true });
  const sizes: ChunkSize[] = [];
  try {
    await vite.build({
      configFile: false,
      root,
      mode: 'production',
      logLevel: 'error',
      publicDir: false,
      cacheDir: path.join(tmpdir(), 'stall-elements-vite'),
      // tsconfig.json's class settings, given here: inside node_modules no tsconfig.json is read,
      // and without them the components would ship raw decorators.
      oxc: { decorator: { legacy: true }, assumptions: { setPublicClassFields: true }, typescript: { removeClassFieldsWithoutInitializer: true } },
      plugins: [
        stallContent({ root, practice: content, checked: true, lazyLanguages: true }),
        ...(tags ? [tagsEntry(root, library.values(), tags)] : []),
        parallelChunkLoads(),
        minifiedTemplates(),
        sizeRecorder(sizes),
      ],
      build: { ...dropInBuild(root, outDir, tags !== undefined), reportCompressedSize: false },
    });
  } catch (error) {
    write(`the build failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const isEntry = (file: string) => !file.includes('/');
  sizes.sort((a, b) => Number(isEntry(b.file)) - Number(isEntry(a.file)) || a.file.localeCompare(b.file));
  const width = Math.max(...sizes.map(({ file }) => file.length));
  write(`wrote ${path.relative(process.cwd(), outDir) || '.'}/:`);
  write(`  ${'file'.padEnd(width)}  ${'size'.padStart(9)}  ${'gzip'.padStart(9)}`);
  for (const { file, bytes, gzip } of sizes) write(`  ${file.padEnd(width)}  ${kb(bytes).padStart(9)}  ${kb(gzip).padStart(9)}`);
  const total = (key: 'bytes' | 'gzip') => kb(sizes.reduce((sum, size) => sum + size[key], 0));
  write(`  ${'all files'.padEnd(width)}  ${total('bytes').padStart(9)}  ${total('gzip').padStart(9)}`);
  return 0;
}

/** `build` as a step of a script or test (no --watch): throws with what it printed when it fails. */
export async function buildOrThrow(call: Omit<BuildCall, 'watch'>, root = packageRoot()): Promise<void> {
  const printed: string[] = [];
  const code = await build({ ...call, watch: false }, (line) => printed.push(line), root);
  if (code !== 0) throw new Error(`stall-elements build${call.tags ? ` --tags ${call.tags.join(',')}` : ''} failed:\n${printed.join('\n')}`);
}

export async function build(call: BuildCall, write: (line: string) => void, root = packageRoot()): Promise<number> {
  const { content } = call;
  if (content !== undefined && path.resolve(call.out) === path.resolve(content)) {
    write('stall-elements build: --out must not be the --content folder');
    return 2;
  }
  const library = libraryTags(root);
  const known = [...library.keys()];
  const unknown = call.tags?.filter((tag) => !library.has(tag)) ?? [];
  if (unknown.length || call.tags?.length === 0) {
    const guess = unknown.length === 1 ? closest(unknown[0], known) : undefined;
    write(`stall-elements build: --tags ${unknown.length ? `has no tag ${unknown.join(', ')}${guess ? `: did you mean ${guess}?` : ''}` : 'names no tag'} (the tags: ${known.join(', ')})`);
    return 2;
  }
  const code = await buildOnce(root, call, library, write);
  if (!call.watch || content === undefined || !existsSync(content)) return code;
  write(`watching ${content} for changes (Ctrl+C to stop)`);
  return new Promise<number>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let running = Promise.resolve(code);
    const rebuild = () => {
      clearTimeout(timer);
      // Editors write a file in several steps: build once they are done.
      timer = setTimeout(() => {
        running = running.then(() => {
          watchFolders();
          write('');
          write(`${new Date().toLocaleTimeString()}: ${content} changed, building again`);
          return buildOnce(root, call, library, write);
        });
      }, 150);
    };
    // A watcher per folder, not one recursive watcher: an editor that saves by replacing the file
    // (a new inode) would otherwise be heard only once.
    const watchers = new Map<string, FSWatcher>();
    const watchFolders = () => {
      const subfolders = readdirSync(content, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(content, entry.name));
      // Not --out, should it be inside the folder: each build would set off the next.
      const folders = [content, ...subfolders.filter((folder) => path.resolve(folder) !== path.resolve(call.out))];
      for (const folder of folders) if (!watchers.has(folder)) watchers.set(folder, watchFolder(folder, rebuild));
    };
    watchFolders();
    process.once('SIGINT', () => {
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      void running.then(resolve);
    });
  });
}

/**
 * The content pipeline as a Vite/rollup plugin: at build start it checks every file under
 * `content/` (also files nothing imports yet) and fails naming the file, line, field and reason;
 * an imported `content/**\/*.md` becomes a JS module with the compiled data, so the shipped code
 * needs neither zod nor marked for bundled content, and only the fields a visitor sees or code
 * reads (scripts/content/run-time.ts). `stall-content/<kind>` is the
 * registry of a kind's files, generated from the folder (scripts/content/registry.ts), and
 * `stall-content/<kind>?<part>` the registry of a part split off each file (the crisis files'
 * complaint routes), each language of it one module.
 *
 * With `practice`, a practice's own folder is laid over `content/` and checked and compiled the
 * same way (`stall-elements build`). The same plugin serves Vite, Storybook and (through
 * `fromRollup`) the test runner.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { contentKinds, LANGUAGES, type ContentLanguage } from '../../src/content/kinds.js';
import { checkAllContent } from './check.js';
import { checkPracticeFolder } from './practice.js';
import { filesInLanguage, mergedContent, parseRegistryId, registryModule, VIRTUAL_PREFIX, type ContentFile } from './registry.js';
import { runTimeData, runTimeParts } from './run-time.js';

export interface StallContentOptions {
  /** The project root holding `content/`; defaults to the working directory. */
  root?: string;
  /** A practice's own content folder, laid over `content/`: same id and language replaces, a new id adds. */
  practice?: string;
  /** The caller has checked the content already (`stall-elements build`): skip it at build start. */
  checked?: boolean;
  /** Crisis lines and interface words other than English as lazy chunks (the drop-in bundle). */
  lazyLanguages?: boolean;
  /** Every file in every language at once, none as a lazy chunk (prerendering in Node: `stall-elements render`). */
  eager?: boolean;
}

const RESOLVED = `\0${VIRTUAL_PREFIX}`;

function fail(message: string): never {
  // A plain message: authors need the file and field, not a stack trace.
  const error = new Error(message);
  error.stack = error.message;
  throw error;
}

export function stallContent({ root = process.cwd(), practice, checked = false, lazyLanguages = false, eager = false }: StallContentOptions = {}): Plugin {
  const contentDir = path.join(root, 'content');
  const practiceDir = practice ? path.resolve(practice) : undefined;
  const kindOf = (file: string): { dir: string; kind: string; name: string } | undefined => {
    for (const dir of [contentDir, practiceDir]) {
      if (!dir || !file.startsWith(dir + path.sep)) continue;
      const [kind, name, ...rest] = path.relative(dir, file).split(path.sep);
      if (name && !rest.length) return { dir, kind, name };
    }
    return undefined;
  };
  return {
    name: 'stall-content',
    enforce: 'pre',
    buildStart() {
      if (checked) return;
      const report = checkAllContent(root);
      for (const warning of report.warnings) this.warn(warning);
      if (report.errors.length) fail(`content check failed:\n${report.errors.join('\n')}`);
      if (practiceDir) {
        const own = checkPracticeFolder(practiceDir, report);
        for (const warning of own.warnings) this.warn(warning);
        if (own.errors.length) fail(`content check failed:\n${own.errors.join('\n')}`);
      }
    },
    resolveId(source, importer) {
      if (parseRegistryId(source)) return `\0${source}`;
      // The registries import content files by absolute path (the test server asks with another importer).
      if ((importer?.startsWith(RESOLVED) || source.endsWith('.md')) && path.isAbsolute(source) && kindOf(source)) return source;
      return null;
    },
    configureServer(server) {
      // The dev server: a file added or removed changes the registries; build them again.
      const refresh = (file: string) => {
        if (!file.endsWith('.md') || !kindOf(path.resolve(file))) return;
        for (const [id, module] of server.moduleGraph.idToModuleMap) if (id.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      if (practiceDir) server.watcher.add(practiceDir);
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
    },
    load(id) {
      /** The compiled data of a content file, its kind and id, or undefined for another file. */
      const compileFile = (file: string) => {
        const place = file.endsWith('.md') ? kindOf(file) : undefined;
        if (!place) return undefined;
        this.addWatchFile(file);
        const [, fileId, lang] = /^(.+)\.([a-z]{2})\.md$/.exec(place.name) ?? [];
        const compile = contentKinds[place.kind];
        if (!compile || !(LANGUAGES as readonly string[]).includes(lang)) fail(`${file}: not a content file <kind>/<id>.<lang>.md`);
        const shown = path.relative(place.dir === contentDir ? root : process.cwd(), file).split(path.sep).join('/');
        return { kind: place.kind, id: fileId, compiled: compile(readFileSync(file, 'utf8'), shown, { id: fileId, lang: lang as ContentLanguage }) };
      };
      if (id.startsWith(RESOLVED)) {
        const wanted = parseRegistryId(id.slice(1))!;
        if (!(wanted.kind in contentKinds)) fail(`${id.slice(1)}: no content kind "${wanted.kind}" (known: ${Object.keys(contentKinds).join(', ')})`);
        if (wanted.part && !runTimeParts[wanted.kind]?.[wanted.part]) {
          fail(`${id.slice(1)}: content/${wanted.kind} has no part "${wanted.part}" (known: ${Object.keys(runTimeParts[wanted.kind] ?? {}).join(', ') || 'none'})`);
        }
        const files = mergedContent(contentDir, practiceDir);
        if (wanted.id && !files.some((file) => file.kind === wanted.kind && file.id === wanted.id)) {
          fail(`${id.slice(1)}: no file content/${wanted.kind}/${wanted.id}.<lang>.md`);
        }
        if (wanted.part && wanted.lang) {
          // One language of a part: every file's part by id.
          const parts = [...filesInLanguage(files, wanted.kind, wanted.lang, wanted.id)].map(([fileId, file]: [string, ContentFile]) => {
            const { kind, compiled } = compileFile(file.file)!;
            return [fileId, runTimeData(kind, fileId, compiled, wanted.part)];
          });
          return { code: `export default ${JSON.stringify(Object.fromEntries(parts))};\n`, map: null };
        }
        return { code: registryModule(files, wanted.kind, wanted.id, { lazyLanguages, eager, part: wanted.part }), map: null };
      }
      const content = compileFile(path.resolve(id.split('?')[0]));
      if (!content) return null;
      return { code: `export default ${JSON.stringify(runTimeData(content.kind, content.id, content.compiled))};\n`, map: null };
    },
  };
}

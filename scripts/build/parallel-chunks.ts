/**
 * A build plugin for the drop-in bundle: when a chunk loads another with `import("./x.js")`, it
 * starts loading the chunks that x.js imports at the same time, instead of after x.js has arrived
 * and been parsed. Vite does the same for apps (modulepreload), but not in library mode. Each
 * `import()` of a chunk becomes `(import(dep).catch(…), …, import(x))`: the same modules, fetched
 * side by side; a failure still surfaces through `import(x)`, which needs them all.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

export function parallelChunkLoads(): Plugin {
  return {
    name: 'stall-parallel-chunk-loads',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = new Map(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])));
      const closure = (start: string, into = new Set<string>()) => {
        if (!into.has(start) && chunks.has(start)) {
          into.add(start);
          for (const next of chunks.get(start)!.imports) closure(next, into);
        }
        return into;
      };
      for (const chunk of chunks.values()) {
        const loaded = closure(chunk.fileName);
        const from = path.posix.dirname(chunk.fileName);
        chunk.code = chunk.code.replace(/\bimport\((["'`])(\.{1,2}\/[^"'`]+\.js)\1\)/g, (call, quote: string, specifier: string) => {
          const target = path.posix.normalize(path.posix.join(from, specifier));
          const extra = [...closure(target)].filter((file) => file !== target && !loaded.has(file));
          if (!extra.length) return call;
          const relative = (file: string) => {
            const link = path.posix.relative(from, file);
            return link.startsWith('.') ? link : `./${link}`;
          };
          return `(${extra.map((file) => `import(${quote}${relative(file)}${quote}).catch(()=>{}),`).join('')}${call})`;
        });
      }
    },
  };
}

/**
 * The run-time markdown loader in `npm run bench`: what each kind's loader downloads (a `src`
 * checklist page loads the checklist's schema only), with the browser's own HTML Sanitizer and,
 * where a browser has none, with DOMPurify added; and what each is made of.
 */
import path from 'node:path';
import { staticClosure, sumGz, weighGroups, type ChunkGraph } from './sizes.js';

export interface LoaderWeight {
  /** `checklist`, `decision`, `article`. */
  kind: string;
  /** Every lazy file the loader of this kind needs, with the browser's own sanitiser. */
  gz: number;
  /** The same where the browser has no Sanitizer API: DOMPurify's chunk added. */
  withDomPurifyGz: number;
  /**
   * Its code by part, largest first: each part's share of `gz`, in proportion to the part's code
   * gzipped alone (parts gzipped alone add up to more than the files, which share a dictionary).
   */
  parts: [string, number][];
}

const LOADER = /^src\/loader\/([a-z]+)-loader\.ts$/;

/** What a module of the loader is, for a reader of the bench. */
export function loaderPartOf(module: string): string {
  if (module.startsWith('node_modules/marked/')) return 'marked (markdown to HTML)';
  if (module.startsWith('node_modules/zod/')) return 'zod/mini (schema checks)';
  if (module.startsWith('node_modules/dompurify/')) return 'DOMPurify';
  if (module === 'src/content/yaml-subset.ts') return 'front-matter parser (our YAML subset)';
  if (/^src\/loader\/sanitise/.test(module)) return 'sanitiser policy on the browser’s Sanitizer';
  if (/^src\/content\/(?:[a-z]+-schema|[a-z]+-kind)\.ts$/.test(module)) return "the kind's own schema and compile step";
  if (/^src\/content\/schema(?:s|-parts)\.ts$/.test(module)) return 'schema parts every kind shares (ids, dates, sources)';
  if (/^src\/content\/markdown\.ts$|^src\/loader\/markdown-limits\.ts$/.test(module)) return 'markdown options and limits';
  return 'fetch, file checks and error messages';
}

/** Each kind's loader, from the drop-in bundle's chunk graph; `eager` are the chunks every page loads anyway. */
export function weighLoaders(graph: ChunkGraph, eager: Set<string>): LoaderWeight[] {
  const weights: LoaderWeight[] = [];
  for (const chunk of graph.values()) {
    const kind = LOADER.exec(chunk.facade ?? '')?.[1];
    if (!kind) continue;
    const files = new Set([...staticClosure(graph, chunk.fileName)].filter((file) => !eager.has(file)));
    const fallback = new Set<string>();
    for (const file of files) {
      for (const lazy of graph.get(file)!.dynamicImports) {
        if (/sanitise-dompurify/.test(graph.get(lazy)?.facade ?? '')) for (const needed of staticClosure(graph, lazy)) if (!files.has(needed) && !eager.has(needed)) fallback.add(needed);
      }
    }
    const gz = sumGz(graph, files);
    const alone = weighGroups(graph, files, loaderPartOf);
    const aloneTotal = alone.reduce((total, [, size]) => total + size, 0);
    const parts = alone.map(([part, size]): [string, number] => [part, (gz * size) / aloneTotal]);
    weights.push({ kind, gz, withDomPurifyGz: sumGz(graph, [...files, ...fallback]), parts });
  }
  return weights.sort((a, b) => a.kind.localeCompare(b.kind));
}

/** Why a kind's loader is past `targetKb`, in the bench's words. */
export function loaderMissNote(
  weight: LoaderWeight,
  targetKb: number,
  kb: (bytes: number) => string,
  alone: { marked: number; schemas: number; yamlSubset: number },
): string {
  return (
    `the ${weight.kind} loader is ${kb(weight.gz)} against ${targetKb} KB with the browser's own sanitiser (${kb(weight.withDomPurifyGz)} where DOMPurify must come too). ` +
    `By part (shares of the gzipped total): ${weight.parts.map(([part, size]) => `${part} ${kb(size)}`).join('; ')}. ` +
    `Bundled each by itself, marked weighs ${kb(alone.marked)}, zod/mini with every schema ${kb(alone.schemas)} and the front-matter parser ${kb(alone.yamlSubset)}. ` +
    'marked stays (no markdown parser of our own), the schemas are the build-time ones (one source of truth), and the front matter needs its parser: ' +
    'these three come near 25 KB before the loader code of our own (fetch with its limits, the sanitiser policy, error messages) and the kind\'s schema.'
  );
}

/** The row that names a kind's loader by its module, src/loader/<kind>-loader.ts. */
export const loaderLabel = (weight: LoaderWeight) => `run-time markdown loader, ${weight.kind} (${weight.kind}-loader.ts)`;

interface PageTimes {
  /** Medians of navigation → first box clickable (ms). */
  src: number;
  bundled: number;
  plain: number;
  /** Self time by script in one profiled load of each page, and its main-thread totals. */
  srcProfile: { byScript: [string, number][]; thread: { task: number } };
  bundledProfile: { thread: { task: number } };
}

/** Why the `src` page misses `targetRatio`: what the file adds over the same checklist bundled, and where it goes. */
export function srcPageNote(times: PageTimes, targetRatio: number, loaderFileNames: Iterable<string>, ms: (value: number) => string): string {
  const names = new Set([...loaderFileNames].map((file) => path.posix.basename(file)));
  const loaderSelf = times.srcProfile.byScript.filter(([script]) => names.has(script)).reduce((total, [, time]) => total + time, 0);
  const bundledRatio = times.bundled / times.plain;
  return (
    `the src page is usable ${(times.src / times.plain).toFixed(2)}x later than plain HTML (${ms(times.src)} against ${ms(times.plain)}); the same checklist bundled ` +
    `is usable at ${ms(times.bundled)} (${bundledRatio.toFixed(2)}x), so the file adds ${ms(times.src - times.bundled)}. The loader's chunks are fetched beside the ` +
    "component's, and so is the file itself (src/autoload.ts, in parallel; on this local server that saves nothing measurable, on Lighthouse's slow 4G a round " +
    "trip). In the profiled loads the loader's own code ran " +
    `${ms(loaderSelf)} (marked's rules are built when it is imported, then the YAML parse, the schema check, the markdown and the sanitiser), and the main thread ` +
    `was busy ${ms(times.srcProfile.thread.task)} against ${ms(times.bundledProfile.thread.task)} for the bundled page (parsing and compiling the loader's scripts counts as "(program)"). ` +
    `${targetRatio}x needs the bundled page itself well under ${targetRatio}x first (the page-speed targets above), then the loader's work within the rest.`
  );
}

/**
 * Loads a content file at run time (a practice's own checklist, later a decision or an article):
 * same origin only, with a time limit and a size limit, then compiled with the caller's compile
 * function and the sanitising renderer. Part of a lazy chunk: a page that uses only bundled
 * content never downloads it. No eval anywhere (zod runs jitless, see schemas.ts).
 */
import type { PrefetchedFiles } from '../autoload.js';
import type { ContentLanguage, Render } from '../content/kinds.js';
import { ContentError } from '../content/parse.js';
import type { LoadFailure, LoadResult } from './load-failure.js';
import { limitedRender } from './markdown-limits.js';
import { prepareSanitiser, sanitisingRender } from './sanitise.js';

export const LOAD_TIMEOUT_MS = 10_000;
export const MAX_FILE_BYTES = 1024 * 1024;

export interface LoadOptions {
  /** Aborts the load, e.g. when `src` changes before the file arrives. */
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

/** Checks a file's text and turns it into a component's data; throws a ContentError when invalid. */
export type Compile<T> = (source: string, file: string, render: Render) => T;

class TooLarge extends Error {}

/** The URL of `src` if it is on the page's own origin; nothing is requested from anywhere else. */
export function sameOriginUrl(src: string): URL | undefined {
  try {
    const url = new URL(src, document.baseURI);
    return url.origin === location.origin && /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The id and language of a file named like bundled content, `<id>.<lang>.md` (`our-list.es.md`;
 * `.markdown` and `.txt` work too); without a language in the name, `pageLanguage` (when given)
 * is expected. The id also names the component's storage key.
 */
export function identifyContentUrl(href: string, pageLanguage: ContentLanguage): { id: string; lang: ContentLanguage };
export function identifyContentUrl(href: string): { id: string; lang?: ContentLanguage };
export function identifyContentUrl(href: string, pageLanguage?: ContentLanguage): { id: string; lang?: ContentLanguage } {
  const encoded = new URL(href).pathname.split('/').pop() ?? '';
  let name = encoded;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    // A stray "%" in the name: use it as written.
  }
  const match = /^(.*?)(?:\.(en|es))?(?:\.(?:md|markdown|txt))?$/i.exec(name);
  const id = (match?.[1] ?? name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'custom';
  return { id, lang: (match?.[2]?.toLowerCase() as ContentLanguage | undefined) ?? pageLanguage };
}

export async function loadContent<T>(src: string, compile: Compile<T>, options: LoadOptions = {}): Promise<LoadResult<T>> {
  const url = sameOriginUrl(src);
  if (!url) return fail({ kind: 'cross-origin', url: src });
  const href = url.href;
  const { signal, timeoutMs = LOAD_TIMEOUT_MS, maxBytes = MAX_FILE_BYTES } = options;
  // Aborted while the loader chunk was downloading (the component left the page): its "abort"
  // event has fired already, so it would not stop the request below.
  if (signal?.aborted) return { ok: false, aborted: true };
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let source: string;
  let sanitiserReady: Promise<void> = Promise.resolve();
  try {
    // mode "same-origin" also refuses a redirect to another origin before it is followed.
    const request = takePrefetched(href, controller.signal) ?? fetch(url, { mode: 'same-origin', credentials: 'same-origin', signal: controller.signal });
    // While the file is on its way: the browser's own sanitiser is set up, or where there is
    // none, DOMPurify's chunk is requested beside the file.
    sanitiserReady = prepareSanitiser();
    sanitiserReady.catch(() => undefined);
    const response = await request;
    if (!response.ok) return fail({ kind: 'http', url: href, status: response.status });
    source = await readText(response, maxBytes);
  } catch (error) {
    if (signal?.aborted) return { ok: false, aborted: true };
    if (timedOut) return fail({ kind: 'timeout', url: href });
    if (error instanceof TooLarge) return fail({ kind: 'too-large', url: href, limitBytes: maxBytes });
    // fetch rejects with a TypeError for every network failure, without saying which; the
    // commonest that is not the network is a redirect to another origin, which mode "same-origin"
    // refuses: ask again without following redirects to tell the two apart.
    return fail({ kind: (await redirects(url)) ? 'redirect' : 'network', url: href });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
  if (signal?.aborted) return { ok: false, aborted: true };
  try {
    await sanitiserReady;
  } catch {
    // DOMPurify's chunk could not be fetched: as unreachable as the file would be.
    return fail({ kind: 'network', url: href });
  }
  if (signal?.aborted) return { ok: false, aborted: true };
  return compileLoaded(source, href, compile);
}

/**
 * Checks and renders text from outside the bundle (a file, or markdown written into the page):
 * its markdown within the limits of markdown-limits.ts, its HTML sanitised (after
 * prepareSanitiser has settled).
 */
export function compileLoaded<T>(source: string, href: string, compile: Compile<T>): LoadResult<T> {
  try {
    return { ok: true, value: compile(source, href, limitedRender(href, sanitisingRender)) };
  } catch (error) {
    if (error instanceof ContentError) return fail({ kind: 'invalid', url: href, issues: error.issues });
    // Anything else a hostile file provokes in a parser (a stack overflow, say) is still a
    // problem with the file: say so, rather than "could not be reached".
    return fail({ kind: 'invalid', url: href, issues: [{ path: '', message: `could not be read: ${String((error as Error)?.message ?? error).split('\n')[0].slice(0, 160)}` }] });
  }
}

/** Whether the server answers `url` with a redirect (not followed); false when it cannot be reached. */
async function redirects(url: URL): Promise<boolean> {
  try {
    const response = await fetch(url, { mode: 'same-origin', credentials: 'same-origin', redirect: 'manual', signal: AbortSignal.timeout(LOAD_TIMEOUT_MS) });
    return response.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

const fail = (failure: LoadFailure): LoadResult<never> => ({ ok: false, failure });

/**
 * The request for `href` that the drop-in bundle's loader started while the chunks downloaded
 * (src/autoload.ts, prefetchFile), if there is one: the same request, taken once, and stopped
 * with `signal` (a time limit, or the component leaving) like one made here.
 */
function takePrefetched(href: string, signal: AbortSignal): Promise<Response> | undefined {
  const files = (globalThis as { [key: symbol]: PrefetchedFiles | undefined })[Symbol.for('stall-elements.src-files')];
  const file = files?.get(href);
  if (!file) return undefined;
  files!.delete(href);
  signal.addEventListener('abort', () => file.controller.abort(), { once: true });
  return file.response;
}

/** The body as UTF-8 text, refusing (and cancelling) a body larger than `maxBytes`. */
async function readText(response: Response, maxBytes: number): Promise<string> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw new TooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Where a component's content comes from: bundled content picked by id and language, or a
 * practice's own file (`src`) through the lazy loader. A newer request always wins: the answer of
 * one that was overtaken (src or language changed meanwhile) is dropped, so a stale file is never
 * shown.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadResult } from '../loader/load-failure.js';
import type { Language } from './locale.js';
import type { ContentFailure } from './render-load-error.js';

export type ContentState<T> = { status: 'loading' } | { status: 'ready'; content: T } | { status: 'error'; failure: ContentFailure };

export interface ContentOrigins<T> {
  /** Bundled content: at once, or a promise for a lazy chunk; undefined for an unknown id. */
  bundled(id: string, lang: Language): T | Promise<T> | undefined;
  /** Ids of the bundled content, named to the page's author after an unknown id. */
  bundledIds: readonly string[];
  /**
   * A practice's own file. Import the loader inside this function, so that only pages that use
   * `src` download it (marked, zod, and the browser's own HTML Sanitizer or, without one, DOMPurify).
   */
  load(src: string, lang: Language, signal: AbortSignal): Promise<LoadResult<T>>;
  /**
   * Markdown written into the page (an article's `<script type="text/markdown">`): through the
   * same lazy loader as `load`, imported inside this function for the same reason.
   */
  inline?(markdown: string, lang: Language, signal: AbortSignal): Promise<LoadResult<T>>;
}

export class ContentSource<T> implements ReactiveController {
  state: ContentState<T> = { status: 'loading' };
  private readonly host: ReactiveControllerHost;
  private readonly origins: ContentOrigins<T>;
  /** What the current state is for (or is loading for). */
  private key?: string;
  private inFlight?: AbortController;

  constructor(host: ReactiveControllerHost, origins: ContentOrigins<T>) {
    this.host = host;
    this.origins = origins;
    host.addController(this);
  }

  hostDisconnected(): void {
    // A load still under way is cancelled (no download left open) and starts again on return.
    // Content already shown stays: a component moved in the page (or to an iframe and back) keeps
    // it, and an article keeps the components in its text, with their answers.
    if (this.state.status !== 'loading') return;
    this.inFlight?.abort();
    this.key = undefined;
  }

  /**
   * Called before each render with what the host's attributes ask for; starts a load if that
   * changed. `src` wins over `inline` markdown (see ContentOrigins.inline), which wins over `id`.
   */
  want(id: string, src: string | undefined, lang: Language, inline?: string): void {
    const inlineOrigin = this.origins.inline;
    const useInline = !src && inline !== undefined && !!inlineOrigin;
    const key = src ? `src ${lang} ${src}` : useInline ? `inline ${lang} ${inline}` : `bundled ${lang} ${id}`;
    if (key === this.key) return;
    this.key = key;
    this.inFlight?.abort();
    this.inFlight = undefined;
    if (src || useInline) {
      const controller = (this.inFlight = new AbortController());
      const pending = src ? this.origins.load(src, lang, controller.signal) : inlineOrigin!(inline!, lang, controller.signal);
      const loaded = pending.then((result): ContentState<T> | undefined => {
        if (result.ok) return { status: 'ready', content: result.value };
        return 'failure' in result ? { status: 'error', failure: result.failure } : undefined;
      });
      // The markdown of the page lives at the page's address: that is the "file" to name.
      this.await(key, src ?? location.href.split('#')[0], loaded);
      return;
    }
    const found = this.origins.bundled(id, lang);
    if (!found) this.state = { status: 'error', failure: { kind: 'unknown-id', id, known: this.origins.bundledIds } };
    else if (found instanceof Promise) {
      this.await(
        key,
        id,
        found.then((content): ContentState<T> => ({ status: 'ready', content })),
      );
    } else this.state = { status: 'ready', content: found };
  }

  private await(key: string, what: string, next: Promise<ContentState<T> | undefined>): void {
    this.state = { status: 'loading' };
    const settle = (state: ContentState<T> | undefined) => {
      if (this.key !== key || !state) return;
      this.state = state;
      this.host.requestUpdate();
    };
    // A chunk that fails to download (offline) rejects the import.
    next.then(settle, () => settle({ status: 'error', failure: { kind: 'network', url: what } }));
  }
}

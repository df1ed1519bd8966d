/**
 * Where the checklist comes from: a bundled one picked by id and language, or a practice's own
 * file (`src`) through the lazy loader. A newer request always wins: the answer of one that was
 * overtaken (src or language changed meanwhile) is dropped, so a stale file is never shown.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Checklist } from '../content/kinds.js';
import type { LoadFailure } from '../loader/load-failure.js';
import type { Language } from '../shared/locale.js';
import { bundledChecklist } from './checklist-content.js';

export type ChecklistFailure = LoadFailure | { kind: 'unknown-checklist'; id: string };

export type ChecklistState =
  | { status: 'loading' }
  | { status: 'ready'; checklist: Checklist }
  | { status: 'error'; failure: ChecklistFailure };

export class ChecklistSource implements ReactiveController {
  state: ChecklistState = { status: 'loading' };
  private readonly host: ReactiveControllerHost;
  /** What the current state is for (or is loading for). */
  private key?: string;
  private inFlight?: AbortController;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.inFlight?.abort();
    this.key = undefined;
  }

  /** Called before each render with what the host's attributes ask for; starts a load if that changed. */
  want(id: string, src: string | undefined, lang: Language): void {
    const key = src ? `src ${lang} ${src}` : `bundled ${lang} ${id}`;
    if (key === this.key) return;
    this.key = key;
    this.inFlight?.abort();
    this.inFlight = undefined;
    if (src) {
      const controller = (this.inFlight = new AbortController());
      this.await(key, loadOwnChecklist(src, lang, controller.signal));
      return;
    }
    const found = bundledChecklist(id, lang);
    if (!found) this.state = { status: 'error', failure: { kind: 'unknown-checklist', id } };
    else if (found instanceof Promise) {
      this.await(
        key,
        found.then((checklist): ChecklistState => ({ status: 'ready', checklist })),
      );
    } else this.state = { status: 'ready', checklist: found };
  }

  private await(key: string, next: Promise<ChecklistState | undefined>): void {
    this.state = { status: 'loading' };
    const settle = (state: ChecklistState | undefined) => {
      if (this.key !== key || !state) return;
      this.state = state;
      this.host.requestUpdate();
    };
    // A chunk that fails to download (offline) rejects the import.
    next.then(settle, () => settle({ status: 'error', failure: { kind: 'network', url: key.split(' ').slice(2).join(' ') } }));
  }
}

async function loadOwnChecklist(src: string, lang: Language, signal: AbortSignal): Promise<ChecklistState | undefined> {
  // The loader (marked, DOMPurify, zod) is a lazy chunk: only pages that use `src` download it.
  const { loadChecklist } = await import('../loader/checklist-loader.js');
  const result = await loadChecklist(src, lang, { signal });
  if (result.ok) return { status: 'ready', checklist: result.value };
  return 'failure' in result ? { status: 'error', failure: result.failure } : undefined;
}

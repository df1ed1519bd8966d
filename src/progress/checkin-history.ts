/**
 * A visitor's check-ins and the "Keep my check-ins on this device" choice. In memory for the page
 * only, until the visitor opts in; then one localStorage key, `stall-elements:progress:<id>`,
 * written on every change and removed by "Forget all". Stored check-ins are checked on the way
 * back (see checkin-validation.ts): a key someone edited into nonsense is ignored, never shown.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Progress } from '../content/kinds.js';
import type { AnswerStorageStrings } from '../content/schemas.js';
import type { Checkin } from '../content/progress-schema.js';
import { forgetStored, readStored, store } from '../shared/answer-store.js';
import { byDate, fitsContent } from './progress-trend.js';

const NAMESPACE = 'progress';

export class CheckinHistory {
  /** Oldest first. */
  checkins: Checkin[] = [];
  keep = false;
  /** The last thing said about storage, announced politely. */
  message = '';
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  /**
   * Check-ins kept for this check-in, if the visitor chose to keep them: checked against the schema
   * and the questions, then merged in. Any that do not fit (edited, or from other questions) are left out.
   */
  async restore(progress: Progress): Promise<void> {
    const raw = readStored(NAMESPACE, progress.id, (value) => value);
    this.keep = raw !== undefined;
    this.message = '';
    if (raw === undefined) return;
    const { parseStoredCheckins } = await import('./checkin-validation.js');
    this.insert((parseStoredCheckins(raw) ?? []).filter((checkin) => fitsContent(progress, [checkin])));
    this.host.requestUpdate();
  }

  /** Adds check-ins whose id is not here yet (an import), keeps them if so chosen, and counts. */
  merge(incoming: readonly Checkin[], id: string, strings: AnswerStorageStrings): { added: number; skipped: number } {
    const added = this.insert(incoming);
    this.save(id, strings);
    return { added, skipped: incoming.length - added };
  }

  add(checkin: Checkin, id: string, strings: AnswerStorageStrings): void {
    this.message = '';
    this.merge([checkin], id, strings);
  }

  setKeep(on: boolean, id: string, strings: AnswerStorageStrings): void {
    if (on) {
      this.keep = store(NAMESPACE, id, this.checkins);
      if (this.keep) this.message = strings.remembered;
      else this.blocked(strings);
    } else {
      forgetStored(NAMESPACE, id);
      this.keep = false;
      this.message = strings.notRemembered;
    }
    this.host.requestUpdate();
  }

  forget(id: string, strings: AnswerStorageStrings): void {
    forgetStored(NAMESPACE, id);
    this.checkins = [];
    this.keep = false;
    this.message = strings.forgotten;
    this.host.requestUpdate();
  }

  private insert(incoming: readonly Checkin[]): number {
    const known = new Set(this.checkins.map((c) => c.id));
    const fresh = incoming.filter((c) => !known.has(c.id) && known.add(c.id));
    this.checkins = byDate([...this.checkins, ...fresh]);
    return fresh.length;
  }

  private save(id: string, strings: AnswerStorageStrings): void {
    if (this.keep && !store(NAMESPACE, id, this.checkins)) this.blocked(strings);
    this.host.requestUpdate();
  }

  private blocked(strings: AnswerStorageStrings): void {
    // Private modes and site settings can block storage: the check-ins simply stay in memory.
    this.keep = false;
    this.message = strings.storageBlocked;
  }
}

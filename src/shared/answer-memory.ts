import type { ReactiveControllerHost } from 'lit';
import type { AnswerStorageStrings } from '../content/schemas.js';
import { forgetStored, readStored, store } from './answer-store.js';

export type { AnswerStorageStrings };

/**
 * The "Remember on this device" choice of one component and what it says about it. Off by default;
 * answers reach storage only while it is on, and "Forget my answers" turns it off and removes them.
 * `namespace` names the component in the storage key (`stall-elements:<namespace>:<content id>`);
 * `parse` checks what comes back from storage, which the visitor or another script may have edited.
 */
export class AnswerMemory<T> {
  remember = false;
  /** The last thing said about storage ("Your answers have been cleared…"), announced politely. */
  message = '';
  private readonly host: ReactiveControllerHost;
  private readonly namespace: string;
  private readonly parse: (value: unknown) => T | undefined;

  constructor(host: ReactiveControllerHost, namespace: string, parse: (value: unknown) => T | undefined) {
    this.host = host;
    this.namespace = namespace;
    this.parse = parse;
  }

  /** Answers remembered for a content id, if the visitor chose to; "Remember" shows as on when so. */
  restore(id: string): T | undefined {
    const stored = readStored(this.namespace, id, this.parse);
    this.remember = stored !== undefined;
    this.message = '';
    return stored;
  }

  /** After the visitor changed an answer: keeps the answers if, and only if, they opted in. */
  save(id: string, answers: T, strings: AnswerStorageStrings): void {
    this.message = '';
    if (this.remember && !store(this.namespace, id, answers)) this.blocked(strings);
    this.host.requestUpdate();
  }

  setRemember(on: boolean, id: string, answers: T, strings: AnswerStorageStrings): void {
    if (on) {
      this.remember = store(this.namespace, id, answers);
      if (this.remember) this.message = strings.remembered;
      else this.blocked(strings);
    } else {
      forgetStored(this.namespace, id);
      this.remember = false;
      this.message = strings.notRemembered;
    }
    this.host.requestUpdate();
  }

  forget(id: string, strings: AnswerStorageStrings): void {
    forgetStored(this.namespace, id);
    this.remember = false;
    this.message = strings.forgotten;
    this.host.requestUpdate();
  }

  private blocked(strings: AnswerStorageStrings): void {
    // Private modes and site settings can block storage: the answers simply stay in memory.
    this.remember = false;
    this.message = strings.storageBlocked;
  }
}

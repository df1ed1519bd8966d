import type { ReactiveControllerHost } from 'lit';
import { forgetStoredAnswers, readStoredAnswers, storeAnswers } from './answer-store.js';
import type { ChecklistStrings } from './checklist-content.js';

/**
 * The "Remember on this device" choice and what the component says about it. Off by default;
 * answers reach storage only while it is on, and "Forget my answers" turns it off and removes them.
 */
export class AnswerMemory {
  remember = false;
  /** The last thing said about storage ("Your answers have been cleared…"), announced politely. */
  message = '';
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  /** Answers remembered for a checklist, if the visitor chose to; "Remember" shows as on when so. */
  restore(checklistId: string): string[] | undefined {
    const stored = readStoredAnswers(checklistId);
    this.remember = stored !== undefined;
    this.message = '';
    return stored;
  }

  /** After the visitor changed an answer: keeps the answers if, and only if, they opted in. */
  save(checklistId: string, ticked: readonly string[], strings: ChecklistStrings): void {
    this.message = '';
    if (this.remember && !storeAnswers(checklistId, ticked)) this.blocked(strings);
    this.host.requestUpdate();
  }

  setRemember(on: boolean, checklistId: string, ticked: readonly string[], strings: ChecklistStrings): void {
    if (on) {
      this.remember = storeAnswers(checklistId, ticked);
      if (this.remember) this.message = strings.remembered;
      else this.blocked(strings);
    } else {
      forgetStoredAnswers(checklistId);
      this.remember = false;
      this.message = strings.notRemembered;
    }
    this.host.requestUpdate();
  }

  forget(checklistId: string, strings: ChecklistStrings): void {
    forgetStoredAnswers(checklistId);
    this.remember = false;
    this.message = strings.forgotten;
    this.host.requestUpdate();
  }

  private blocked(strings: ChecklistStrings): void {
    // Private modes and site settings can block storage: the answers simply stay in memory.
    this.remember = false;
    this.message = strings.storageBlocked;
  }
}

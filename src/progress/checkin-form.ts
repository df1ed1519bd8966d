import type { ReactiveControllerHost } from 'lit';
import type { Progress } from '../content/kinds.js';
import type { Checkin } from '../content/progress-schema.js';
import { fillText } from '../shared/locale.js';
import { newCheckinId } from './checkin-id.js';
import type { ProgressStrings } from './progress-content.js';
import { isRiskAnswer } from './progress-trend.js';
import type { CheckinDraft } from './render-checkin-form.js';

/**
 * The check-in being filled in: the answers so far, and what the form says (an error, a
 * confirmation, that support lines appeared). The safety answer only decides whether the crisis
 * lines show: it is never part of a saved check-in, so it is never kept, exported or sent.
 */
export class CheckinForm {
  draft: CheckinDraft = { answers: {}, note: '' };
  /** A risk answer was saved during this visit: the crisis lines stay for the rest of it. */
  riskSaved = false;
  error = '';
  status = '';
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  answer(question: string, value: number): void {
    this.update({ answers: { ...this.draft.answers, [question]: value } });
  }

  note(note: string): void {
    this.update({ note });
  }

  safety(progress: Progress, answer: string, strings: ProgressStrings): void {
    // The crisis lines appear at once, just below; focus stays where the visitor chose (WCAG 3.2.2).
    this.status = isRiskAnswer(progress, answer) ? strings.riskShown : '';
    this.update({ safety: answer });
  }

  /** Whether the crisis lines show: a risk answer chosen now, or saved earlier in this visit. */
  showsCrisis(progress: Progress): boolean {
    return this.riskSaved || isRiskAnswer(progress, this.draft.safety);
  }

  /**
   * The check-in to save, with whether a risk answer came with it, and a fresh form; or, when a
   * question is unanswered, an error naming what is missing and the id of the first such question.
   */
  take(progress: Progress, strings: ProgressStrings): { checkin: Checkin; risk: boolean } | { missing: string } {
    const missing = progress.questions.filter((q) => this.draft.answers[q.id] === undefined);
    if (missing.length) {
      this.error = fillText(strings.missingAnswers, { questions: missing.map((q) => q.short).join(', ') });
      this.host.requestUpdate();
      return { missing: missing[0].id };
    }
    const note = this.draft.note.trim();
    const checkin: Checkin = { id: newCheckinId(), savedAt: new Date().toISOString(), answers: { ...this.draft.answers }, ...(note ? { note } : {}) };
    const risk = isRiskAnswer(progress, this.draft.safety);
    this.riskSaved ||= risk;
    this.draft = { answers: {}, note: '' };
    this.error = '';
    this.host.requestUpdate();
    return { checkin, risk };
  }

  saved(count: number, strings: ProgressStrings): void {
    this.status = fillText(strings.saved, { count: String(count) });
    this.host.requestUpdate();
  }

  private update(change: Partial<CheckinDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.host.requestUpdate();
  }
}

import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Progress } from '../content/kinds.js';
import { renderCrisisPanel, crisisPanelStyles } from '../crisis-footer/crisis-panel.js';
import { StallCheckinEvent } from '../events.js';
import { practiceContext, type PracticeConfig } from '../practice/practice-context.js';
import { cancelPrintOnly, printOnly } from '../session-summary/print-only.js';
import { readoptStyles } from '../shared/adopted-styles.js';
import { ContentSource, type ContentState } from '../shared/content-source.js';
import { focusAfterUpdate } from '../shared/focus.js';
import { reportFailure, showsDetails } from '../shared/load-error-report.js';
import { LocaleController } from '../shared/locale-controller.js';
import { loadErrorStyles, renderLoadError } from '../shared/render-load-error.js';
import { baseStyles, controlStyles } from '../shared/styles.js';
import { trustedHtml } from '../shared/trusted-html.js';
import { ChartWidth } from './chart-width.js';
import { CheckinForm } from './checkin-form.js';
import { CheckinHistory } from './checkin-history.js';
import { CheckinFileActions } from './file-actions.js';
import { DEFAULT_PROGRESS, progressOrigins, progressStrings, type ProgressStrings } from './progress-content.js';
import { progressStyles } from './progress-styles.js';
import { averageOf, signalsFor } from './progress-trend.js';
import { renderCheckinForm } from './render-checkin-form.js';
import { renderHistory } from './render-history.js';
import { renderTools } from './render-tools.js';

/**
 * A private check-in a visitor fills in after each session: a few questions on a 0–10 scale and
 * a note. It draws their check-ins over time (chart, table and a one-sentence summary) and says,
 * gently, when things have gone flat or down, with what helps. A personal tracker, not a validated
 * test. A risk answer to the safety question shows the crisis lines at once.
 *
 * Check-ins live in memory. Nothing is stored unless the visitor ticks "Keep my check-ins on this
 * device"; then one localStorage key, `stall-elements:progress:<id>`, which "Forget all check-ins"
 * removes. Export and Import use files on the visitor's device only: no request, cookie or URL.
 *
 * @tagname stall-progress
 * @summary A private after-session check-in with a chart of how things are moving and gentle
 * signals when they have gone flat or down.
 *
 * @csspart base - Everything the component shows.
 * @csspart title - The check-in's title.
 * @csspart intro - The introduction and the "not a test" note.
 * @csspart form - The questions, the note and Save.
 * @csspart questions - The fieldset of every question.
 * @csspart question - One question and its scale.
 * @csspart safety - The safety question.
 * @csspart crisis-panel - Crisis lines, shown at once when a risk answer is chosen.
 * @csspart history - The summary, signals, chart and table.
 * @csspart summary - The one-sentence summary of the last check-ins.
 * @csspart signals - The gentle signals.
 * @csspart signal - One signal with its links and starter.
 * @csspart starter - A sentence the visitor could say next session.
 * @csspart checklist-link - A signal's link to the signs-of-stalling checklist.
 * @csspart article-link - A signal's link to the getting-unstuck article.
 * @csspart chart - The SVG chart.
 * @csspart table - The table of check-ins.
 * @csspart tools - Keep, Export, Import, Print and Forget.
 * @csspart storage - The "Keep my check-ins on this device" and "Forget all" controls.
 * @csspart confirm - The confirmation before forgetting every check-in.
 * @csspart file-actions - Export, Print and Import.
 * @csspart loading - The quiet note shown while the check-in loads.
 * @csspart error - Why a check-in could not be loaded.
 *
 * @cssprop --stall-font-family - Font of every text (default: the page's font).
 * @cssprop --stall-color-text - Text colour (default: the page's text colour).
 * @cssprop --stall-color-surface - Background of the signals (default: none, the page shows through).
 * @cssprop --stall-color-border - Borders, scale points and the chart's grid.
 * @cssprop --stall-color-focus - Focus ring (default: the accent colour).
 * @cssprop --stall-radius - Corner radius (default: 0.5rem).
 * @cssprop --stall-space - The spacing unit (default: 1rem).
 * @cssprop --stall-color-accent - Links, buttons, radio buttons and the chart's average line.
 * @cssprop --stall-color-on-accent - Text on the filled Save button.
 * @cssprop --stall-color-emergency - Border of the crisis panel and of errors.
 * @cssprop --stall-color-emergency-surface - Background of the emergency notice.
 * @cssprop --stall-crisis-panel-background - Background of the crisis panel.
 * @cssprop --stall-progress-line-1 - Colour of the first question's line on the chart (keep 3:1 against the page).
 * @cssprop --stall-progress-line-2 - Colour of the second question's line.
 * @cssprop --stall-progress-line-3 - Colour of the third question's line.
 * @cssprop --stall-progress-line-4 - Colour of the fourth question's line (a fifth and later repeat the four).
 *
 * @fires {StallCheckinEvent} stall-checkin - The visitor saved a check-in; `detail` has its answers,
 * note, average, whether a risk answer was chosen and the signals now shown. The detail is health
 * data: keep it in the page, never send it to a server, analytics or a URL.
 * @fires {StallErrorEvent} stall-error - The check-in could not be shown (an unknown id); `detail`
 * says why, for the page's author.
 */
export class StallProgress extends LitElement {
  static override styles = [baseStyles, controlStyles, crisisPanelStyles, loadErrorStyles, progressStyles];

  /** @internal */
  @consume({ context: practiceContext, subscribe: true })
  @state()
  private practice?: PracticeConfig;

  /** @internal */
  private readonly locale = new LocaleController(this);
  /** @internal */
  private readonly source = new ContentSource<Progress>(this, progressOrigins);
  /** @internal */
  private readonly history = new CheckinHistory(this);
  /** @internal */
  private readonly files = new CheckinFileActions(this, this.history);
  /** @internal */
  private readonly form = new CheckinForm(this);
  /** @internal */
  private readonly chartWidth = new ChartWidth(this);

  /** Id of a bundled check-in. */
  @property() progress: string = DEFAULT_PROGRESS;

  /** ISO 3166-1 alpha-2 code of the crisis lines to show. Overrides the practice's country. */
  @property() country?: string;

  /** Where a signal's "Read about ways to get unstuck" goes: `{article}` and `{section}` are filled in. */
  @property({ attribute: 'article-href' }) articleHref = '#{section}';

  /** Where a signal's link to the signs-of-stalling checklist goes: `{checklist}` is filled in. */
  @property({ attribute: 'checklist-href' }) checklistHref = '#{checklist}';

  /** The standard `lang` attribute; English and Spanish are built in. Else the nearest `lang` or the practice's. */
  @property({ reflect: true }) override lang!: string;

  /**
   * Shows the page's author what is wrong (an unknown check-in id) in place of the short message
   * visitors see (always so on localhost). The details also go to the console and `stall-error`.
   */
  @property({ type: Boolean }) debug = false;

  /** @internal */
  @state() private showEach = false;
  /** @internal */
  @state() private confirmingForget = false;
  /** @internal Id of the check-in content the history belongs to. */
  private historyFor?: string;
  /** @internal The failure last reported, so each is reported once. */
  private reported?: ContentState<Progress>;

  /** @internal The element moved to another document, and the browser dropped its styles. */
  adoptedCallback(): void {
    readoptStyles(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelPrintOnly(this);
  }

  override willUpdate(): void {
    this.source.want(this.progress || DEFAULT_PROGRESS, undefined, this.locale.language);
    const current = this.source.state;
    if (current.status === 'ready' && current.content.id !== this.historyFor) {
      this.historyFor = current.content.id;
      void this.history.restore(current.content);
    }
  }

  override updated(): void {
    const current = this.source.state;
    if (current.status !== 'error' || current === this.reported) return;
    this.reported = current;
    reportFailure(this, current.failure, progressStrings(this.locale.language), this.locale.language);
  }

  private handleSave(progress: Progress, strings: ProgressStrings): void {
    const taken = this.form.take(progress, strings);
    if ('missing' in taken) {
      focusAfterUpdate(this, `input[name="${taken.missing}"]`);
      return;
    }
    const { checkin, risk } = taken;
    this.history.add(checkin, progress.id, strings);
    this.form.saved(this.history.checkins.length, strings);
    const signals = signalsFor(progress, this.history.checkins).map((s) => s.id);
    const saved = new StallCheckinEvent({ checkin, average: averageOf(checkin, progress)!, risk, signals });
    this.dispatchEvent(saved);
    // Safety first: after Save, a risk answer takes the visitor to the crisis lines.
    focusAfterUpdate(this, risk ? '#crisis-heading' : '#history-heading');
  }

  /** Asks before deleting check-ins; with none, there is nothing to lose, so it just forgets. */
  private handleForgetAsk(progress: Progress): void {
    if (!this.history.checkins.length) return this.handleForgetAnswer(progress, true);
    this.confirmingForget = true;
    focusAfterUpdate(this, '#forget-question');
  }

  private handleForgetAnswer(progress: Progress, forget: boolean): void {
    this.confirmingForget = false;
    if (forget) {
      this.history.forget(progress.id, progressStrings(this.locale.language));
      this.files.clear();
    }
    focusAfterUpdate(this, '[part="storage"] button');
  }

  override render() {
    const lang = this.locale.language;
    const strings = progressStrings(lang);
    const current = this.source.state;
    switch (current.status) {
      case 'loading':
        return html`<div class="progress" part="base" lang=${lang}><p class="loading" part="loading">${strings.loading}</p></div>`;
      case 'error':
        return html`<div class="progress" part="base" lang=${lang}>${renderLoadError(current.failure, strings, lang, showsDetails(this))}</div>`;
      case 'ready':
        return this.renderProgress(current.content, strings);
      default: {
        const unexpected: never = current;
        return unexpected;
      }
    }
  }

  private renderProgress(progress: Progress, strings: ProgressStrings) {
    const lang = this.locale.language;
    const crisis = this.form.showsCrisis(progress)
      ? renderCrisisPanel({ lang, langTag: this.locale.tag, country: this.country, practice: this.practice, where: 'stall-progress', headingId: 'crisis-heading', message: progress.riskMessage })
      : nothing;
    return html`<div class="progress" part="base" lang=${lang}>
      <div class="heading" lang=${progress.lang}>
        <h2 part="title">${progress.title}</h2>
        <div class="intro" part="intro">${trustedHtml(progress.introHtml)}<p class="not-a-test">${progress.notATest}</p></div>
        <p class="privacy" part="privacy-note" lang=${lang}>${strings.privacyNote}</p>
      </div>
      ${renderCheckinForm({
        progress,
        strings,
        draft: this.form.draft,
        crisis,
        error: this.form.error,
        status: this.form.status,
        onAnswer: (question, value) => this.form.answer(question, value),
        onSafety: (answer) => this.form.safety(progress, answer, strings),
        onNote: (note) => this.form.note(note),
        onSave: () => this.handleSave(progress, strings),
      })}
      ${renderHistory({
        progress,
        checkins: this.history.checkins,
        strings,
        langTag: this.locale.tag,
        showEach: this.showEach,
        chartWidth: this.chartWidth.width,
        articleHref: this.articleHref,
        checklistHref: this.checklistHref,
        onShowEach: (show) => (this.showEach = show),
      })}
      ${this.renderToolsFor(progress, strings)}
    </div>`;
  }

  private renderToolsFor(progress: Progress, strings: ProgressStrings) {
    return renderTools({
      strings,
      count: this.history.checkins.length,
      keep: this.history.keep,
      storageMessage: this.history.message,
      confirmingForget: this.confirmingForget,
      fileMessage: this.files.message,
      fileError: this.files.error,
      onKeepChange: (e: Event) => this.history.setKeep((e.target as HTMLInputElement).checked, progress.id, strings),
      onForgetAsk: () => this.handleForgetAsk(progress),
      onForgetAnswer: (forget) => this.handleForgetAnswer(progress, forget),
      onExport: (format) => this.files.export(progress, format, strings),
      onImport: (e: Event) => void this.files.import(progress, e.target as HTMLInputElement, strings),
      onPrint: () => printOnly(this),
    });
  }
}

import { consume } from '@lit/context';
import { LitElement, html, isServer, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Checklist } from '../content/kinds.js';
import { renderCrisisPanel, crisisPanelStyles } from '../crisis-footer/crisis-panel.js';
import { StallChangeEvent } from '../events.js';
import { practiceContext, type PracticeConfig } from '../practice/practice-context.js';
import { sessionSummaryStyles, renderSessionSummary } from '../session-summary/summary-view.js';
import { SessionSummaryActions } from '../session-summary/summary-actions.js';
import { readoptStyles } from '../shared/adopted-styles.js';
import { AnswerMemory } from '../shared/answer-memory.js';
import { renderAnswerStorage } from '../shared/answer-storage-view.js';
import { followSamePageLink } from '../shared/article-link.js';
import { ContentSource, type ContentState } from '../shared/content-source.js';
import { afterNextPaint } from '../shared/first-paint.js';
import { focusAfterUpdate, keepInView } from '../shared/focus.js';
import { reportFailure, showsDetails } from '../shared/load-error-report.js';
import { LocaleController } from '../shared/locale-controller.js';
import { HandOverPrerendered, type PrerenderedState } from '../shared/prerendered.js';
import type { Language } from '../shared/locale.js';
import { loadErrorStyles, renderLoadError } from '../shared/render-load-error.js';
import { baseStyles, controlStyles } from '../shared/styles.js';
import { trustedHtml } from '../shared/trusted-html.js';
import { checklistOrigins, checklistStrings, DEFAULT_CHECKLIST, parseStoredTicks, type ChecklistStrings } from './checklist-content.js';
import { checklistStyles } from './checklist-styles.js';
import { checklistAboutStyles, renderChecklistAbout } from './render-about.js';
import { checklistSummary } from './checklist-summary.js';
import { renderQuestions } from './render-form.js';
import { renderLeadingThemes, statusSentences } from './render-results.js';
import { checklistResult, type ChecklistResult } from './scoring.js';

/**
 * Practice websites drop in `<stall-checklist>`; a visitor who feels stuck in therapy ticks the
 * signs that fit and sees, in private, what may be going on and what to try next.
 *
 * Answers live in memory. Nothing is stored unless the visitor ticks "Remember on this device";
 * then one localStorage key, `stall-elements:checklist:<checklist id>`, which "Forget my answers"
 * removes. No answer goes into a request, cookie, URL, history entry or attribute. Loading a
 * practice's own file (`src`) downloads the run-time loader, from the page's own origin only.
 *
 * @tagname stall-checklist
 * @summary The signs-of-stalling self-check: tick what feels true, see which themes stand out and
 * what tends to help, and take a summary to the next session. Crisis lines come first if a visitor
 * ticks a risk item.
 *
 * @csspart base - Everything the component shows.
 * @csspart title - The checklist's title.
 * @csspart intro - The checklist's introduction.
 * @csspart questions - The fieldset of questions.
 * @csspart privacy-note - The line saying answers stay on this device.
 * @csspart item - One question: its checkbox and label.
 * @csspart checkbox - The checkbox of a question.
 * @csspart results - The results beside the questions.
 * @csspart status - The live status: signs ticked, themes, framing message, "not a diagnosis".
 * @csspart crisis-panel - Crisis lines shown first when a risk item is ticked.
 * @csspart emergency - The emergency number in the crisis panel.
 * @csspart lines - The list of crisis lines in the crisis panel.
 * @csspart line - One crisis line.
 * @csspart verified - When the crisis details were last checked.
 * @csspart country-chooser - The control to choose another country's crisis lines.
 * @csspart unknown-country - The general advice shown for a country without bundled lines.
 * @csspart theme - One leading theme: what helps, a conversation starter, a link to read more.
 * @csspart starter - A theme's conversation starter.
 * @csspart article-link - A theme's link to its article section.
 * @csspart summary - The take-to-your-next-session summary.
 * @csspart summary-actions - The Print, Copy, Download and Close buttons.
 * @csspart storage - The "Remember on this device" and "Forget my answers" controls.
 * @csspart group - A group of questions under its subheading.
 * @csspart about - "About this checklist": reviewed date, sources, and that its bands are a rough guide.
 * @csspart loading - The quiet note shown while a checklist loads.
 * @csspart error - Why a checklist could not be loaded.
 * @csspart issues - The fields at fault in an invalid checklist file.
 *
 * @cssprop --stall-font-family - Font of every text (default: the page's font).
 * @cssprop --stall-color-text - Text colour (default: the page's text colour).
 * @cssprop --stall-color-surface - Background of the component's panels (default: none, the page shows through).
 * @cssprop --stall-color-border - Borders of boxes and question groups.
 * @cssprop --stall-color-focus - Focus ring (default: the accent colour).
 * @cssprop --stall-radius - Corner radius (default: 0.5rem).
 * @cssprop --stall-space - The spacing unit (default: 1rem).
 * @cssprop --stall-max-width - The widest the checklist grows on a wide page (default: 48rem).
 * @cssprop --stall-color-accent - Links, buttons, checkboxes and focus ring.
 * @cssprop --stall-color-on-accent - Text on the filled summary button.
 * @cssprop --stall-color-emergency - Border of the crisis panel and emergency notice.
 * @cssprop --stall-color-emergency-surface - Background of the emergency notice.
 * @cssprop --stall-checklist-item-background - Background of a question.
 * @cssprop --stall-checklist-item-background-checked - Background of a ticked question (default: the accent colour at 12%).
 * @cssprop --stall-checklist-results-background - Background of the results.
 * @cssprop --stall-crisis-panel-background - Background of the crisis panel.
 *
 * @fires {StallChangeEvent} stall-change - The visitor ticked or unticked a box or chose "Forget my
 * answers"; `detail` has the ticked ids, the ranked themes and whether a risk item is ticked. Not
 * fired when the page sets `ticked`, `checklist`, `src` or `lang`. The detail is health data: keep
 * it in the page, never send it to a server, analytics or a URL.
 * @fires {StallErrorEvent} stall-error - The checklist could not be shown (unknown id, a file that
 * failed to load or is invalid); `detail` has the reason, the file, what went wrong and the file's
 * first problems, for the page's author. Visitors see a short, calm message in its place.
 */
export class StallChecklist extends HandOverPrerendered(LitElement) {
  static override styles = [baseStyles, controlStyles, crisisPanelStyles, sessionSummaryStyles, loadErrorStyles, checklistStyles, checklistAboutStyles];

  /** @internal */
  @consume({ context: practiceContext, subscribe: true })
  @state()
  private practice?: PracticeConfig;

  /** @internal */
  private readonly locale = new LocaleController(this);
  /** @internal */
  private readonly source = new ContentSource<Checklist>(this, checklistOrigins);
  /** @internal */
  private readonly summaryActions = new SessionSummaryActions(this);
  /** @internal */
  private readonly memory = new AnswerMemory<readonly string[]>(this, 'checklist', parseStoredTicks);

  /** Id of a bundled checklist. */
  @property() checklist: string = DEFAULT_CHECKLIST;

  /**
   * A practice's own checklist file (`.md`, same schema as the bundled ones) on this website;
   * overrides `checklist`. Files on other websites are refused. Name it `<id>.<lang>.md` to set its
   * language; the id also names its storage key.
   */
  @property() src?: string;

  /** Country of the crisis lines to show (`GB`, `gbr`, `UK`…). Overrides the practice's country. */
  @property() country?: string;

  /**
   * Where a theme's "Read more" link goes: `{article}` and `{section}` are filled from the theme
   * (`article: why-progress-stalls#avoidance`). The default suits a checklist placed inside the
   * article; use e.g. `/articles/{article}.html#{section}` elsewhere.
   */
  @property({ attribute: 'article-href' }) articleHref = '#{section}';

  /** The standard `lang` attribute; English and Spanish are built in. Else the nearest `lang` or the practice's. */
  @property({ reflect: true }) override lang!: string;

  /**
   * Shows the page's author what is wrong with a file that cannot be shown, in place of the short
   * message visitors see (always so on localhost). The details also go to the console and `stall-error`.
   */
  @property({ type: Boolean }) debug = false;

  /** Ids of the ticked items. Setting it changes the boxes without firing `stall-change`. */
  @property({ attribute: false }) ticked: readonly string[] = [];

  /** @internal The visitor changed something, so the status speaks even at zero ticks. */
  @state() private touched = false;
  /** @internal */
  @state() private summaryOpen = false;
  /**
   * @internal The answers the themes and the summary still show while the frame answering a tick
   * paints (see handleItemChange); none when they show `ticked`.
   */
  @state() private detailsLag?: readonly string[];
  /** @internal Settles once the themes and the summary have caught up with a tick. */
  private detailsCatchUp?: Promise<void>;
  /** @internal Id of the checklist the answers in `ticked` belong to. */
  private answersFor?: string;
  /** @internal The failure last told to the console and the page. */
  private reported?: ContentState<Checklist>;

  /** @internal The element moved to another document, and the browser dropped its styles. */
  adoptedCallback(): void {
    readoptStyles(this);
  }

  /** @internal Prerendered markup stays until the checklist is here. */
  override readyToHandOver(): boolean {
    return this.source.state.status !== 'loading';
  }

  /** @internal Boxes ticked in the prerendered form before the script arrived count as the visitor's ticks. */
  override takeOverPrerendered({ checked }: PrerenderedState): void {
    const current = this.source.state;
    const ticked = checked.filter(({ name }) => !name).map(({ value }) => value);
    if (current.status !== 'ready' || !ticked.length) return;
    const result = this.commit(current.content, new Set([...this.ticked, ...ticked]));
    this.memory.save(current.content.id, result.ticked, checklistStrings(this.locale.language));
  }

  override willUpdate(): void {
    this.source.want(this.checklist || DEFAULT_CHECKLIST, this.src || undefined, this.locale.language);
    const current = this.source.state;
    if (current.status === 'ready' && current.content.id !== this.answersFor) this.adoptChecklist(current.content);
  }

  override updated(): void {
    const current = this.source.state;
    if (current.status !== 'error' || current === this.reported) return;
    this.reported = current;
    reportFailure(this, current.failure, checklistStrings(this.locale.language), this.locale.language);
  }

  /** A new checklist (not the same one in another language): answers from storage, else none. */
  private adoptChecklist(checklist: Checklist): void {
    const stored = this.memory.restore(checklist.id);
    if (stored) this.ticked = stored;
    else if (this.answersFor !== undefined) this.ticked = [];
    this.answersFor = checklist.id;
    this.touched = false;
    this.summaryOpen = false;
  }

  private handleItemChange(checklist: Checklist, event: Event): void {
    const box = event.target as HTMLInputElement;
    const before = this.ticked;
    const next = new Set(this.ticked);
    if (box.checked) next.add(box.value);
    else next.delete(box.value);
    // A tick changes what is shown, never where focus is (WCAG 3.2.2): the crisis lines appear
    // first in the results, and the live status says so.
    const result = this.commit(checklist, next);
    this.memory.save(checklist.id, result.ticked, checklistStrings(this.locale.language));
    this.detailsAfterPaint(before);
  }

  /**
   * The frame that answers a tick paints the box, the live status and any crisis lines; the themes
   * and the summary, most of the layout work, follow in the next frame. A slowed phone then shows
   * the tick about a quarter sooner (the bench's click → result), and nothing waits a visible time.
   */
  private detailsAfterPaint(before: readonly string[]): void {
    this.detailsLag = before;
    this.detailsCatchUp ??= afterNextPaint().then(() => {
      this.detailsLag = undefined;
      this.detailsCatchUp = undefined;
    });
  }

  /** @internal `updateComplete` includes the themes and summary catching up with a tick. */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.detailsCatchUp) await this.detailsCatchUp;
    return super.getUpdateComplete();
  }

  private handleRememberChange(checklist: Checklist, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.memory.setRemember(on, checklist.id, checklistResult(checklist, this.ticked).ticked, checklistStrings(this.locale.language));
  }

  private handleForget(checklist: Checklist): void {
    this.summaryOpen = false;
    this.commit(checklist, []);
    this.memory.forget(checklist.id, checklistStrings(this.locale.language));
    // The results above shrink: keep the button and its message on screen.
    void keepInView(this, '.storage');
  }

  private handleSummaryToggle(open: boolean): void {
    this.summaryOpen = open;
    this.summaryActions.clearMessage();
    focusAfterUpdate(this, open ? '#summary-heading' : '#summary-open');
  }

  /** Applies the visitor's answers and tells the page. */
  private commit(checklist: Checklist, answers: Iterable<string>): ChecklistResult {
    const result = checklistResult(checklist, answers);
    this.detailsLag = undefined;
    this.ticked = result.ticked;
    this.touched = true;
    this.summaryActions.clearMessage();
    if (!result.count && !result.risk) this.summaryOpen = false;
    const change = new StallChangeEvent({ ticked: result.ticked, themes: result.themes, risk: result.risk });
    this.dispatchEvent(change);
    return result;
  }

  override render() {
    const lang = this.locale.language;
    const strings = checklistStrings(lang);
    const current = this.source.state;
    switch (current.status) {
      case 'loading':
        return html`<div class="checklist" part="base" lang=${lang}><p class="loading" part="loading">${strings.loading}</p></div>`;
      case 'error':
        return html`<div class="checklist" part="base" lang=${lang}>${renderLoadError(current.failure, strings, lang, showsDetails(this))}</div>`;
      case 'ready':
        return this.renderChecklist(current.content, strings, lang);
      default: {
        const unexpected: never = current;
        return unexpected;
      }
    }
  }

  private renderChecklist(checklist: Checklist, strings: ChecklistStrings, lang: Language) {
    const result = checklistResult(checklist, this.ticked);
    const ticked = new Set(result.ticked);
    return html`<div class="checklist" part="base" lang=${lang}>
      <div class="heading" lang=${checklist.lang}>
        <h2 part="title" id="title">${checklist.title}</h2>
        <div class="intro" part="intro">${trustedHtml(checklist.introHtml)}</div>
      </div>
      ${renderQuestions({ checklist, ticked, strings, lang, onChange: (e: Event) => this.handleItemChange(checklist, e) })}
      ${this.renderResults(checklist, result, strings, lang)} ${this.renderStorage(checklist, strings)} ${renderChecklistAbout(checklist, strings, lang)}
    </div>`;
  }

  private renderResults(checklist: Checklist, result: ChecklistResult, strings: ChecklistStrings, lang: Language) {
    const sentences = statusSentences(result, strings, this.touched || result.ticked.length > 0, checklist.lang);
    const details = this.detailsLag ? checklistResult(checklist, this.detailsLag) : result;
    const panel = () =>
      renderCrisisPanel({ lang, langTag: this.locale.tag, country: this.country, practice: this.practice, where: 'stall-checklist', headingId: 'crisis-heading', contextId: 'title', message: strings.riskMessage });
    // Prerendered (no script yet, or none at all): the panel is in the page, and CSS shows it as
    // soon as the risk item is ticked.
    const crisis = result.risk ? panel() : isServer ? html`<div class="crisis-when-ticked">${panel()}</div>` : nothing;
    return html`<div class="results" part="results" @click=${followSamePageLink}>
      ${crisis} ${sentences.length ? html`<h3 class="results-heading">${strings.resultsHeading}</h3>` : nothing}
      <div class="status" part="status" role="status">${sentences.map(({ text, lang }) => html`<p lang=${lang ?? nothing}>${text}</p>`)}</div>
      ${renderLeadingThemes({ checklist, result: details, strings, articleHref: this.articleHref })} ${this.renderSummary(checklist, details, strings)}
    </div>`;
  }

  private renderSummary(checklist: Checklist, result: ChecklistResult, strings: ChecklistStrings) {
    if (!result.count && !result.risk) return nothing;
    if (!this.summaryOpen) {
      return html`<p><button type="button" class="primary" id="summary-open" @click=${() => this.handleSummaryToggle(true)}>${strings.summaryOpen}</button></p>`;
    }
    const summary = checklistSummary(checklist, result, strings);
    return renderSessionSummary({ summary, strings, actions: this.summaryActions, headingId: 'summary-heading', contextId: 'title', onClose: () => this.handleSummaryToggle(false) });
  }

  private renderStorage(checklist: Checklist, strings: ChecklistStrings) {
    return renderAnswerStorage({
      remember: this.memory.remember,
      message: this.memory.message,
      answered: this.touched || this.ticked.length > 0,
      strings,
      onRememberChange: (e: Event) => this.handleRememberChange(checklist, e),
      onForget: () => this.handleForget(checklist),
    });
  }
}

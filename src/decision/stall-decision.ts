import { consume } from '@lit/context';
import { LitElement, html, isServer, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { property, state } from 'lit/decorators.js';
import type { Decision } from '../content/kinds.js';
import { complaintRouteStyles } from '../crisis-footer/complaint-routes.js';
import { crisisPanelStyles, renderCrisisPanel, type CrisisHelpOptions } from '../crisis-footer/crisis-panel.js';
import { crisisFooterStrings } from '../crisis-footer/crisis-data.js';
import { StallCompleteEvent, StallStepEvent } from '../events.js';
import { practiceContext, type PracticeConfig } from '../practice/practice-context.js';
import { SessionSummaryActions } from '../session-summary/summary-actions.js';
import { renderSessionSummary, sessionSummaryStyles } from '../session-summary/summary-view.js';
import { readoptStyles } from '../shared/adopted-styles.js';
import { AnswerMemory } from '../shared/answer-memory.js';
import { renderAnswerStorage } from '../shared/answer-storage-view.js';
import { ContentSource, type ContentState } from '../shared/content-source.js';
import { focusAfterUpdate, keepInView } from '../shared/focus.js';
import { reportFailure, showsDetails } from '../shared/load-error-report.js';
import { LocaleController } from '../shared/locale-controller.js';
import { HandOverPrerendered, type PrerenderedState } from '../shared/prerendered.js';
import { fillText, type Language } from '../shared/locale.js';
import { loadErrorStyles, renderLoadError } from '../shared/render-load-error.js';
import { baseStyles, controlStyles } from '../shared/styles.js';
import { decisionOrigins, decisionStrings, DEFAULT_DECISION, type DecisionStrings } from './decision-content.js';
import { flagsOf, nextPosition, outcomeById, progressOf, type Outcome, type Step } from './decision-flow.js';
import { decisionStyles } from './decision-styles.js';
import { decisionSummary } from './decision-summary.js';
import { answersOnTrail, answerTo, back, currentStep, forward, replayWalk, startWalk, withAnswer, type Walk } from './decision-walk.js';
import { renderAbout } from './render-about.js';
import { renderProblem } from './render-problem.js';
import { redFlagSupportStyles, renderRedFlagSupport } from './red-flag-support.js';
import { renderOutcome } from './render-outcome.js';
import { renderStep } from './render-step.js';

/**
 * A visitor who wonders whether to leave their therapist answers a few questions, one step at a
 * time, says what matters most to them, and sees what they could do next, then every option with
 * its good and hard sides on demand, the ones to look at first marked. Shaped by the International
 * Patient Decision Aid Standards (IPDAS); it never decides for the visitor.
 *
 * Answers live in memory. Nothing is stored unless the visitor ticks "Remember on this device";
 * then one localStorage key, `stall-elements:decision:<decision id>`, which "Forget my answers"
 * removes. No answer goes into a request, cookie, URL, history entry or attribute. Loading a
 * practice's own file (`src`) downloads the run-time loader, from the page's own origin only.
 *
 * @tagname stall-decision
 * @summary A step-by-step decision helper ("Should I look for a different therapist?"): Next and
 * Back keep answers, a risk answer puts crisis lines first, and the outcome compares every option.
 *
 * @csspart base - Everything the component shows.
 * @csspart title - The decision's title.
 * @csspart decision - The decision, stated plainly.
 * @csspart problem - What the problem is: what a stall is, how common, what it is not.
 * @csspart privacy-note - The line saying answers stay on this device.
 * @csspart progress - "Step 3 of at most 8".
 * @csspart step - The fieldset of the step on screen.
 * @csspart choice - One answer (or value) of a step: its radio button or checkbox and label.
 * @csspart nav - The Back, Next and Start again buttons.
 * @csspart crisis-panel - Crisis lines shown first after a risk answer or a red-flag outcome.
 * @csspart emergency - The emergency number in the crisis panel.
 * @csspart lines - The list of crisis lines in the crisis panel.
 * @csspart line - One crisis line.
 * @csspart verified - When the crisis details were last checked.
 * @csspart country-chooser - The control to choose another country's crisis lines.
 * @csspart unknown-country - The general advice shown for a country without bundled lines.
 * @csspart outcome - Where the answers led: summary, options, next steps and questions.
 * @csspart values - What the visitor said matters most to them.
 * @csspart not-advice - "This is not a diagnosis or advice for your situation."
 * @csspart compare - Every option, one under another.
 * @csspart option - One option: its title and marks, and its details.
 * @csspart option-details - An option's details, closed until asked for: what it is like, what we know and don't, its good sides and its hard sides.
 * @csspart evidence - An option's "What we know" and "What we don't know".
 * @csspart evidence-quality - How sure the evidence is, above the options.
 * @csspart option-first - An option the outcome suggests looking at first (with `option`).
 * @csspart look-first - The "One to look at first" mark of an option.
 * @csspart pros - An option's good sides.
 * @csspart cons - An option's hard sides.
 * @csspart next-steps - The outcome's next steps.
 * @csspart questions - Questions to ask a current or new therapist.
 * @csspart red-flag-support - After a red flag: support lines that fit harm by a therapist, before the crisis lines.
 * @csspart support-lines - The list of those support lines.
 * @csspart support-line - One support line.
 * @csspart support-none - The general message for a country without listed support lines.
 * @csspart complaints - After a red flag: where to raise a complaint in the visitor's country.
 * @csspart complaint-route - One regulator, register or complaints body.
 * @csspart complaints-fallback - The general advice for a country without listed routes.
 * @csspart article-link - The outcome's link to read more.
 * @csspart summary - The take-to-your-next-session summary.
 * @csspart summary-actions - The Print, Copy, Download and Close buttons.
 * @csspart storage - The "Remember on this device" and "Forget my answers" controls.
 * @csspart about - "About this decision aid": reviewed date, update policy, authors, how it was
 * made, funding, competing interests (the aid's and the practice's), evidence quality, sources.
 * @csspart loading - The quiet note shown while a decision loads.
 * @csspart error - Why a decision could not be loaded.
 * @csspart issues - The fields at fault in an invalid decision file.
 *
 * @cssprop --stall-font-family - Font of every text (default: the page's font).
 * @cssprop --stall-color-text - Text colour (default: the page's text colour).
 * @cssprop --stall-color-surface - Background of the component's panels (default: none, the page shows through).
 * @cssprop --stall-color-border - Borders of boxes and question groups.
 * @cssprop --stall-color-focus - Focus ring (default: the accent colour).
 * @cssprop --stall-radius - Corner radius (default: 0.5rem).
 * @cssprop --stall-space - The spacing unit (default: 1rem).
 * @cssprop --stall-max-width - The widest the decision helper grows on a wide page (default: 48rem).
 * @cssprop --stall-color-accent - Links, buttons, radio buttons, the marked options and focus ring.
 * @cssprop --stall-color-on-accent - Text on the filled Next button.
 * @cssprop --stall-color-emergency - Border of the crisis panel; the "choose an answer" message.
 * @cssprop --stall-color-emergency-surface - Background of the emergency notice.
 * @cssprop --stall-decision-choice-background - Background of an answer.
 * @cssprop --stall-decision-choice-background-checked - Background of the chosen answer (default: the accent colour at 12%).
 * @cssprop --stall-decision-outcome-background - Background of the outcome.
 * @cssprop --stall-decision-option-background - Background of an option in the comparison.
 * @cssprop --stall-crisis-panel-background - Background of the crisis panel.
 *
 * @fires {StallStepEvent} stall-step - The visitor moved to a step with Next, Back or Start again
 * (or chose "Forget my answers"); `detail` has the step id, how they got there, the answers on
 * the way and whether one signals risk.
 * @fires {StallCompleteEvent} stall-complete - The visitor reached an outcome; `detail` has the
 * outcome id, the answers that led there, and whether one signals risk or a red flag. Neither event
 * fires when the page sets `decision`, `src` or `lang`. The details are health data: keep them in
 * the page, never send them to a server, analytics or a URL.
 * @fires {StallErrorEvent} stall-error - The decision could not be shown (unknown id, a file that
 * failed to load or is invalid); `detail` has the reason, the file, what went wrong and the file's
 * first problems, for the page's author. Visitors see a short, calm message in its place.
 */
export class StallDecision extends HandOverPrerendered(LitElement) {
  static override styles = [baseStyles, controlStyles, crisisPanelStyles, redFlagSupportStyles, complaintRouteStyles, sessionSummaryStyles, loadErrorStyles, decisionStyles];

  /** @internal */
  @consume({ context: practiceContext, subscribe: true })
  @state()
  private practice?: PracticeConfig;

  /** @internal */
  private readonly locale = new LocaleController(this);
  /** @internal */
  private readonly source = new ContentSource<Decision>(this, decisionOrigins);
  /** @internal */
  private readonly summaryActions = new SessionSummaryActions(this);
  /** @internal What "Remember" kept; checked against the decision by `replayWalk`. */
  private readonly memory = new AnswerMemory<unknown>(this, 'decision', (value) => value);

  /** Id of a bundled decision. */
  @property() decision: string = DEFAULT_DECISION;

  /**
   * A practice's own decision file (`.md`, same schema and checks as the bundled ones) on this
   * website; overrides `decision`. Files on other websites are refused. Name it `<id>.<lang>.md`
   * to set its language; the id also names its storage key.
   */
  @property() src?: string;

  /** Country of the crisis lines to show (`GB`, `gbr`, `UK`…). Overrides the practice's country. */
  @property() country?: string;

  /**
   * Where an outcome's "Read more" link goes: `{article}` and `{section}` are filled from the
   * outcome (`article: switching-therapists#ending-well`). The default suits a decision placed
   * inside that article; use e.g. `/articles/{article}.html#{section}` elsewhere.
   */
  @property({ attribute: 'article-href' }) articleHref = '#{section}';

  /**
   * Where "Read how this decision aid was made" in "About" goes: e.g. your copy of the package's
   * `docs/how-this-was-made.md`. Overrides the decision file's `howMadeUrl`.
   */
  @property({ attribute: 'how-made-href' }) howMadeHref?: string;

  /** The standard `lang` attribute; English and Spanish are built in. Else the nearest `lang` or the practice's. */
  @property({ reflect: true }) override lang!: string;

  /**
   * Shows the page's author what is wrong with a file that cannot be shown, in place of the short
   * message visitors see (always so on localhost). The details also go to the console and `stall-error`.
   */
  @property({ type: Boolean }) debug = false;

  /** @internal The steps taken, the answers given and the outcome reached. */
  @state() private walk?: Walk;
  /** @internal Next was pressed on a step without an answer. */
  @state() private missing = false;
  /** @internal */
  @state() private summaryOpen = false;
  /** @internal Id of the decision `walk` belongs to. */
  private walkFor?: string;
  /** @internal Said politely when the crisis lines appear after a risk answer (focus stays on the answer). */
  @state() private announcement = '';
  /** @internal Focus went to the crisis lines for the risk shown now; reset when the risk is gone. */
  private crisisFocused = false;
  /** @internal The failure last told to the console and the page. */
  private reported?: ContentState<Decision>;
  /** @internal Id of the step whose radios are on screen. */
  private stepOnScreen?: string;

  /** @internal The element moved to another document, and the browser dropped its styles. */
  adoptedCallback(): void {
    readoptStyles(this);
  }

  /** @internal Prerendered markup stays until the decision is here. */
  override readyToHandOver(): boolean {
    return this.source.state.status !== 'loading';
  }

  /**
   * @internal An answer chosen in the prerendered first step before the script arrived counts as
   * the visitor's, when that step is the one on screen now (not after a walk kept on this device).
   */
  override takeOverPrerendered({ checked }: PrerenderedState): void {
    const now = this.current;
    const step = now && currentStep(now.decision, now.walk);
    if (!step) return;
    // A step's choices are radios named after it; a step of several values has checkboxes.
    const chosen = checked.filter(({ name }) => name === (step.values ? '' : `step-${step.id}`)).map(({ value }) => value);
    const answer = step.values ? step.values.filter((value) => chosen.includes(value.id)).map((value) => value.id) : step.answers?.find((choice) => choice.id === chosen[0])?.id;
    if (answer?.length) this.answer(step, answer);
  }

  override willUpdate(): void {
    this.source.want(this.decision || DEFAULT_DECISION, this.src || undefined, this.locale.language);
    const current = this.source.state;
    // The same decision in another language keeps the walk: ids are shared across languages.
    if (current.status === 'ready' && current.content.id !== this.walkFor) {
      const stored = this.memory.restore(current.content.id);
      this.walk = stored === undefined ? startWalk(current.content) : replayWalk(current.content, stored);
      this.walkFor = current.content.id;
      this.missing = false;
      this.summaryOpen = false;
    }
    const now = this.current;
    const step = now && currentStep(now.decision, now.walk);
    if (step?.id !== this.stepOnScreen) this.releaseRadios();
    this.stepOnScreen = step?.id;
  }

  /**
   * @internal Takes the radios of the step about to leave the screen out of their group first: Chromium
   * keeps radios removed from a shadow root in its radio-group bookkeeping, and with them every
   * node and listener of their step (issue 12: about 39 nodes a Next + Back, 112 a red flag + Back).
   */
  private releaseRadios(): void {
    // Prerendered radios keep their names until the hand-over has read the visitor's answer from them.
    if (isServer || this.prerenderedRoot) return;
    for (const radio of this.renderRoot?.querySelectorAll('[part="step"] input[type="radio"][name]') ?? []) radio.removeAttribute('name');
  }

  override updated(): void {
    const current = this.source.state;
    if (current.status !== 'error' || current === this.reported) return;
    this.reported = current;
    reportFailure(this, current.failure, this.strings, this.locale.language);
  }

  private get strings(): DecisionStrings {
    return decisionStrings(this.locale.language);
  }

  /** @internal The decision on screen and the walk as it is now (not as it was when a handler was rendered). */
  private get current(): { decision: Decision; walk: Walk } | undefined {
    const state = this.source.state;
    return state.status === 'ready' ? { decision: state.content, walk: this.walk ?? startWalk(state.content) } : undefined;
  }

  /**
   * A chosen answer changes what is shown, never where focus is (WCAG 3.2.2): a risk answer puts
   * the crisis lines above the question at once and says so in the live region; focus goes to
   * them when the visitor moves on.
   */
  private handleAnswer(stepId: string, event: Event): void {
    const now = this.current;
    const step = now && currentStep(now.decision, now.walk);
    if (!now || !step || step.id !== stepId) return;
    const input = event.target as HTMLInputElement;
    let answer: string | string[] = input.value;
    if (step.values) {
      const chosen = new Set(answerTo(step, now.walk));
      if (input.checked) chosen.add(input.value);
      else chosen.delete(input.value);
      answer = step.values.filter((value) => chosen.has(value.id)).map((value) => value.id);
    }
    this.answer(step, answer);
  }

  /** @internal Records the visitor's answer to the step on screen. */
  private answer(step: Step, answer: string | string[]): void {
    const { decision, walk } = this.current!;
    const hadRisk = flagsOf(decision, walk.trail, walk.answers).risk;
    this.walk = withAnswer(walk, step.id, answer);
    this.missing = false;
    this.memory.save(decision.id, this.walk, this.strings);
    const risk = flagsOf(decision, this.walk.trail, this.walk.answers).risk;
    // Safety first: the crisis lines are above the question already; say so.
    if (risk && !hadRisk) this.announcement = `${crisisFooterStrings(this.locale.language).heading}. ${this.strings.riskMessage}`;
    if (!risk) this.announcement = '';
  }

  private handleNext(): void {
    const now = this.current;
    if (!now) return;
    const { decision, walk } = now;
    const next = forward(decision, walk);
    if (next) return this.moveTo(decision, next, 'next');
    this.missing = true;
    void focusAfterUpdate(this, '[part="step"] input');
  }

  private handleForget(decision: Decision): void {
    this.walk = startWalk(decision);
    this.missing = false;
    this.summaryOpen = false;
    this.announcement = '';
    this.crisisFocused = false;
    this.memory.forget(decision.id, this.strings);
    // The view above shrinks to the first step: keep the button and its message on screen.
    void keepInView(this, '.storage');
    this.dispatchEvent(new StallStepEvent({ step: decision.start, via: 'restart', answers: {}, risk: false }));
  }

  private handleSummaryToggle(open: boolean): void {
    this.summaryOpen = open;
    this.summaryActions.clearMessage();
    void focusAfterUpdate(this, open ? '#summary-heading' : '#summary-open');
  }

  /** Shows another step or the outcome, tells the page, and moves focus to what is new. */
  private moveTo(decision: Decision, walk: Walk, via: 'next' | 'back' | 'restart'): void {
    this.walk = walk;
    this.missing = false;
    this.summaryOpen = false;
    this.summaryActions.clearMessage();
    this.announcement = '';
    this.memory.save(decision.id, walk, this.strings);
    const { risk, redFlag } = flagsOf(decision, walk.trail, walk.answers);
    const answers = answersOnTrail(decision, walk);
    const outcome = walk.outcome ? outcomeById(decision, walk.outcome) : undefined;
    // Going on after a risk answer: the crisis lines first, once.
    const toCrisis = (risk && !this.crisisFocused) || !!(outcome && (redFlag || outcome.redFlag));
    this.crisisFocused = risk && (this.crisisFocused || toCrisis);
    if (outcome) {
      this.dispatchEvent(new StallCompleteEvent({ outcome: outcome.id, answers, risk, redFlag: redFlag || !!outcome.redFlag }));
      void focusAfterUpdate(this, toCrisis ? '#crisis-heading' : '#outcome-heading');
    } else {
      this.dispatchEvent(new StallStepEvent({ step: walk.trail[walk.trail.length - 1], via, answers, risk }));
      void focusAfterUpdate(this, toCrisis ? '#crisis-heading' : '#step-heading', toCrisis ? undefined : '.view');
    }
  }

  /** @internal Back, or Start again: moves from the walk as it is now. */
  private handleMove(via: 'back' | 'restart'): void {
    const now = this.current;
    if (!now) return;
    const to = via === 'back' ? back(now.walk) : startWalk(now.decision);
    if (to) this.moveTo(now.decision, to, via);
  }

  override render() {
    const lang = this.locale.language;
    const current = this.source.state;
    switch (current.status) {
      case 'loading':
        return html`<div class="decision" part="base" lang=${lang}><p class="loading" part="loading">${this.strings.loading}</p></div>`;
      case 'error':
        return html`<div class="decision" part="base" lang=${lang}>${renderLoadError(current.failure, this.strings, lang, showsDetails(this))}</div>`;
      case 'ready':
        return this.renderDecision(current.content, this.walk ?? startWalk(current.content), lang);
      default: {
        const unexpected: never = current;
        return unexpected;
      }
    }
  }

  private renderDecision(decision: Decision, walk: Walk, lang: Language) {
    const strings = this.strings;
    const outcome = walk.outcome ? outcomeById(decision, walk.outcome) : undefined;
    const step = currentStep(decision, walk);
    const { risk, redFlag } = flagsOf(decision, walk.trail, walk.answers);
    const redFlagShown = !!outcome && (redFlag || !!outcome.redFlag);
    // After a red flag, the lines that fit it: first, or after the crisis lines when a risk answer leads.
    const help: CrisisHelpOptions = { lang, langTag: this.locale.tag, country: this.country, practice: this.practice, where: 'stall-decision' };
    const support = redFlagShown ? renderRedFlagSupport(help) : undefined;
    const panel = (message: string, intro: boolean) =>
      renderCrisisPanel({ ...help, headingId: 'crisis-heading', contextId: 'title', message, intro, beforeHelp: intro ? undefined : support, afterHelp: intro ? support : undefined });
    // Prerendered (no script yet, or none at all): CSS shows the panel once a risk answer is chosen.
    const crisis =
      risk || redFlagShown
        ? panel(risk ? strings.riskMessage : strings.redFlagMessage, risk)
        : isServer
          ? html`<div class="crisis-when-chosen">${panel(strings.riskMessage, true)}</div>`
          : nothing;
    // One outer template for every view, so the storage controls (and focus on them) persist.
    return html`<div class="decision" part="base" lang=${lang}>
      <div class="head" lang=${decision.lang}>
        <h2 part="title" id="title">${decision.title}</h2>
        <p class="decision-statement" part="decision">${decision.decision}</p>
        ${renderProblem(decision)}
      </div>
      ${crisis}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <p class="privacy" part="privacy-note">${strings.privacyNote}</p>
      <div class="view">${outcome ? this.renderOutcomeView(decision, walk, outcome) : step ? this.renderStepView(decision, walk, step) : nothing}</div>
      ${renderAnswerStorage({
        remember: this.memory.remember,
        message: this.memory.message,
        answered: walk.trail.length > 1 || !!walk.outcome || Object.keys(walk.answers).length > 0,
        strings,
        onRememberChange: (e: Event) => this.memory.setRemember((e.target as HTMLInputElement).checked, decision.id, this.walk ?? walk, strings),
        onForget: () => this.handleForget(decision),
      })}
      ${renderAbout(decision, strings, lang, this.practice, this.howMadeHref, this.locale.tag)}
    </div>`;
  }

  private renderStepView(decision: Decision, walk: Walk, step: Step) {
    const strings = this.strings;
    const { current, atMost } = progressOf(decision, walk.trail);
    const toOutcome = nextPosition(step, answerTo(step, walk))?.kind === 'outcome';
    return html`<p class="progress" part="progress">${fillText(current === atMost ? strings.progressLast : strings.progress, { current: String(current), total: String(atMost) })}</p>
      ${
        // Fresh inputs for each step, never one answer list reused for the next step's answers;
        // releaseRadios lets the old ones go.
        keyed(step.id, renderStep({ step, answer: answerTo(step, walk), contentLang: decision.lang, strings, missing: this.missing, onAnswer: (e: Event) => this.handleAnswer(step.id, e) }))
      }
      ${this.renderNav(
        walk,
        // Prerendered: where the button will be, why there is none yet (the same place: nothing below moves when it comes).
        isServer
          ? html`<p class="needs-script" part="needs-script">${strings.needsScript}</p>`
          : html`<button type="button" class="primary" @click=${() => this.handleNext()}>${toOutcome ? strings.showOptions : strings.next}</button>`,
      )}`;
  }

  private renderOutcomeView(decision: Decision, walk: Walk, outcome: Outcome) {
    // After a red flag, the note is not for that therapist's next session.
    const strings = outcome.redFlag
      ? { ...this.strings, summaryOpen: this.strings.redFlagSummary, summaryHeading: this.strings.redFlagSummary, summaryIntro: this.strings.redFlagSummaryIntro }
      : this.strings;
    const summary = this.summaryOpen
      ? renderSessionSummary({ summary: decisionSummary(decision, outcome, walk, strings), strings, actions: this.summaryActions, headingId: 'summary-heading', contextId: 'title', onClose: () => this.handleSummaryToggle(false) })
      : html`<p><button type="button" class="primary" id="summary-open" @click=${() => this.handleSummaryToggle(true)}>${strings.summaryOpen}</button></p>`;
    const complaintRoutes = { lang: this.locale.language, langTag: this.locale.tag, country: this.country, practiceCountry: this.practice?.country, where: 'stall-decision' };
    return html`${renderOutcome({ decision, outcome, walk, strings, articleHref: this.articleHref, complaintRoutes })} ${summary} ${this.renderNav(walk)}`;
  }

  private renderNav(walk: Walk, next: unknown = nothing) {
    const started = walk.trail.length > 1 || !!walk.outcome || Object.keys(walk.answers).length > 0;
    return html`<div class="nav" part="nav">
      ${back(walk) ? html`<button type="button" @click=${() => this.handleMove('back')}>${this.strings.back}</button>` : nothing} ${next}
      ${started ? html`<button type="button" class="restart" @click=${() => this.handleMove('restart')}>${this.strings.restart}</button>` : nothing}
    </div>`;
  }
}

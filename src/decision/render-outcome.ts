/**
 * Where the visitor's answers led: the outcome's summary (never a verdict), what they said matters
 * most, "not a diagnosis or advice", what they could do next (first: the most practical part),
 * every option with its details on demand, questions to ask and a link to read more. A red-flag outcome leaves out the comparison: after harm by a therapist,
 * weighing "talk it through with them" would be the wrong thing to offer; it shows instead where to
 * complain in the visitor's country.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Decision } from '../content/kinds.js';
import { articleLink, followSamePageLink } from '../shared/article-link.js';
import { fillText } from '../shared/locale.js';
import { trustedHtml } from '../shared/trusted-html.js';
import { renderComplaintRoutesFor, type ComplaintRoutesForOptions } from '../crisis-footer/complaint-routes.js';
import { rankOptions, type Outcome } from './decision-flow.js';
import type { DecisionStrings } from './decision-content.js';
import type { Walk } from './decision-walk.js';
import { followCitation } from './render-about.js';
import { renderOptionComparison } from './render-options.js';

export interface OutcomeViewOptions {
  decision: Decision;
  outcome: Outcome;
  walk: Walk;
  strings: DecisionStrings;
  articleHref: string;
  /** Whose complaint routes a red-flag outcome shows: the same country as the crisis panel. */
  complaintRoutes?: ComplaintRoutesForOptions;
}

/** Labels of the values the visitor chose, or undefined when the values step is not on their way. */
export function chosenValues(decision: Decision, walk: Walk): string[] | undefined {
  const step = decision.steps.find((s) => s.values && walk.trail.includes(s.id));
  if (!step) return undefined;
  const chosen = [walk.answers[step.id] ?? []].flat();
  return step.values!.filter((value) => chosen.includes(value.id)).map((value) => value.label);
}

export function renderOutcome({ decision, outcome, walk, strings, articleHref, complaintRoutes }: OutcomeViewOptions): TemplateResult {
  const values = chosenValues(decision, walk);
  const href = articleLink(articleHref, outcome.article);
  const contentLang = decision.lang;
  return html`<section class="outcome" part="outcome" aria-labelledby="outcome-heading title" @click=${followOutcomeLink}>
    <h3 id="outcome-heading" tabindex="-1" lang=${contentLang}>${outcome.title}</h3>
    <div class="outcome-summary" lang=${contentLang}>${trustedHtml(outcome.summaryHtml)}</div>
    ${values === undefined
      ? nothing
      : html`<p class="values" part="values">${values.length ? fillText(strings.valuesChosen, { values: values.join('; ') }) : strings.valuesNone}</p>`}
    <p class="not-advice" part="not-advice">${strings.notAdvice}</p>
    <h4>${strings.nextStepsHeading}</h4>
    <ol class="next-steps" part="next-steps" lang=${contentLang}>
      ${outcome.nextSteps.map((line) => html`<li>${line}</li>`)}
    </ol>
    ${outcome.redFlag && complaintRoutes ? renderComplaintRoutesFor(complaintRoutes) : nothing}
    ${outcome.redFlag ? nothing : renderOptionComparison({ ranked: rankOptions(decision, outcome, walk.answers), contentLang, strings, evidenceQuality: decision.evidenceQuality, sourceIds: decision.sources.map((source) => source.id) })}
    ${outcome.questions?.length
      ? html`<h4>${strings.questionsHeading}</h4>
          <ul class="questions" part="questions" lang=${contentLang}>
            ${outcome.questions.map((line) => html`<li>${line}</li>`)}
          </ul>`
      : nothing}
    ${href ? html`<p><a class="article-link" part="article-link" href=${href}>${strings.readMore}</a></p>` : nothing}
  </section>`;
}

/** A numbered citation opens its source in "About this decision aid"; a "Read more" link to this page scrolls there. */
function followOutcomeLink(event: MouseEvent): void {
  followCitation(event);
  followSamePageLink(event);
}

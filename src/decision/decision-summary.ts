import type { Decision } from '../content/kinds.js';
import type { SessionSummary } from '../session-summary/session-summary.js';
import { formatDate } from '../shared/locale.js';
import { flagsOf, rankOptions, stepById, type Outcome } from './decision-flow.js';
import type { DecisionStrings } from './decision-content.js';
import type { Walk } from './decision-walk.js';
import { chosenValues } from './render-outcome.js';

/**
 * The "take it to your next session" summary of a decision: where the answers led, what matters
 * most, each answer given, the options to look at first, next steps and questions to ask, and
 * when the aid was last reviewed and its sources.
 */
export function decisionSummary(decision: Decision, outcome: Outcome, walk: Walk, strings: DecisionStrings): SessionSummary {
  const answers = walk.trail.flatMap((id) => {
    const step = stepById(decision, id);
    const chosen = step?.answers?.find((a) => a.id === walk.answers[id]);
    // The safety check-in is said once, in the visitor's words, under the outcome.
    return step && chosen && !step.risk ? [`${step.question} ${chosen.label}`] : [];
  });
  const { risk } = flagsOf(decision, walk.trail, walk.answers);
  const lookFirst = outcome.redFlag ? [] : rankOptions(decision, outcome, walk.answers).filter((r) => r.first).map((r) => r.option.title);
  return {
    title: decision.title,
    sections: [
      // Said in the visitor's own voice, for them to bring up if they choose to.
      { heading: strings.summaryOutcome, lines: risk ? [outcome.title, strings.summaryRisk] : [outcome.title] },
      { heading: strings.summaryValues, lines: chosenValues(decision, walk) ?? [] },
      { heading: strings.summaryAnswers, lines: answers },
      { heading: strings.summaryLookFirst, lines: lookFirst },
      { heading: strings.summaryNextSteps, lines: outcome.nextSteps },
      { heading: strings.summaryQuestions, lines: outcome.questions ?? [] },
      // A printed note outlives the page: say how current it is and what it rests on.
      { heading: strings.aboutReviewed, lines: [formatDate(decision.reviewed, decision.lang)] },
      { heading: strings.aboutSources, lines: decision.sources.map((s) => (s.url ? `${s.citation} ${s.url}` : s.citation)) },
    ],
    note: `${strings.notAdvice} ${strings.summaryNote}`,
  };
}

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
  // The file's words keep the file's language; the interface's (the risk line) the page's.
  const fromFile = (text: string) => ({ text, lang: decision.lang });
  const answers = walk.trail.flatMap((id) => {
    const step = stepById(decision, id);
    const chosen = step?.answers?.find((a) => a.id === walk.answers[id]);
    // The safety check-in is said once, in the visitor's words, under the outcome.
    return step && chosen && !step.risk ? [fromFile(`${step.question} ${chosen.label}`)] : [];
  });
  const { risk } = flagsOf(decision, walk.trail, walk.answers);
  const lookFirst = outcome.redFlag ? [] : rankOptions(decision, outcome, walk.answers).filter((r) => r.first).map((r) => fromFile(r.option.title));
  return {
    title: decision.title,
    lang: decision.lang,
    sections: [
      // Said in the visitor's own voice, for them to bring up if they choose to.
      { heading: strings.summaryOutcome, lines: risk ? [fromFile(outcome.title), strings.summaryRisk] : [fromFile(outcome.title)] },
      { heading: strings.summaryValues, lines: (chosenValues(decision, walk) ?? []).map(fromFile) },
      { heading: strings.summaryAnswers, lines: answers },
      { heading: strings.summaryLookFirst, lines: lookFirst },
      { heading: strings.summaryNextSteps, lines: outcome.nextSteps.map(fromFile) },
      { heading: strings.summaryQuestions, lines: (outcome.questions ?? []).map(fromFile) },
      // A printed note outlives the page: say how current it is and what it rests on.
      { heading: strings.aboutReviewed, lines: [fromFile(formatDate(decision.reviewed, decision.lang))] },
      { heading: strings.aboutSources, lines: decision.sources.map((s) => fromFile(s.url ? `${s.citation} ${s.url}` : s.citation)) },
    ],
    note: `${strings.notAdvice} ${strings.summaryNote}`,
  };
}

/**
 * Which options the outcome marks as ones to look at first: those that fit the most of the
 * values the visitor chose, never an order the author set (IPDAS: balance; the aid does not
 * choose). No value chosen, or none that speaks for an option, marks none. After a risk answer,
 * an option flagged `notFirstAfterRisk` (stopping therapy) is never marked, whatever was chosen.
 */
import type { Decision } from '../content/kinds.js';
import type { Answers, Option, RankedOption, Step } from './decision-flow.js';

/** Whether any answer given (on the trail or left behind by Back) signals risk: err on the safe side. */
function anyRiskAnswer(decision: Decision, answers: Answers): boolean {
  return decision.steps.some((step) => step.answers?.some((a) => a.risk && answers[step.id] === a.id));
}

export function markByValues(decision: Decision, valuesStep: Step, answers: Answers): RankedOption[] {
  const chosen = new Set<string>([answers[valuesStep.id] ?? []].flat());
  const risk = anyRiskAnswer(decision, answers);
  const fitsOf = (option: Option) => (valuesStep.values ?? []).filter((v) => chosen.has(v.id) && v.favours.includes(option.id)).map((v) => v.label);
  const markable = (option: Option, fits: string[]) => fits.length > 0 && !(risk && option.notFirstAfterRisk);
  const scored = decision.options.map((option, order) => ({ option, fits: fitsOf(option), order }));
  const most = Math.max(0, ...scored.filter((s) => markable(s.option, s.fits)).map((s) => s.fits.length));
  const ranked = scored.map((s) => ({ ...s, first: most > 0 && markable(s.option, s.fits) && s.fits.length === most }));
  // Marked first; then by how many chosen values each fits; then the file's order.
  ranked.sort((a, b) => Number(b.first) - Number(a.first) || b.fits.length - a.fits.length || a.order - b.order);
  return ranked.map(({ option, first, fits }) => ({ option, first, fits }));
}

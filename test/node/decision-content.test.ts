// The bundled decision helper's safety promises, in both languages: a visitor who said they have
// thoughts of suicide is never steered toward stopping therapy, stopping always comes with "line
// up other support first", the red flags keep their honest exceptions, and the complaint step
// leaves the route to the visitor's own country instead of naming a US licensing board.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileContentFile, type Decision } from '../../src/content/kinds.js';
import { allPaths, flagsOf, rankOptions } from '../../src/decision/decision-flow.js';

const load = (lang: string) => {
  const file = `content/decisions/switch-therapist.${lang}.md`;
  return compileContentFile(file, readFileSync(file, 'utf8')) as Decision;
};

const expected = {
  en: { otherSupport: /line up other support before you stop/, whereYouLive: /where you live/, limits: /outside the limits they explained at the start \(such as a risk to my life\)/ },
  es: { otherSupport: /busca otros apoyos antes de dejarlo/, whereYouLive: /donde vives/, limits: /fuera de los límites que me explicó al principio \(como un riesgo para mi vida\)/ },
};

for (const lang of ['en', 'es'] as const) {
  const decision = load(lang);
  const option = (id: string) => decision.options.find((o) => o.id === id)!;
  const answerLabel = (stepId: string, answerId: string) => decision.steps.find((s) => s.id === stepId)!.answers!.find((a) => a.id === answerId)!.label;

  describe(`switch-therapist.${lang}.md: safety wording`, () => {
    it('never marks "pause or stop" as one to look at first after the visitor said they have thoughts of suicide, whatever they value', () => {
      const valuesStep = decision.steps.find((s) => s.values)!;
      const everyValue = valuesStep.values!.map((v) => v.id);
      let riskyPaths = 0;
      for (const path of allPaths(decision)) {
        const answers = Object.fromEntries(path.answers.map(([step, answer]) => [step, step === valuesStep.id ? everyValue : answer]));
        if (!flagsOf(decision, Object.keys(answers), answers).risk) continue;
        riskyPaths++;
        const outcome = decision.outcomes.find((o) => o.id === path.outcome)!;
        if (outcome.redFlag) continue; // no comparison of options is shown there
        const pause = rankOptions(decision, outcome, answers).find((r) => r.option.id === 'pause')!;
        assert.equal(pause.first, false, `${path.outcome}: ${path.answers.map(([s, a]) => `${s}=${a}`).join(', ')}`);
      }
      assert.ok(riskyPaths > 5, 'the walk reaches the outcomes through the risk answer');
    });

    it('lets the values the visitor chose mark the options, on every path, and marks none without values', () => {
      const valuesStep = decision.steps.find((s) => s.values)!;
      for (const path of allPaths(decision)) {
        const outcome = decision.outcomes.find((o) => o.id === path.outcome)!;
        if (outcome.redFlag) continue;
        const answers = Object.fromEntries(path.answers);
        const risky = flagsOf(decision, Object.keys(answers), answers).risk;
        assert.deepEqual(rankOptions(decision, outcome, { ...answers, [valuesStep.id]: [] }).filter((r) => r.first), [], `${path.outcome}: none marked`);
        for (const value of valuesStep.values!) {
          const marked = rankOptions(decision, outcome, { ...answers, [valuesStep.id]: [value.id] }).filter((r) => r.first).map((r) => r.option.id);
          const expected = value.favours.filter((id) => !(risky && option(id).notFirstAfterRisk));
          assert.deepEqual([...marked].sort(), [...expected].sort(), `${path.outcome}, ${value.id}`);
        }
      }
    });

    it('marks only the options that fit the most chosen values, first in the list', () => {
      const valuesStep = decision.steps.find((s) => s.values)!;
      const outcome = decision.outcomes.find((o) => o.id === 'give-it-time')!;
      const ranked = rankOptions(decision, outcome, { 'check-in': 'okay', [valuesStep.id]: ['continuity', 'no-wait', 'feeling-heard'] });
      // Talking it through fits all three; carrying on and changing the focus fit two.
      assert.deepEqual(ranked.filter((r) => r.first).map((r) => r.option.id), ['talk-it-through']);
      assert.deepEqual(ranked.slice(0, 3).map((r) => r.option.id), ['talk-it-through', 'carry-on', 'change-focus']);
    });

    it('says, next to stopping, to line up other support first', () => {
      assert.match(option('pause').cons.join(' '), expected[lang].otherSupport);
    });

    it('keeps the exceptions of two red flags: limits of confidentiality, honest concern for safety', () => {
      assert.match(answerLabel('red-flags', 'broke-confidentiality'), expected[lang].limits);
      assert.doesNotMatch(answerLabel('red-flags', 'pressure-to-stay'), /pressured me to stay|me presionó para seguir/i);
      assert.match(decision.steps.find((s) => s.id === 'red-flags')!.help!, lang === 'en' ? /worried about your safety/ : /preocupa tu seguridad/);
    });

    it('points to the complaint route where the visitor lives, not to a US state board', () => {
      const redFlag = decision.outcomes.find((o) => o.id === 'red-flag')!;
      const text = redFlag.nextSteps.join(' ');
      assert.match(text, expected[lang].whereYouLive);
      assert.doesNotMatch(text, /licensing board|state or country|estado o el país|licencia en el estado/i);
    });

    it('cites the 2014 ACA code by its own numbering', () => {
      const aca = decision.sources.find((s) => s.id === 'aca-ethics-2014')!;
      assert.match(aca.citation, /A\.5\.a .*A\.5\.c/);
      assert.doesNotMatch(aca.citation, /A\.5\.b/);
    });
  });
}

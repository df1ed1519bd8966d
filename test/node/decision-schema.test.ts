// Broken decision files fail with the file and the field named: a cycle, a dangling target, an
// unreachable step, unequal pros and cons.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { compileContentFile, type Decision } from '../../src/content/kinds.js';
import { ContentError } from '../../src/content/parse.js';
import { favouredDespiteCons } from '../../src/content/decision-schema.js';

const FILE = 'content/decisions/tiny.en.md';
const tiny = `---
title: Should I try something new?
lang: en
decision: Whether to change how therapy is going.
reviewed: 2026-11-22
updatePolicy: Reviewed every year.
authors: Test team
funding: none
sources:
  - id: swift-2012
    citation: Swift and Greenberg (2012).
start: first
options:
  - id: stay
    title: Stay
    whatItIsLike: Keep going as now.
    pros: [Familiar]
    cons: [Same as before]
  - id: change
    title: Change
    whatItIsLike: Try something new.
    pros: [Fresh]
    cons: [Unknown]
steps:
  - id: first
    question: Have you said it feels stuck?
    answers:
      - id: "no"
        label: Not yet
        outcome: say-it
      - id: "yes"
        label: Yes
        next: second
  - id: second
    question: Did anything change?
    answers:
      - id: "no"
        label: No
        outcome: try-change
      - id: "yes"
        label: Yes
        outcome: say-it
outcomes:
  - id: say-it
    title: Say it first
    summary: Telling your therapist is a good first step.
    lookFirst: [stay]
    nextSteps: [Bring it up next session.]
  - id: try-change
    title: Try a change
    summary: A change may help.
    lookFirst: [change]
    nextSteps: [Ask about other ways of working.]
---
`;

function errorsOf(source: string): string {
  try {
    compileContentFile(FILE, source);
  } catch (error) {
    assert.ok(error instanceof ContentError);
    return error.message;
  }
  assert.fail('the broken decision was accepted');
}

describe('decision files', () => {
  it('accepts a well-formed decision and renders outcome summaries', () => {
    const decision = compileContentFile(FILE, tiny) as { outcomes: { summaryHtml: string }[] };
    assert.equal(decision.outcomes[0].summaryHtml, '<p>Telling your therapist is a good first step.</p>\n');
  });

  it('numbers citations in evidence lines and rejects one that names no source', () => {
    const withEvidence = (id: string) => tiny.replace(/^(  - id: stay\n)/m, `$1    whatWeKnow: "Slow stretches are common[^${id}]."\n`);
    assert.doesNotThrow(() => compileContentFile(FILE, withEvidence('swift-2012')));
    assert.match(errorsOf(withEvidence('nobody-2020')), /^content\/decisions\/tiny\.en\.md:\d+: options\.0\.whatWeKnow: citation \[\^nobody-2020\] names no entry of sources/m);
  });

  it('rejects a cycle, naming the answer that loops back', () => {
    const message = errorsOf(tiny.replace('        outcome: try-change', '        next: first'));
    assert.match(message, /^content\/decisions\/tiny\.en\.md:\d+: steps\.1\.answers\.0\.next: leads back to step "first": a cycle/m);
  });

  it('rejects a target that does not exist', () => {
    const message = errorsOf(tiny.replace('        outcome: try-change', '        outcome: nowhere'));
    assert.match(message, /^content\/decisions\/tiny\.en\.md:\d+: steps\.1\.answers\.0\.outcome: no outcome with id "nowhere"/m);
    assert.match(errorsOf(tiny.replace('next: second', 'next: third')), /^content\/decisions\/tiny\.en\.md:\d+: steps\.0\.answers\.1\.next: no step with id "third"/m);
  });

  it('rejects a step nothing leads to, and an outcome never reached', () => {
    const message = errorsOf(tiny.replace('next: second', 'outcome: say-it'));
    assert.match(message, /^content\/decisions\/tiny\.en\.md:\d+: steps\.1\.id: step "second" cannot be reached from the start step "first"/m);
    assert.match(message, /^content\/decisions\/tiny\.en\.md:\d+: outcomes\.1\.id: outcome "try-change" is not reached by any step/m);
  });

  it('rejects an option with more pros than cons', () => {
    const message = errorsOf(tiny.replace('pros: [Fresh]', 'pros: [Fresh, Exciting]'));
    assert.match(message, /^content\/decisions\/tiny\.en\.md:\d+: options\.1\.cons: has 1 entries but pros has 2/m);
  });

  it('rejects an answer with both or neither of next and outcome, and unknown option ids', () => {
    assert.match(errorsOf(tiny.replace('        outcome: say-it\n      - id: "yes"', '      - id: "yes"')), /steps\.0\.answers\.0: give exactly one of next \(a step\) or outcome/);
    assert.match(errorsOf(tiny.replace('lookFirst: [change]', 'lookFirst: [leave]')), /outcomes\.1\.lookFirst\.0: no option with id "leave"/);
  });

  it('rejects a value that favours an unknown option, and a step with both answers and values', () => {
    const withValues = tiny.replace(
      "  - id: second\n    question: Did anything change?\n",
      "  - id: second\n    question: Did anything change?\n    values:\n      - id: calm\n        label: Calm\n        favours: [leave]\n      - id: fresh\n        label: Fresh\n        favours: [change]\n",
    );
    const message = errorsOf(withValues);
    assert.match(message, /steps\.1\.values\.0\.favours\.0: no option with id "leave"/);
    assert.match(message, /steps\.1: give either answers \(one choice\) or values \(any number\), not both or neither/);
  });
});

describe('a value that favours an option whose cons go against it', () => {
  const withValues = (favours: string, contradictedBy: string, consTags = '') =>
    tiny
      .replace('    cons: [Unknown]\n', `    cons: [Unknown, It may mean an extra fee.]\n    pros: [Fresh, New]\n${consTags}`)
      .replace('    pros: [Fresh]\n', '')
      .replace(
        '  - id: second\n    question: Did anything change?\n    answers:',
        `  - id: values\n    question: What matters?\n    values:\n      - id: low-cost\n        label: Low cost\n        favours: [${favours}]\n        contradictedBy: [${contradictedBy}]\n      - id: calm\n        label: Calm\n        favours: [stay]\n    next: second\n  - id: second\n    question: Did anything change?\n    answers:`,
      )
      .replace('next: second\n  - id: values', 'next: values\n  - id: values');

  it('is caught when the option tags that downside', () => {
    const message = errorsOf(withValues('stay, change', 'extra-cost, money', '    consTags: [extra-cost]\n'));
    assert.match(message, /steps\.1\.values\.0\.favours\.1: "low-cost" favours "change", but that option tags its cons "extra-cost"/);
    assert.doesNotMatch(message, /favours\.0/);
  });

  it('is caught when a con says the word, and not when the word only starts another', () => {
    assert.match(errorsOf(withValues('change', 'fee')), /favours\.0: "low-cost" favours "change", but that option says "It may mean an extra fee\."/);
    // "fee" is not "feel" (nor "feed"): an untagged option whose cons never say "fee" passes.
    const accepted = compileContentFile(FILE, withValues('change', 'fee').replace('It may mean an extra fee.', 'You may feel unsure.')) as Decision;
    assert.equal(accepted.steps[1].values![0].favours[0], 'change');
  });

  it('passes in the bundled decisions, whose cost and wait values no longer favour options with a fee or a wait', () => {
    for (const lang of ['en', 'es']) {
      const file = `content/decisions/switch-therapist.${lang}.md`;
      const decision = compileContentFile(file, readFileSync(file, 'utf8')) as Decision;
      assert.deepEqual(favouredDespiteCons(decision), []);
      const values = decision.steps.find((s) => s.values)!.values!;
      const favours = (id: string) => values.find((v) => v.id === id)!.favours;
      assert.ok(!favours('low-cost').includes('second-opinion') && !favours('low-cost').includes('switch'));
      assert.ok(favours('low-cost').includes('pause'), 'pausing saves money');
      assert.ok(!favours('no-wait').includes('second-opinion') && !favours('no-wait').includes('pause'));
    }
  });
});

describe('the bundled switch-therapist decision', () => {
  for (const lang of ['en', 'es']) {
    const file = `content/decisions/switch-therapist.${lang}.md`;
    const decision = compileContentFile(file, readFileSync(file, 'utf8')) as Decision;

    it(`${lang}: weighs six options, carrying on included, in equal detail with what we know and don't, and states its IPDAS metadata`, () => {
      assert.deepEqual(
        decision.options.map((o) => o.id),
        ['carry-on', 'talk-it-through', 'change-focus', 'second-opinion', 'switch', 'pause'],
      );
      for (const option of decision.options) {
        assert.equal(option.pros.length, option.cons.length, option.id);
        assert.ok(option.whatWeKnow && option.whatWeDontKnow, `${option.id}: a line on what we know and what we don't`);
      }
      assert.ok(decision.problemHtml && decision.evidenceQuality && decision.competingInterests && decision.howMade);
      // Outcomes mark options by the visitor's values, never by an order the author set.
      for (const outcome of decision.outcomes) assert.equal(outcome.lookFirst, undefined, outcome.id);
      assert.match(decision.reviewed, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(decision.updatePolicy && decision.authors && decision.sources.length >= 3);
      assert.match(decision.funding, lang === 'en' ? /^None\./ : /^Ninguna\./);
    });

    it(`${lang}: covers the questions the issue names, a risk check-in, red flags and a values step`, () => {
      const ids = decision.steps.map((s) => s.id);
      for (const id of ['check-in', 'red-flags', 'values', 'told-therapist', 'goals', 'approach', 'how-long', 'trust']) assert.ok(ids.includes(id), id);
      // Trust and practical fit come early: right after the values, before the ladder of what was tried.
      assert.deepEqual(ids.slice(0, 5), ['check-in', 'red-flags', 'values', 'practical-fit', 'trust']);
      assert.ok(decision.steps.find((s) => s.id === 'check-in')!.risk);
      const redFlags = decision.steps.find((s) => s.id === 'red-flags')!.answers!.filter((a) => a.redFlag);
      assert.deepEqual(redFlags.map((a) => a.id), ['sexual-advance', 'contempt', 'broke-confidentiality', 'pressure-to-stay']);
      for (const answer of redFlags) assert.equal(answer.outcome, 'red-flag');
    });

    it(`${lang}: the red-flag outcome says the visitor may stop, it is not their fault, and how a complaint works`, () => {
      const outcome = decision.outcomes.find((o) => o.redFlag)!;
      const text = [outcome.summaryHtml, ...outcome.nextSteps].join(' ');
      if (lang === 'en') {
        assert.match(text, /You may stop seeing this therapist now/);
        assert.match(text, /It is not your fault/);
        assert.match(text, /how to raise a complaint where you live is below/);
        assert.match(text, /in writing/);
      } else {
        assert.match(text, /Puedes dejar de ver a esta persona ya mismo/);
        assert.match(text, /No es culpa tuya/);
        assert.match(text, /reclamar ante el organismo que regula su profesión/);
        assert.match(text, /por escrito/);
      }
    });

    it(`${lang}: never tells the visitor what they must do`, () => {
      const words = JSON.stringify(decision.outcomes);
      // ("no le debes una última sesión" is "you do not owe them", not an order.)
      assert.doesNotMatch(words, lang === 'en' ? /\byou (must|have to|should)\b/i : /\btienes que\b|\bdebes (cambiar|dejar|buscar|seguir|hablar|quedarte)\b/i);
    });
  }
});

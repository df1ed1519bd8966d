// Broken decision files fail with the file and the field named: a cycle, a dangling target, an
// unreachable step, unequal pros and cons.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileContentFile } from '../../src/content/kinds.js';
import { ContentError } from '../../src/content/parse.js';

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

  it('rejects a cycle, naming the answer that loops back', () => {
    const message = errorsOf(tiny.replace('        outcome: try-change', '        next: first'));
    assert.match(message, /^content\/decisions\/tiny\.en\.md:\d+: steps\.1\.answers\.0\.next: leads back to step "first": a cycle/m);
  });

  it('rejects a target that does not exist', () => {
    const message = errorsOf(tiny.replace('        outcome: try-change', '        outcome: nowhere'));
    assert.match(message, /steps\.1\.answers\.0\.outcome: no outcome with id "nowhere"/);
    assert.match(errorsOf(tiny.replace('next: second', 'next: third')), /steps\.0\.answers\.1\.next: no step with id "third"/);
  });

  it('rejects a step nothing leads to, and an outcome never reached', () => {
    const message = errorsOf(tiny.replace('next: second', 'outcome: say-it'));
    assert.match(message, /steps\.1\.id: step "second" cannot be reached from the start step "first"/);
    assert.match(message, /outcomes\.1\.id: outcome "try-change" is not reached by any step/);
  });

  it('rejects an option with more pros than cons', () => {
    const message = errorsOf(tiny.replace('pros: [Fresh]', 'pros: [Fresh, Exciting]'));
    assert.match(message, /^content\/decisions\/tiny\.en\.md:\d+: options\.1\.cons: has 1 entries but pros has 2/m);
  });

  it('rejects an answer with both or neither of next and outcome, and unknown option ids', () => {
    assert.match(errorsOf(tiny.replace('        outcome: say-it\n      - id: "yes"', '      - id: "yes"')), /steps\.0\.answers\.0: give exactly one of next \(a step\) or outcome/);
    assert.match(errorsOf(tiny.replace('lookFirst: [change]', 'lookFirst: [leave]')), /outcomes\.1\.lookFirst\.0: no option with id "leave"/);
  });
});

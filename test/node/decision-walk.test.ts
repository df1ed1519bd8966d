// The walk through a decision as pure functions: forward and back keep answers, progress is an
// honest upper bound, and a walk read back from storage is kept only as far as it fits.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileContentFile, type Decision } from '../../src/content/kinds.js';
import { allPaths, progressOf } from '../../src/decision/decision-flow.js';
import { answersOnTrail, back, forward, replayWalk, startWalk, withAnswer, type Walk } from '../../src/decision/decision-walk.js';

const FILE = 'content/decisions/switch-therapist.en.md';
const decision = compileContentFile(FILE, readFileSync(FILE, 'utf8')) as Decision;

describe('decision walk', () => {
  it('goes forward only with an answer, treating the values step as answered with none', () => {
    let walk: Walk = startWalk(decision);
    assert.equal(forward(decision, walk), undefined);
    walk = forward(decision, withAnswer(walk, 'check-in', 'okay'))!;
    walk = forward(decision, withAnswer(walk, 'red-flags', 'none'))!;
    walk = forward(decision, walk)!;
    assert.deepEqual(walk.trail, ['check-in', 'red-flags', 'values', 'practical-fit']);
    assert.deepEqual(walk.answers.values, []);
  });

  it('keeps every answer going back, and reports only those on the way', () => {
    let walk: Walk = { trail: ['check-in', 'red-flags', 'values'], answers: { 'check-in': 'okay', 'red-flags': 'none', values: ['a-rest'] } };
    walk = back(walk)!;
    assert.deepEqual(walk.trail, ['check-in', 'red-flags']);
    assert.deepEqual(walk.answers.values, ['a-rest']);
    assert.deepEqual(answersOnTrail(decision, walk), { 'check-in': 'okay' });
    assert.equal(back(startWalk(decision)), undefined);
    const atOutcome = forward(decision, withAnswer(walk, 'red-flags', 'contempt'))!;
    assert.equal(atOutcome.outcome, 'red-flag');
    assert.deepEqual(back(atOutcome)!.trail, ['check-in', 'red-flags']);
  });

  it('counts progress as "step n of at most N", N shrinking as branches close', () => {
    assert.deepEqual(progressOf(decision, ['check-in']), { current: 1, atMost: 9 });
    // Lost trust closes the longer branch: two steps at most are left.
    assert.deepEqual(progressOf(decision, ['check-in', 'red-flags', 'values', 'practical-fit', 'trust', 'raised-trust']), { current: 6, atMost: 6 });
    assert.deepEqual(progressOf(decision, ['check-in', 'red-flags', 'values', 'practical-fit', 'trust', 'told-therapist', 'goals', 'approach', 'how-long']), { current: 9, atMost: 9 });
    // Every path is at most as long as the bound promised on its first step.
    for (const path of allPaths(decision)) assert.ok(path.answers.length <= 9);
  });

  it('replays a stored walk only as far as it still fits the decision', () => {
    const stored = {
      trail: ['check-in', 'red-flags', 'values', 'practical-fit', 'trust', 'told-therapist'],
      answers: { 'check-in': 'okay', 'red-flags': 'none', values: ['fresh-start'], 'practical-fit': 'no', trust: 'yes-mostly', 'told-therapist': 'no' },
      outcome: 'raise-it-first',
    };
    assert.deepEqual(replayWalk(decision, stored), stored);
    assert.deepEqual(replayWalk(decision, { ...stored, outcome: 'consider-switching' }).outcome, undefined);
    assert.deepEqual(replayWalk(decision, { ...stored, trail: ['red-flags'] }).trail, ['check-in']);
    const tampered = replayWalk(decision, { trail: ['check-in', 'values'], answers: { 'check-in': 'okay', 'red-flags': 'maybe', values: ['fresh-start', 'nope'], __proto__: 'x' } });
    assert.deepEqual(tampered, { trail: ['check-in'], answers: { 'check-in': 'okay' } });
    assert.deepEqual(replayWalk(decision, 'garbage'), startWalk(decision));
  });
});

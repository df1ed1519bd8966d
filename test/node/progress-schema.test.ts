// The check-in content kind and the arithmetic behind <stall-progress>: broken files fail naming
// the field; the summary and signals follow the content's rules; the export checks what comes back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileContentFile, type Progress } from '../../src/content/kinds.js';
import { ContentError } from '../../src/content/parse.js';
import { checkinFileSchema, type Checkin } from '../../src/content/progress-schema.js';
import { checkinCsv } from '../../src/progress/checkin-files.js';
import { signalsFor, summarySentence } from '../../src/progress/progress-trend.js';

const FILE = 'content/progress/session-checkin.en.md';
const source = readFileSync(FILE, 'utf8');
const progress = compileContentFile(FILE, source) as Progress;
const strings = compileContentFile('content/ui/progress.en.md', readFileSync('content/ui/progress.en.md', 'utf8')) as never;

function problems(edited: string): string[] {
  try {
    compileContentFile(FILE, edited);
  } catch (error) {
    if (error instanceof ContentError) return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
  return [];
}

let n = 0;
/** Check-ins with these answers to the four questions, a day apart. */
const series = (...values: number[][]): Checkin[] =>
  values.map(([coping, heard, mattered, fit]) => ({
    id: `checkin-${String(++n).padStart(4, '0')}`,
    savedAt: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
    answers: { coping, heard, mattered, fit },
  }));

describe('progress content', () => {
  it('compiles the bundled check-in with its introduction', () => {
    assert.equal(progress.id, 'session-checkin');
    assert.deepEqual(progress.questions.map((q) => q.id), ['coping', 'heard', 'mattered', 'fit']);
    assert.match(progress.introHtml, /under a minute/);
  });

  it('names the field of each mistake', () => {
    assert.deepEqual(problems(source.replaceAll('risk: true', 'risk: false')), ['safety.answers: mark at least one answer risk: true']);
    assert.deepEqual(problems(source.replace('    question: heard\n', '')), ['signals.2.question: required for a drop (name the question to watch)']);
    assert.deepEqual(problems(source.replace('question: heard', 'question: mood')), ['signals.2.question: no question with id "mood"']);
    assert.deepEqual(problems(source.replace('  max: 10', '  max: 2')), [
      'scale.max: gives only 3 points: use at least 5 (like 1 to 5 or 0 to 10)',
      'scale.anchors.1.value: is outside the scale, 0 to 2',
      'scale.anchors.2.value: is outside the scale, 0 to 2',
      'scale.anchors: label the highest point, 2',
    ]);
    assert.deepEqual(problems(source.replace('kind: flat', 'kind: wobbly')), ['signals.0.kind: expected one of "flat", "down", "drop"']);
  });
});

describe('summary and signals', () => {
  it('says how the last few check-ins moved', () => {
    assert.equal(summarySentence(progress, []), progress.summary.none);
    assert.equal(summarySentence(progress, series([5, 5, 5, 5])), progress.summary.one);
    assert.equal(summarySentence(progress, series([3, 3, 3, 3], [5, 5, 5, 5])), 'Over your last 2 check-ins, things have gone up.');
    const long = series([1, 1, 1, 1], [6, 6, 6, 6], [6, 6, 6, 6], [6, 6, 6, 6], [6, 6, 6, 6], [7, 7, 7, 7]);
    assert.equal(summarySentence(progress, long), 'Over your last 5 check-ins, things have stayed about the same.');
  });

  it('finds a plateau only after enough check-ins, and only below the level the content sets', () => {
    assert.deepEqual(signalsFor(progress, series([5, 5, 5, 5], [5, 6, 5, 5], [5, 5, 5, 5])), []);
    assert.deepEqual(signalsFor(progress, series([5, 5, 5, 5], [5, 6, 5, 5], [5, 5, 5, 5], [6, 5, 5, 5])).map((s) => s.id), ['flat']);
    assert.deepEqual(signalsFor(progress, series([8, 8, 8, 8], [8, 8, 8, 8], [8, 8, 8, 8], [8, 8, 8, 8])), [], 'steady and well is no plateau');
  });

  it('finds a decline and a drop in feeling heard', () => {
    assert.deepEqual(signalsFor(progress, series([7, 7, 7, 7], [6, 6, 6, 6], [5, 5, 5, 5])).map((s) => s.id), ['down']);
    assert.deepEqual(signalsFor(progress, series([7, 8, 7, 7], [7, 8, 7, 7], [7, 5, 7, 7])).map((s) => s.id), ['heard-drop']);
    assert.deepEqual(signalsFor(progress, series([7, 8, 7, 7], [7, 8, 7, 7], [7, 7, 7, 7])), []);
  });
});

describe('check-in files', () => {
  it('accepts an export and refuses anything else', () => {
    const file = { format: 'stall-elements/progress', version: 1, progress: 'session-checkin', exportedAt: '2026-11-29T10:00:00.000Z', checkins: series([1, 2, 3, 4]) };
    assert.equal(checkinFileSchema.safeParse(file).success, true);
    assert.equal(checkinFileSchema.safeParse({ ...file, version: 2 }).success, false);
    assert.equal(checkinFileSchema.safeParse({ ...file, checkins: [{ ...file.checkins[0], answers: { coping: 11 } }] }).success, false);
    assert.equal(checkinFileSchema.safeParse({ ...file, checkins: [{ ...file.checkins[0], extra: 1 }] }).success, false);
  });

  it('writes a CSV no spreadsheet runs as a formula', () => {
    const [checkin] = series([1, 2, 3, 4]);
    const csv = checkinCsv(progress, [{ ...checkin, note: '@SUM(1) "quoted"' }], strings).split('\r\n');
    assert.equal(csv[1], `"${checkin.savedAt}","1","2","3","4","2.5","'@SUM(1) ""quoted"""`);
  });
});

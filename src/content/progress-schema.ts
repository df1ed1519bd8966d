/**
 * The schemas of `<stall-progress>`: its content file, `content/progress/<id>.<lang>.md` (the
 * check-in's questions, scale, signals and messages), and the file of check-ins a visitor exports
 * and imports back. Each schema is the single source of its type, of the build-time check of the
 * content and of the run-time check of an imported (or stored) history.
 *
 * The questions are the library's own wording: never the items of a published measure (ORS, SRS,
 * CORE, PHQ…). The check-in is a personal tracker, not a validated test.
 */
import * as z from 'zod/mini';
import { CHECKIN_FILE_FORMAT } from '../progress/checkin-format.js';
import { answerStorageStringsShape, isoDate, kebabId, language, loadErrorStringsShape, reportDuplicateIds, sources, text } from './schemas.js';

const question = z.strictObject({
  id: kebabId,
  /** The question, asked about the time since the last session. */
  text,
  /** A short name for the chart's key and the table's column ("Overall", "Heard"). */
  short: text,
});

/** A point of the scale with words, shown under it and read with its number. */
const anchor = z.strictObject({ value: z.int(), label: text });

const scale = z.strictObject({
  min: z.int().check(z.gte(0)),
  max: z.int().check(z.lte(10)),
  anchors: z.array(anchor).check(z.minLength(2, 'label at least the lowest and the highest point')),
});

/** The safety question: one choice; answers marked `risk` show the crisis lines first, at once. */
const safety = z.strictObject({
  id: kebabId,
  text,
  answers: z
    .array(z.strictObject({ id: kebabId, label: text, risk: z.optional(z.boolean()) }))
    .check(z.minLength(2, 'give at least two answers')),
});

/**
 * A gentle signal read from the latest check-ins, never a verdict:
 * - `flat`: over the last `checkins`, the overall score (the mean of the questions) moved by no
 *   more than `change`, and stayed below `below` when that is given;
 * - `down`: over the last `checkins`, the overall score fell by at least `change`;
 * - `drop`: the latest answer to `question` is at least `change` below the mean of the
 *   `checkins` − 1 check-ins before it.
 */
const signal = z.strictObject({
  id: kebabId,
  kind: z.enum(['flat', 'down', 'drop']),
  checkins: z.int().check(z.gte(2), z.lte(20)),
  change: z.number().check(z.gte(0)),
  below: z.optional(z.number()),
  question: z.optional(kebabId),
  /** What the visitor sees: what the pattern may mean, gently. */
  message: text,
  /** A sentence the visitor could say at the next session. */
  starter: text,
  /** `article-id#section` of what helps; filled into the component's `article-href`. */
  article: z.string().check(z.regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'expected article-id#section')),
});

/** The sentences of the summary over the last `summaryCheckins` check-ins. */
const summary = z.strictObject({
  checkins: z.int().check(z.gte(2)),
  /** The overall score moved by no more than this: "about the same". */
  sameWithin: z.number().check(z.gte(0)),
  none: text,
  one: text,
  up: text,
  same: text,
  down: text,
});

/** `content/progress/<id>.<lang>.md`: a session check-in; the body is its introduction. */
export const progressSchema = z
  .strictObject({
    title: text,
    lang: language,
    reviewed: isoDate,
    legend: text,
    /** Said with the form and the results: a personal tracker, not a validated test. */
    notATest: text,
    sources,
    scale,
    questions: z.array(question).check(z.minLength(1, 'list at least one question'), z.maxLength(8)),
    safety,
    /** Said before the crisis lines when a risk answer is chosen. */
    riskMessage: text,
    summary,
    signals: z.array(signal),
    /** The id of the signs-of-stalling checklist each signal also links to. */
    checklist: kebabId,
  })
  .check(z.superRefine((progress, ctx) => checkProgress(progress, (path, message) => ctx.addIssue({ code: 'custom', path, message, input: progress }))));

export type ProgressData = z.output<typeof progressSchema>;
export type ProgressSignalRule = ProgressData['signals'][number];
type Report = (path: PropertyKey[], message: string) => void;

function checkProgress(progress: ProgressData, report: Report): void {
  reportDuplicateIds(progress.questions, 'questions', report);
  reportDuplicateIds(progress.signals, 'signals', report);
  reportDuplicateIds(progress.safety.answers, 'safety.answers', report);
  const { min, max, anchors } = progress.scale;
  if (max - min < 4) report(['scale', 'max'], `gives only ${max - min + 1} points: use at least 5 (like 1 to 5 or 0 to 10)`);
  anchors.forEach((a, i) => {
    if (a.value < min || a.value > max) report(['scale', 'anchors', i, 'value'], `is outside the scale, ${min} to ${max}`);
  });
  if (!anchors.some((a) => a.value === min)) report(['scale', 'anchors'], `label the lowest point, ${min}`);
  if (!anchors.some((a) => a.value === max)) report(['scale', 'anchors'], `label the highest point, ${max}`);
  if (!progress.safety.answers.some((a) => a.risk)) report(['safety', 'answers'], 'mark at least one answer risk: true');
  if (progress.safety.answers.every((a) => a.risk)) report(['safety', 'answers'], 'leave at least one answer without risk');
  const questionIds = new Set(progress.questions.map((q) => q.id));
  progress.signals.forEach((s, i) => {
    if (s.kind === 'drop' && !s.question) report(['signals', i, 'question'], 'required for a drop (name the question to watch)');
    if (s.question && !questionIds.has(s.question)) report(['signals', i, 'question'], `no question with id "${s.question}"`);
  });
}

/* ---------------------------------------------------------------- check-ins */

const checkin = z.strictObject({
  /** Unique across devices, so that importing the same file twice adds nothing. */
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/, 'expected an id of letters, digits and dashes')),
  /** When it was saved, as an ISO date and time (`2026-11-29T18:20:05.000Z`). */
  savedAt: z.iso.datetime(),
  /** Question id → the point of the scale chosen. */
  answers: z.record(kebabId, z.int().check(z.gte(0), z.lte(10))),
  note: z.optional(z.string().check(z.maxLength(200))),
});
export type Checkin = z.output<typeof checkin>;
export { CHECKIN_FILE_FORMAT };


/** What Export writes and Import reads back: the check-ins of one check-in content id. */
export const checkinFileSchema = z.strictObject({
  format: z.literal(CHECKIN_FILE_FORMAT),
  version: z.literal(1),
  /** The id of the check-in (`session-checkin`): its questions give the answers their meaning. */
  progress: kebabId,
  exportedAt: z.iso.datetime(),
  checkins: z.array(checkin).check(z.maxLength(2000)),
});
export type CheckinFile = z.output<typeof checkinFileSchema>;

/** What storage holds: the check-ins alone. */
export const storedCheckinsSchema = z.array(checkin).check(z.maxLength(2000));


/* ---------------------------------------------------------------- ui words */

/** `content/ui/progress.<lang>.md`: the words of `<stall-progress>` around the check-in's own content. */
export const progressStringsSchema = z.strictObject({
  ...answerStorageStringsShape,
  ...loadErrorStringsShape,
  loading: text,
  privacyNote: text,
  note: text,
  save: text,
  /** `{count}`: how many check-ins there are now. */
  saved: text,
  /** `{questions}`: the short names of the questions not answered yet. */
  missingAnswers: text,
  riskShown: text,
  historyHeading: text,
  overall: text,
  showEach: text,
  /** `{n}`: the number of a check-in on the chart's axis. */
  checkinNumber: text,
  chartLabel: text,
  tableCaption: text,
  dateColumn: text,
  noteColumn: text,
  signalsHeading: text,
  signalChecklist: text,
  signalArticle: text,
  signalStarter: text,
  notAVerdict: text,
  toolsHeading: text,
  exportJson: text,
  exportCsv: text,
  /** The base of exported file names (`my-check-ins` → `my-check-ins.json`). */
  exportName: z.string().check(z.regex(/^[\p{L}\p{N}_-]+$/u, 'expected a file name without an extension, like my-check-ins')),
  /** `{file}`. */
  exported: text,
  importFile: text,
  /** `{added}` and `{skipped}`. */
  imported: text,
  importNotJson: text,
  importWrongFile: text,
  importOtherCheckin: text,
  importTooLarge: text,
  importDoesNotFit: text,
  print: text,
  /** `{count}`. */
  forgetConfirm: text,
  forgetYes: text,
  forgetNo: text,
});
export type ProgressStrings = z.output<typeof progressStringsSchema>;

/**
 * The zod schema of every content kind: crisis lines and UI strings here; articles, checklists,
 * decisions and progress each in a `<kind>-schema.ts` of its own and the parts they share in
 * schema-parts.ts, so that a run-time loader carries its own kind's schema only. Each schema is
 * the single source of its kind's TypeScript type (`z.infer`), of the build-time check of
 * `content/<kind>/*.md` and of the run-time check of a practice's own file loaded with `src`.
 *
 * Written with `zod/mini` so that the lazy run-time loader stays small; bundled content is
 * checked at build time and ships without zod.
 */
import * as z from 'zod/mini';
import { httpsUrl, isoDate, text, type IssueSink } from './schema-parts.js';

export { httpsUrl, isoDate, kebabId, language, reportDuplicateIds, sources, text, type IssueSink, type Source } from './schema-parts.js';

/** Digits with the spaces, dashes and brackets people write numbers with. */
const dialable = z.string().check(z.regex(/^\+?[0-9][0-9 ()-]*$/, 'expected digits, spaces or dashes only'));

/* ------------------------------------------------------------------ crisis */

/**
 * Every crisis fact says how we know it: `verifiedAt`, the day a person checked it against
 * `sourceUrl`, or `unconfirmed`, what no source confirmed (for the authors; never shown, and left
 * out of the bundle with `sourceUrl`). A line may carry both when only part of it was confirmed;
 * the part no source confirmed is left out.
 */
const checkedFact = {
  sourceUrl: httpsUrl,
  verifiedAt: z.optional(isoDate),
  unconfirmed: z.optional(text),
};

/** Adds an issue naming `verifiedAt` when an entry says neither when it was checked nor what is unconfirmed. */
function requireCheckedOrUnconfirmed(entry: { verifiedAt?: string; unconfirmed?: string }, ctx: IssueSink): void {
  if (!entry.verifiedAt && !entry.unconfirmed) {
    ctx.addIssue({ code: 'custom', path: ['verifiedAt'], message: 'required (or give unconfirmed: what no source confirmed)', input: entry });
  }
}

const crisisLine = z
  .strictObject({
    name: text,
    phone: z.optional(dialable),
    text: z.optional(z.strictObject({ number: dialable, keyword: z.optional(text) })),
    chat: z.optional(httpsUrl),
    email: z.optional(z.email('expected an email address')),
    /** Left out where no source confirms them. */
    hours: z.optional(text),
    languages: z.optional(text),
    note: z.optional(text),
    ...checkedFact,
  })
  .check(
    z.superRefine((line, ctx) => {
      // A line nobody can call or text is no help to someone in crisis.
      if (!line.phone && !line.text) {
        ctx.addIssue({ code: 'custom', path: ['phone'], message: 'required (or give text)', input: line });
      }
      requireCheckedOrUnconfirmed(line, ctx);
    }),
  );

const emergency = z
  .strictObject({ number: dialable, note: z.optional(text), ...checkedFact })
  .check(z.superRefine((entry, ctx) => requireCheckedOrUnconfirmed(entry, ctx)));

/** Where a client can complain about a therapist in this country: a regulator, register or health complaints body. */
const complaintRoute = z
  .strictObject({
    name: text,
    url: z.optional(httpsUrl),
    /** Who it covers and how to raise a concern with it, in a sentence or two. */
    how: text,
    ...checkedFact,
  })
  .check(z.superRefine((entry, ctx) => requireCheckedOrUnconfirmed(entry, ctx)));

/** `content/crisis/<country>.<lang>.md`: the crisis lines of one country, in one language. */
export const crisisSchema = z.strictObject({
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'expected a two-letter country code like GB')),
  countryName: text,
  /** Left out where no source confirms the number; the footer then gives general advice. */
  emergency: z.optional(emergency),
  lines: z.array(crisisLine).check(z.minLength(1, 'list at least one crisis line')),
  /** Shown on the decision helper's red-flag outcome; left out, the outcome gives the general advice. */
  complaints: z.optional(
    z.strictObject({
      intro: text,
      routes: z.array(complaintRoute).check(z.minLength(1, 'list at least one complaint route')),
    }),
  ),
});
type CrisisFile = z.infer<typeof crisisSchema>;
/**
 * A crisis fact as the bundle ships it: its `sourceUrl` and `unconfirmed` note are for authors and
 * the content check, so the build leaves them out (scripts/content/run-time.ts); only `verifiedAt`
 * is shown, as the day the country's details were last checked. The bundle also ships `complaints`
 * apart from the lines, loaded with the decision helper (`stall-content/crisis?complaints`): the
 * crisis data every page loads has none.
 */
type Shipped<Fact> = Omit<Fact, 'sourceUrl'> & { sourceUrl?: string };
type Complaints = NonNullable<CrisisFile['complaints']>;
export type CrisisData = Omit<CrisisFile, 'emergency' | 'lines' | 'complaints'> & {
  emergency?: Shipped<NonNullable<CrisisFile['emergency']>>;
  lines: Shipped<CrisisFile['lines'][number]>[];
  complaints?: Omit<Complaints, 'routes'> & { routes: Shipped<Complaints['routes'][number]>[] };
};
export type CrisisLine = CrisisData['lines'][number];
export type CrisisComplaints = NonNullable<CrisisData['complaints']>;
export type ComplaintRoute = CrisisComplaints['routes'][number];

/** `content/ui/complaint-routes.<lang>.md`: the words around a country's complaint routes. */
export const complaintRouteStringsSchema = z.strictObject({
  heading: text,
  /** Said when the library lists no routes for the country. */
  fallback: text,
  telehealth: text,
  crimeNote: text,
  /** Accessible name of a route's website link; `{name}`: the body. */
  websiteLabel: text,
  website: text,
});
export type ComplaintRouteStrings = z.infer<typeof complaintRouteStringsSchema>;

/**
 * `content/ui/red-flag-support.<lang>.md`: support lines that fit harm by a therapist, above all
 * sexual harm (sexual-assault and sexual-violence helplines), by country, and the words around
 * them. Shown on the decision helper's red-flag outcome, and loaded with it, not with every page.
 * Each line is a crisis line (`crisisLine`): the same fields and the same rule, `verifiedAt` or
 * `unconfirmed` on every entry (docs/crisis-sources.md logs the pages used).
 */
export const redFlagSupportSchema = z.strictObject({
  heading: text,
  /** Said above a country's lines: never your fault, support whether or not you report. */
  intro: text,
  /** Said instead of lines for a known country with none listed. */
  none: text,
  /** Said instead of lines when no country is known: the panel's chooser follows it. */
  unknown: text,
  /** `{country}`: its name; `{date}`: the oldest `verifiedAt` of its lines. */
  verified: text,
  countries: z.record(
    z.string().check(z.regex(/^[A-Z]{2}$/, 'expected a two-letter country code like GB')),
    z.strictObject({
      lines: z.array(crisisLine).check(z.minLength(1, 'list at least one support line')),
      /** Said after the lines: who else can help where the lines do not reach (a region, a group). */
      note: z.optional(text),
    }),
  ),
});
export type RedFlagSupport = z.infer<typeof redFlagSupportSchema>;
/** The support lines as the bundle ships them: like crisis lines, without their check notes. */
export type ShippedRedFlagSupport = Omit<RedFlagSupport, 'countries'> & {
  countries: Record<string, Omit<RedFlagSupport['countries'][string], 'lines'> & { lines: CrisisLine[] }>;
};

/* ---------------------------------------------------------------------- ui */

/** `content/ui/crisis-footer.<lang>.md`: the words of the crisis footer and crisis panel. */
export const crisisFooterStringsSchema = z.strictObject({
  heading: text,
  intro: text,
  emergency: text,
  emergencyUnknown: text,
  emergencyLabel: text,
  call: text,
  text: text,
  textKeyword: text,
  chat: text,
  email: text,
  callLabel: text,
  textLabel: text,
  chatLabel: text,
  emailLabel: text,
  hours: text,
  languages: text,
  /** Said above a country's lines (not when none are shown): whether they cost anything, and privacy. */
  linesNote: text,
  verified: text,
  unknownCountry: text,
  /** Said when nothing tells which country the visitor is in: the chooser comes first. */
  countryNotKnown: text,
  /** The chooser under the lines; `{country}`: the country shown, as in `countryInSentence`. */
  chooserLabel: text,
  /** The chooser when no lines are shown (country unknown, or none bundled). */
  chooserLabelFirst: text,
  chooserButton: text,
  /** The chooser's last option: the general advice for any country. */
  somewhereElse: text,
  /** Announced after a choice; `{country}`: its name. */
  chosen: text,
  chosenElsewhere: text,
  /** Text of the link to the practice's `crisis-directory-url`. */
  directoryLink: text,
  /** A country's name as a sentence needs it, where that differs from its plain name ("the United Kingdom"). */
  countryInSentence: z.record(z.string().check(z.regex(/^[A-Z]{2}$/, 'expected a two-letter country code like GB')), text),
  practiceHeading: text,
  practiceHeadingNamed: text,
  practiceNotEmergency: text,
  practicePhone: text,
  practiceEmail: text,
  practiceBooking: text,
  practiceAddress: text,
  practiceHours: text,
});
export type CrisisFooterStrings = z.infer<typeof crisisFooterStringsSchema>;

/**
 * The words of a "take it to your next session" summary and its Print, Copy and Download
 * buttons: shared by every component that offers one (the checklist, the decision helper).
 */
export const sessionSummaryStringsShape = {
  summaryOpen: text,
  summaryHeading: text,
  summaryIntro: text,
  summaryNote: text,
  print: text,
  copy: text,
  download: text,
  /** File name of the download, ending in `.txt`. */
  downloadName: z.string().check(z.regex(/^[\p{L}\p{N}_-]+\.txt$/u, 'expected a file name like my-notes.txt')),
  copied: text,
  copyFailed: text,
  downloaded: text,
  summaryClose: text,
};
export const sessionSummaryStringsSchema = z.strictObject(sessionSummaryStringsShape);
export type SessionSummaryStrings = z.infer<typeof sessionSummaryStringsSchema>;

/**
 * The words of the opt-in "Remember on this device" control and its "Forget my answers" button:
 * shared by every component that can keep answers (see `src/shared/answer-memory.ts`).
 */
export const answerStorageStringsShape = {
  remember: text,
  rememberHint: text,
  remembered: text,
  notRemembered: text,
  forget: text,
  forgotten: text,
  storageBlocked: text,
};
export const answerStorageStringsSchema = z.strictObject(answerStorageStringsShape);
export type AnswerStorageStrings = z.infer<typeof answerStorageStringsSchema>;

/**
 * The words of a load failure shown in place of a component (`src/shared/render-load-error.ts`).
 * `errorUnknown` is said when no bundled content has the requested id. Visitors see `errorShown` and
 * `errorRestOfPage`; the rest is for the page's author (in development, or with `debug`).
 */
export const loadErrorStringsShape = {
  errorHeading: text,
  errorUnknown: text,
  errorCrossOrigin: text,
  errorHttp: text,
  errorNetwork: text,
  errorTimeout: text,
  errorTooLarge: text,
  errorInvalid: text,
  errorLine: text,
  errorFileLink: text,
  errorRestOfPage: text,
  /** What a visitor sees in place of the component (with `errorRestOfPage`); the details go to the page's author. */
  errorShown: text,
  /** `{url}`: a file whose server sends the browser on to another website. */
  errorRedirect: text,
  /** After the first problems of a file with many: `{count}` more. */
  errorMoreIssues: text,
  /** After an unknown id: `{ids}`, the bundled ones. */
  errorKnownIds: text,
};
export const loadErrorStringsSchema = z.strictObject(loadErrorStringsShape);
export type LoadErrorStrings = z.infer<typeof loadErrorStringsSchema>;

/** `content/ui/checklist.<lang>.md`: the words of `<stall-checklist>` around the checklist's own content. */
export const checklistStringsSchema = z.strictObject({
  ...sessionSummaryStringsShape,
  ...answerStorageStringsShape,
  ...loadErrorStringsShape,
  privacyNote: text,
  loading: text,
  statusCount: text,
  statusThemes: text,
  notDiagnosis: text,
  /** Said in the live status while a risk item is ticked: the crisis lines appeared, focus did not move. */
  statusRisk: text,
  resultsHeading: text,
  themeHelps: text,
  themeStarter: text,
  readMore: text,
  riskMessage: text,
  summarySigns: text,
  summaryThemes: text,
  summaryStarters: text,
  summaryRisk: text,
  aboutHeading: text,
  aboutReviewed: text,
  aboutSources: text,
  /** Says the count bands are a rough guide, not a validated score. */
  aboutBands: text,
});
export type ChecklistStrings = z.infer<typeof checklistStringsSchema>;

/** `content/ui/decision.<lang>.md`: the words of `<stall-decision>` around the decision's own content. */
export const decisionStringsSchema = z.strictObject({
  ...sessionSummaryStringsShape,
  ...answerStorageStringsShape,
  ...loadErrorStringsShape,
  privacyNote: text,
  loading: text,
  /** Shown in a prerendered page (`stall-elements render`) until the script runs: the steps after the first need it. */
  needsScript: text,
  /** `{current}` and `{total}`: the step, and the most steps this walk can still take. */
  progress: text,
  /** The same when this is certainly the last step. */
  progressLast: text,
  next: text,
  showOptions: text,
  back: text,
  restart: text,
  chooseAnswer: text,
  valuesHint: text,
  riskMessage: text,
  redFlagMessage: text,
  valuesChosen: text,
  valuesNone: text,
  notAdvice: text,
  compareHeading: text,
  compareIntro: text,
  lookFirst: text,
  fitsValues: text,
  whatItIsLike: text,
  pros: text,
  cons: text,
  /** An option's line on the evidence, and on what it leaves open. */
  whatWeKnow: text,
  whatWeDontKnow: text,
  /** Heading of the decision's overall statement on how sure the evidence is. */
  evidenceHeading: text,
  nextStepsHeading: text,
  questionsHeading: text,
  readMore: text,
  summaryOutcome: text,
  summaryValues: text,
  summaryAnswers: text,
  summaryLookFirst: text,
  summaryNextSteps: text,
  summaryQuestions: text,
  summaryRisk: text,
  /** After a red flag the summary is not for that therapist's next session: its button, heading and intro. */
  redFlagSummary: text,
  redFlagSummaryIntro: text,
  aboutHeading: text,
  aboutReviewed: text,
  aboutUpdatePolicy: text,
  aboutAuthors: text,
  aboutFunding: text,
  aboutSources: text,
  aboutCompetingInterests: text,
  /** `{name}`: the practice that shows the aid, and its own statement. */
  aboutPracticeInterests: text,
  aboutHowMade: text,
  aboutHowMadeLink: text,
});
export type DecisionStrings = z.infer<typeof decisionStringsSchema>;

/** `content/ui/article.<lang>.md`: the words of `<stall-article>` around the article's own text. */
export const articleStringsSchema = z.strictObject({
  ...loadErrorStringsShape,
  /** Said when `<stall-article>` is given no `article`, no `src` and no markdown inside it. */
  errorNoArticle: text,
  /** `{url}`: the page whose `<script type="text/markdown">` has problems. */
  errorInvalidInline: text,
  /** The link to that page, in place of `errorFileLink`. */
  errorInlineLink: text,
  loading: text,
  /** `{minutes}`: estimated reading time. */
  readingTime: text,
  /** `{date}`: when the article was last reviewed. */
  reviewed: text,
  /** `{author}`. */
  byAuthor: text,
  contents: text,
  sourcesHeading: text,
  /** Accessible name of a citation marker; `{n}`: the source's number. */
  citation: text,
  /** Accessible name of a link from a source back to where it is cited; `{n}`: its number. */
  backToText: text,
  /** The crisis line at the top of every article; `{number}`: the country's emergency number. */
  crisisLine: text,
  /** The same where the country, or its emergency number, is not known. */
  crisisLineUnknown: text,
  /** `{name}` and `{number}`: the country's first crisis line to call. */
  crisisTalk: text,
});
export type ArticleStrings = z.infer<typeof articleStringsSchema>;

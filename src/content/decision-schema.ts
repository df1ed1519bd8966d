/**
 * The schema of a decision file, `content/decisions/<id>.<lang>.md`: a step-by-step decision aid
 * shaped by the International Patient Decision Aid Standards (IPDAS). Its checks make sure every
 * visitor reaches an outcome: targets exist, no step loops back, every step can be reached, and
 * each option is weighed with as many pros as cons.
 */
import * as z from 'zod/mini';
import { httpsUrl, isoDate, kebabId, language, reportDuplicateIds, sources, text } from './schema-parts.js';
import { citedIds } from './source-anchor.js';

const texts = z.array(text).check(z.minLength(1, 'list at least one'));
const articleLink = z.string().check(z.regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'expected article-id or article-id#section'));

/** Where a choice leads: the next step, or an outcome. Exactly one of the two. */
const target = { next: z.optional(kebabId), outcome: z.optional(kebabId) };

const answer = z.strictObject({
  id: kebabId,
  label: text,
  ...target,
  /** Choosing it shows the crisis lines before anything else. */
  risk: z.optional(z.boolean()),
  /** A sign of harm by the therapist (e.g. a sexual advance): shown as such, leads to a clear outcome. */
  redFlag: z.optional(z.boolean()),
});

const value = z.strictObject({
  id: kebabId,
  label: text,
  /** The options this value speaks for; the outcome marks those that fit the most chosen values. */
  favours: z.array(kebabId).check(z.minLength(1, 'name at least one option')),
  /**
   * Downsides that go against this value (`extra-cost`, `wait`): it may not favour an option that
   * tags one of them in `consTags`, or whose cons say the word (see `favouredDespiteCons`).
   */
  contradictedBy: z.optional(z.array(kebabId)),
});

const step = z.strictObject({
  id: kebabId,
  question: text,
  help: z.optional(text),
  /** One choice among these… */
  answers: z.optional(z.array(answer).check(z.minLength(2, 'give at least two answers'))),
  /** …or any number of these (the values step), followed by `next` or `outcome`. */
  values: z.optional(z.array(value).check(z.minLength(2, 'give at least two values'))),
  ...target,
  /** A safety check-in: its `risk` answers show the crisis lines first. */
  risk: z.optional(z.boolean()),
});

const option = z.strictObject({
  id: kebabId,
  title: text,
  /** What choosing this option is like, in a sentence or two. */
  whatItIsLike: text,
  pros: texts,
  cons: texts,
  /** Kinds of downside the cons name (`extra-cost`, `wait`, `starting-over`), checked against values' `contradictedBy`. */
  consTags: z.optional(z.array(kebabId)),
  /** IPDAS: what the evidence says about this option, and what it leaves open, in a line each. */
  whatWeKnow: z.optional(text),
  whatWeDontKnow: z.optional(text),
  /** Never marked as one to look at first after a risk answer (stopping therapy, say). */
  notFirstAfterRisk: z.optional(z.boolean()),
});

const outcome = z.strictObject({
  id: kebabId,
  title: text,
  /** Markdown: what this outcome means, never a verdict. */
  summary: text,
  /**
   * The options to look at first, in order: only for a decision without a values step. With one,
   * the visitor's values decide which options are marked (IPDAS balance), never the author.
   */
  lookFirst: z.optional(z.array(kebabId)),
  nextSteps: texts,
  questions: z.optional(texts),
  /** Shown for red-flag answers: stop-now wording, crisis lines, complaint route. */
  redFlag: z.optional(z.boolean()),
  article: z.optional(articleLink),
});

export const decisionSchema = z
  .strictObject({
    title: text,
    lang: language,
    /** The decision, stated plainly (IPDAS). */
    decision: text,
    /** Markdown: what the problem is, so the aid stands on its own without an article around it (IPDAS). */
    problem: z.optional(text),
    /** How sure the evidence is, overall, in plain words (IPDAS: levels of uncertainty). */
    evidenceQuality: z.optional(text),
    reviewed: isoDate,
    updatePolicy: text,
    authors: text,
    funding: text,
    /** Who has an interest in what visitors choose; a practice adds its own with `<stall-practice competing-interests>`. */
    competingInterests: z.optional(text),
    /** How the aid was made, in a few sentences: who wrote and reviewed it, evidence, reading level, what is not done yet. */
    howMade: z.optional(text),
    /** The full account of how the aid was made. */
    howMadeUrl: z.optional(httpsUrl),
    sources,
    start: kebabId,
    options: z.array(option).check(z.minLength(2, 'list at least two options')),
    // At most 100: the graph checks and the progress count walk the steps recursively, and a
    // file of thousands (hostile or broken) would overflow the stack; real aids have about ten.
    steps: z.array(step).check(z.minLength(1, 'list at least one step'), z.maxLength(100)),
    outcomes: z.array(outcome).check(z.minLength(1, 'list at least one outcome')),
  })
  .check(z.superRefine((decision, ctx) => checkDecision(decision, (path, message) => ctx.addIssue({ code: 'custom', path, message, input: decision }))));

export type DecisionData = z.output<typeof decisionSchema>;
type Report = (path: PropertyKey[], message: string) => void;

/** The steps and outcomes a step can lead to, each with the path of the field that says so. */
export function targetsOf(step: DecisionData['steps'][number], at: number): { kind: 'next' | 'outcome'; id: string; path: PropertyKey[] }[] {
  const links: { kind: 'next' | 'outcome'; id: string; path: PropertyKey[] }[] = [];
  const collect = (holder: { next?: string; outcome?: string }, path: PropertyKey[]) => {
    if (holder.next) links.push({ kind: 'next', id: holder.next, path: [...path, 'next'] });
    if (holder.outcome) links.push({ kind: 'outcome', id: holder.outcome, path: [...path, 'outcome'] });
  };
  if (step.answers) step.answers.forEach((a, i) => collect(a, ['steps', at, 'answers', i]));
  else collect(step, ['steps', at]);
  return links;
}

function checkDecision(decision: DecisionData, report: Report): void {
  reportDuplicateIds(decision.options, 'options', report);
  reportDuplicateIds(decision.steps, 'steps', report);
  reportDuplicateIds(decision.outcomes, 'outcomes', report);
  const optionIds = new Set(decision.options.map((o) => o.id));
  const stepIndex = new Map(decision.steps.map((s, i) => [s.id, i]));
  const outcomeIds = new Set(decision.outcomes.map((o) => o.id));

  decision.options.forEach((o, i) => {
    // IPDAS: the good and the hard sides of each option in equal detail.
    if (o.pros.length !== o.cons.length) report(['options', i, 'cons'], `has ${o.cons.length} entries but pros has ${o.pros.length}: give each option as many pros as cons`);
  });
  const checkOptionRefs = (ids: readonly string[] | undefined, path: PropertyKey[]) =>
    ids?.forEach((id, j) => {
      if (!optionIds.has(id)) report([...path, j], `no option with id "${id}"`);
    });
  decision.outcomes.forEach((o, i) => checkOptionRefs(o.lookFirst, ['outcomes', i, 'lookFirst']));

  // Evidence lines are short texts, not markdown: their `[^id]` citations are checked here.
  const sourceIds = new Set(decision.sources.map((source) => source.id));
  const checkCitations = (text: string | undefined, path: PropertyKey[]) =>
    citedIds(text).forEach((id) => {
      if (!sourceIds.has(id)) report(path, `citation [^${id}] names no entry of sources`);
    });
  checkCitations(decision.evidenceQuality, ['evidenceQuality']);
  decision.options.forEach((o, i) => {
    checkCitations(o.whatWeKnow, ['options', i, 'whatWeKnow']);
    checkCitations(o.whatWeDontKnow, ['options', i, 'whatWeDontKnow']);
  });

  for (const clash of favouredDespiteCons(decision)) {
    report(['steps', clash.step, 'values', clash.value, 'favours', clash.favour], clash.message);
  }

  decision.steps.forEach((s, i) => {
    if (!!s.answers === !!s.values) report(['steps', i], 'give either answers (one choice) or values (any number), not both or neither');
    s.values?.forEach((v, j) => checkOptionRefs(v.favours, ['steps', i, 'values', j, 'favours']));
    const holders: [{ next?: string; outcome?: string }, PropertyKey[]][] = s.answers
      ? s.answers.map((a, j) => [a, ['steps', i, 'answers', j]])
      : [[s, ['steps', i]]];
    if (s.answers && (s.next || s.outcome)) report(['steps', i], 'a step with answers sets next or outcome on each answer, not on the step');
    for (const [holder, path] of holders) {
      if (!!holder.next === !!holder.outcome) report(path, 'give exactly one of next (a step) or outcome');
    }
  });
  for (const [i, s] of decision.steps.entries()) {
    for (const link of targetsOf(s, i)) {
      if (link.kind === 'next' && !stepIndex.has(link.id)) report(link.path, `no step with id "${link.id}"`);
      if (link.kind === 'outcome' && !outcomeIds.has(link.id)) report(link.path, `no outcome with id "${link.id}"`);
    }
  }
  if (!stepIndex.has(decision.start)) {
    report(['start'], `no step with id "${decision.start}"`);
    return;
  }
  checkGraph(decision, stepIndex, report);
}

/**
 * Values that favour an option whose cons go against them: "keeping costs low" favouring an
 * option whose downside is an extra fee. A con counts when the option tags it (`consTags`) or
 * when a con says the tag's word (`wait` finds "a wait" and "waiting", not "waiter"; `extra-cost`
 * finds "costs"). A rule can only catch what is tagged or said in those words: read the cons too.
 */
export function favouredDespiteCons(decision: Pick<DecisionData, 'options' | 'steps'>): { step: number; value: number; favour: number; message: string }[] {
  const clashes: { step: number; value: number; favour: number; message: string }[] = [];
  const options = new Map(decision.options.map((o) => [o.id, o]));
  decision.steps.forEach((s, i) =>
    s.values?.forEach((v, j) =>
      v.favours.forEach((id, k) => {
        const option = options.get(id);
        if (!option) return;
        for (const tag of v.contradictedBy ?? []) {
          const tagged = option.consTags?.includes(tag);
          const said = option.cons.find((con) => tagWords(tag).some((word) => new RegExp(`\\b${word}(?:s|es|ing|ed)?\\b`, 'i').test(con)));
          if (!tagged && !said) continue;
          const why = tagged ? `tags its cons "${tag}"` : `says "${said}"`;
          clashes.push({ step: i, value: j, favour: k, message: `"${v.id}" favours "${id}", but that option ${why}, which goes against this value (contradictedBy: ${tag})` });
          break;
        }
      }),
    ),
  );
  return clashes;
}

/** Words of a tag too general to look for on their own (`starting-over` must not find "over"). */
const GENERAL_WORDS = new Set(['extra', 'ongoing', 'over', 'more', 'less', 'long', 'new', 'other', 'starting']);

/** The words of a tag worth looking for in a con: `extra-cost` → "extra cost", "cost". */
function tagWords(tag: string): string[] {
  const parts = tag.split('-').filter((part) => part.length > 2 && !GENERAL_WORDS.has(part));
  return [tag.replaceAll('-', ' '), ...parts];
}

/** Walks the steps from `start`: a step met again on the current path is a cycle. */
function checkGraph(decision: DecisionData, stepIndex: Map<string, number>, report: Report): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const reachedOutcomes = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 'visiting');
    const at = stepIndex.get(id)!;
    for (const link of targetsOf(decision.steps[at], at)) {
      if (link.kind === 'outcome') reachedOutcomes.add(link.id);
      else if (!stepIndex.has(link.id)) continue;
      else if (state.get(link.id) === 'visiting') report(link.path, `leads back to step "${link.id}": a cycle, so some visitors would never reach an outcome`);
      else if (!state.has(link.id)) visit(link.id);
    }
    state.set(id, 'done');
  };
  visit(decision.start);
  decision.steps.forEach((s, i) => {
    if (!state.has(s.id)) report(['steps', i, 'id'], `step "${s.id}" cannot be reached from the start step "${decision.start}"`);
  });
  decision.outcomes.forEach((o, i) => {
    if (!reachedOutcomes.has(o.id)) report(['outcomes', i, 'id'], `outcome "${o.id}" is not reached by any step`);
  });
}

/**
 * Safe-messaging lint: wording that media and clinical guidelines on suicide ask writers to avoid,
 * in English and Spanish, each with the wording to use instead. It reads every content file as
 * written (front matter and body), so a phrase in a checklist item or a UI string is caught too.
 */
import { formatIssue, splitFrontMatter, type ContentIssue } from '../../src/content/parse.js';

interface UnsafePhrase {
  /** Matched case-insensitively; words may be split by any run of spaces or a line break. */
  pattern: RegExp;
  /** What to write instead. */
  instead: string;
}

/** Words joined by any whitespace, so a phrase wrapped onto the next line is still found. */
const phrase = (...words: string[]) => new RegExp(`\\b${words.join('\\s+')}\\b`, 'giu');
// `\b` is ASCII-only in JS regexes: Spanish words that end in an accented letter need a lookahead.
const spanish = (...words: string[]) => new RegExp(`(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`, 'giu');

/** Exported for the tests, which feed each phrase through the lint. */
export const UNSAFE_PHRASES: readonly UnsafePhrase[] = [
  // "Commit" frames suicide as a crime or a sin.
  { pattern: phrase('committed', 'suicide'), instead: '"died by suicide"' },
  { pattern: phrase('(?:commit|commits|committing)', 'suicide'), instead: '"die by suicide" or "end their life"' },
  // "Successful", "completed" and "failed" frame a death as an achievement and survival as a failure.
  { pattern: phrase('completed', 'suicides?'), instead: '"died by suicide"' },
  { pattern: phrase('successful', '(?:suicide(?:\\s+attempts?)?|attempts?)'), instead: '"died by suicide"' },
  { pattern: phrase('(?:failed|unsuccessful)', '(?:suicide\\s+)?attempts?'), instead: '"suicide attempt" or "attempt"' },
  { pattern: phrase('suicide', '(?:victims?)'), instead: '"person who died by suicide"' },
  { pattern: phrase('suicidal', 'gestures?'), instead: '"suicide attempt"' },
  // Epidemic framing makes suicide sound inevitable and contagious.
  { pattern: phrase('suicide', 'epidemic'), instead: '"suicide rates" or "a public health concern"' },
  { pattern: phrase('epidemic', 'of', 'suicides?'), instead: '"suicide rates" or "a public health concern"' },

  { pattern: spanish('(?:comet(?:er|e|en|i[oó]|ieron|ido|iendo))', 'suicidio'), instead: '"murió por suicidio" o "morir por suicidio"' },
  { pattern: spanish('se', 'suicid(?:ó|o|aron)', 'con', '[eé]xito'), instead: '"murió por suicidio"' },
  { pattern: spanish('suicidios?', '(?:exitosos?|logrados?|consumados?|completados?)'), instead: '"muerte por suicidio"' },
  {
    pattern: spanish('intentos?', '(?:de\\s+suicidio\\s+)?(?:fallidos?|frustrados?|fracasados?|exitosos?|logrados?|consumados?)'),
    instead: '"intento de suicidio"',
  },
  { pattern: spanish('suicidios?', '(?:fallidos?|frustrados?|fracasados?)'), instead: '"intento de suicidio"' },
  { pattern: spanish('v[ií]ctimas?', 'de(?:l)?', 'suicidio'), instead: '"persona que murió por suicidio"' },
  { pattern: spanish('gestos?', 'suicidas?'), instead: '"intento de suicidio"' },
  { pattern: spanish('epidemia', 'de', 'suicidios?'), instead: '"tasas de suicidio" o "un problema de salud pública"' },
];

/** Every unsafe phrase in `source`, formatted as `file:line: field: "phrase" ...` (see safeMessagingIssues). */
export function checkSafeMessaging(file: string, source: string): string[] {
  return safeMessagingIssues(source).map((issue) => formatIssue(file, issue));
}

/**
 * Every unsafe phrase in `source`, with its line. The field is `body` in the markdown body and the
 * nearest key above the line in the front matter.
 */
export function safeMessagingIssues(source: string): ContentIssue[] {
  const lines = source.split('\n');
  const lineStarts: number[] = [];
  for (let i = 0, start = 0; i < lines.length; start += lines[i].length + 1, i++) lineStarts.push(start);
  const lineAt = (index: number) => lineStarts.findLastIndex((start) => start <= index) + 1;
  const bodyStart = splitFrontMatter(source)?.bodyLine ?? 1;

  const matches = UNSAFE_PHRASES.flatMap(({ pattern, instead }) =>
    [...source.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, said: match[0], instead })),
  ).sort((a, b) => a.start - b.start || b.end - a.end);
  // Two entries may match the same words ("intento de suicidio consumado"): report them once.
  let reachedUpTo = -1;
  const issues: ContentIssue[] = [];
  for (const { start, end, said, instead } of matches) {
    if (start < reachedUpTo) continue;
    reachedUpTo = end;
    const line = lineAt(start);
    issues.push({
      line,
      path: line >= bodyStart ? 'body' : fieldAt(lines, line),
      message: `"${said.replace(/\s+/g, ' ')}" goes against safe-messaging guidelines: say ${instead}`,
    });
  }
  return issues;
}

/** The YAML key a front-matter line belongs to: the nearest `key:` at or above it. */
function fieldAt(lines: readonly string[], line: number): string {
  for (let i = line - 1; i > 0; i--) {
    const key = /^\s*(?:-\s+)?([A-Za-z][\w-]*):(?:\s|$)/.exec(lines[i]);
    if (key) return key[1];
  }
  return 'front matter';
}

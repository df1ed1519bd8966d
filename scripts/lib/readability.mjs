// Readability check for the markdown articles in content/.
//
// The content rules ask for English articles at Flesch-Kincaid grade 8 or below, because
// readers may be tired, stressed or reading in a second language. This module gives a
// repeatable number for that rule without adding a dependency: the formula is public and
// small, and a heuristic syllable count is close enough to rank drafts and catch hard prose.
//
// Usage: node scripts/lib/readability.mjs content/articles/*.en.md
// prints "file: grade N.N, W words" for each file.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Turns an article's markdown into the plain text a reader actually reads, so that markup
 * (anchors, footnote markers, link targets, front matter) does not count as words.
 * @param {string} md
 * @returns {string}
 */
export function markdownToPlainText(md) {
  let text = md.replace(/\r\n?/g, '\n');

  // Front matter is metadata (title, sources), not prose the reader works through.
  text = text.replace(/^---\n[\s\S]*?\n---\n/, '');

  // Code is not prose; fenced blocks go entirely, inline code keeps its words.
  text = text.replace(/^(```|~~~)[\s\S]*?^\1[^\n]*$/gm, '');
  text = text.replace(/`([^`]*)`/g, '$1');

  // Footnote definitions would otherwise repeat citations as if they were article text.
  text = text.replace(/^\[\^[^\]]+\]:.*$/gm, '');

  text = text
    .replace(/\{#[^}]*\}/g, '') // heading anchors: {#id}
    .replace(/\[\^[^\]]+\]/g, '') // footnote markers: [^id]
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images keep their alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their visible text
    .replace(/<[^>]+>/g, ''); // html tags, e.g. an embedded <stall-checklist>

  const lines = text.split('\n').map((line) => {
    let l = line.trim();
    // A heading or list item is read as its own unit even without a full stop. Giving it
    // one keeps it from being glued to the next sentence, which would inflate the grade.
    const isBlock = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s?)/.test(l);
    l = l
      .replace(/^#{1,6}\s+/, '')
      .replace(/^>\s?/, '')
      .replace(/^[-*+]\s+/, '')
      .replace(/^\d+[.)]\s+/, '')
      .replace(/(\*\*|__|\*|_)(?=\S)|(?<=\S)(\*\*|__|\*|_)/g, ''); // emphasis markers
    if (isBlock && l && !/[.!?:;]["')\]]*$/.test(l)) l += '.';
    return l;
  });

  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Words are runs of letters and digits, joined by inner apostrophes or hyphens ("don't",
 * "self-check") and, between digits, by a point or comma ("19.7", "83,834"): a reader sees
 * each of these as one word.
 */
function wordsOf(text) {
  return text.match(/[\p{L}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Sentences end at . ! or ? followed by space or the end of the text. A decimal point
 * ("19.7") is not followed by a space, so it does not end a sentence. A paragraph break
 * also ends one, since a paragraph never runs on into the next.
 */
function countSentences(text) {
  const pieces = text
    .split(/[.!?]+["')\]’”]*(?=\s|$)|\n\s*\n/)
    .filter((piece) => wordsOf(piece).length > 0);
  return Math.max(1, pieces.length);
}

/**
 * Estimates the syllables of one English word by counting vowel groups. The rules below
 * fix the most common over-counts (a silent final "e" as in "make"; "-es"/"-ed" endings
 * that add no sound, as in "makes", "jumped") and under-counts (vowel pairs that are two
 * sounds, as in "usual", "being"). It is a heuristic: close enough to compare drafts and
 * flag hard prose, not a dictionary. Known misses include "idea" and "create".
 */
export function countSyllables(rawWord) {
  const word = rawWord.toLowerCase().replace(/[^a-z]/g, '');
  if (word.length === 0) return 0; // digits-only tokens: counted as words, not syllables
  if (word.length <= 3) return 1;

  let stem = word;
  // "-ed" is silent unless it follows t or d (jumped vs. wanted, needed).
  if (/[^td]ed$/.test(stem)) stem = stem.slice(0, -2);
  // "-es" is silent unless it follows a hissing sound (makes vs. boxes, changes, places).
  else if (/[^aeiouy]es$/.test(stem) && !/(s|x|z|ch|sh|c|g)es$/.test(stem)) stem = stem.slice(0, -1);
  // Final "e" is silent (make, hope), but not in "-le" after a consonant (table, simple).
  // Short words such as "the" were settled above, and no word drops below one syllable.
  if (/[^aeiouy]e$/.test(stem) && !/[^aeiouy]le$/.test(stem)) stem = stem.slice(0, -1);

  // Each run of vowels is one sound. A "y" next to a vowel joins its run (you, play),
  // and a "y" between consonants counts as a vowel (therapy, style).
  let count = (stem.match(/[aeiouy]+/g) ?? []).length;
  // Some vowel pairs are two sounds, and counting them as one would make hard words look
  // easy: "ia", "io", "iu", "ua", "uo" (period, usual), except in endings like -tion,
  // -sion, -cial, -gious, and after q or g, where they blend (action, social, equal, language).
  count += (stem.match(/(?<![tscgx]|qu)(?:ia|io|iu)|(?<![qg])u(?:a|o)/g) ?? []).length;
  // A vowel followed by "-ing" is its own sound (being, doing, saying).
  if (/[aeiouy]ing$/.test(stem)) count += 1;
  return Math.max(1, count);
}

/**
 * Flesch-Kincaid grade level:
 *   0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
 * Long sentences and long words both push the grade up; the rule for this project is <= 8.
 * @param {string} text plain text (run markdown through markdownToPlainText first)
 * @returns {{ grade: number, words: number, sentences: number, syllables: number }}
 */
export function fleschKincaidGrade(text) {
  const words = wordsOf(text);
  if (words.length === 0) return { grade: 0, words: 0, sentences: 0, syllables: 0 };
  const sentences = countSentences(text);
  const syllables = words.reduce((sum, w) => sum + Math.max(1, countSyllables(w)), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return { grade, words: words.length, sentences, syllables };
}

// Run directly: report every file named on the command line.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node scripts/lib/readability.mjs file.md ...');
    process.exit(2);
  }
  for (const file of files) {
    const { grade, words } = fleschKincaidGrade(markdownToPlainText(readFileSync(file, 'utf8')));
    console.log(`${file}: grade ${grade.toFixed(1)}, ${words} words`);
  }
}

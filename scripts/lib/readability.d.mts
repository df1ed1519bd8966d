// Types of readability.mjs, which stays plain JS so that authors can run it with `node` alone.

export function markdownToPlainText(md: string): string;

export function countSyllables(word: string): number;

export function fleschKincaidGrade(text: string): { grade: number; words: number; sentences: number; syllables: number };

/** "did you mean …?" for a word typed wrong: the closest known word, if it is close enough. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  const close = best && (best.distance <= Math.max(1, Math.floor(best.candidate.length / 3)) || best.candidate.startsWith(word.toLowerCase()));
  return close && word ? best!.candidate : undefined;
}

/** `"x" is not one of a, b, c: did you mean b?` */
export function unknownChoice(what: string, word: string, known: readonly string[]): string {
  const guess = closest(word, known);
  return `unknown ${what} "${word}"${guess ? `: did you mean ${guess}?` : ''} (known: ${known.join(', ')})`;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

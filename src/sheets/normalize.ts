/**
 * Tolerant matching of headings and values: case, Vietnamese diacritics, spaces and
 * punctuation do not matter; a misspelling is found by edit distance.
 *
 * @internal
 * @module
 */

/**
 * The words of a heading or value, for matching: Unicode compatibility-decomposed (so `m²` is `m2`),
 * diacritics removed (`đ` is `d`), lower case, every run of other characters one space.
 */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** {@link normalizeWords} without the spaces: `Bảo hiểm y tế`, `BAO HIEM YTE` and `bao-hiem-y-te` are one key. */
export function normalizeKey(text: string): string {
  return normalizeWords(text).replace(/ /g, '');
}

/**
 * The optimal-string-alignment distance (Levenshtein with adjacent transpositions) between two
 * keys, or `limit + 1` as soon as it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        value = Math.min(value, prev2[j - 2]! + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    [prev2, prev, current] = [prev, current, prev2];
  }
  return prev[n]!;
}

/** How many edits a key of this length may have to count as a misspelling of another. */
export function misspellingLimit(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  if (length <= 14) return 2;
  return 3;
}

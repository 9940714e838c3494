/**
 * Comparing spellings: a bounded Damerau–Levenshtein distance (optimal string alignment) and the
 * folding under which two spellings count as "the same letters" (case and accents ignored).
 */

import { withoutAccents } from '../text/accents.js';

/** Lower-cased with accents removed: "Apareció" and "Aparecío" both fold to "aparecio". */
export function foldLetters(word: string): string {
  return withoutAccents(word).toLowerCase();
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) between `a` and `b`, or `max + 1` as soon
 * as it is known to exceed `max`. Cost O(|a|·|b|), on words only (callers cap their length).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let before = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/** How many edits make a slip rather than another name: 1 from five letters, 2 from nine, else none. */
export function allowedEdits(shorterLength: number): number {
  if (shorterLength >= 9) return 2;
  if (shorterLength >= 5) return 1;
  return 0;
}

function isShouted(word: string): boolean {
  return /\p{L}{2}/u.test(word) && word === word.toUpperCase();
}

/**
 * True when `a` and `b` look like one name spelled two ways: only the accents differ, or the folded
 * letters are within the allowed edits of each other. Case alone is not a different spelling, nor
 * are accents left off capitals.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b || a.toLowerCase() === b.toLowerCase()) return false;
  const fa = foldLetters(a);
  const fb = foldLetters(b);
  // Capitals often drop their accents ("ABOUT THE APARECIO FOUNDATION"): typography, not a slip.
  if (fa === fb) return !isShouted(a) && !isShouted(b);
  const allowed = allowedEdits(Math.min(fa.length, fb.length));
  return allowed > 0 && editDistance(fa, fb, allowed) <= allowed;
}

/**
 * Common English words (SCOWL sizes 10 to 35), for telling a name from a phrase of ordinary words
 * written in capitals ("Military Sales", "Project Safe Childhood").
 */
import { COMMON_WORD_GROUPS } from './generated/common-words.js';

let words: ReadonlySet<string> | undefined;

/** The words of one front-coded group: a character below "a" gives the letters shared with the word before. */
function decodeGroup(packed: string, into: Set<string>): void {
  let word = '';
  let i = 0;
  while (i < packed.length) {
    const shared = packed.charCodeAt(i) - 48;
    let end = i + 1;
    while (end < packed.length && packed.charCodeAt(end) >= 97) end++;
    word = word.slice(0, shared) + packed.slice(i + 1, end);
    into.add(word);
    i = end;
  }
}

/** The word, in lower case, is a common English word. Decoded on first use (about 39,000 words, a few ms). */
export function isCommonWord(lowerCase: string): boolean {
  if (words === undefined) {
    const all = new Set<string>();
    for (const group of COMMON_WORD_GROUPS) decodeGroup(group, all);
    words = all;
  }
  return words.has(lowerCase);
}

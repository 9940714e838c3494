/**
 * Words the knowledge base knows: places, nationalities, titles, known names. Two of them a letter
 * apart ("Austria"/"Australia", "Minister"/"Ministry") are different words, not a slip.
 */
import { HONORIFICS, OFFICE_HEADS, OFFICE_MODIFIERS, RANKS } from '../knowledge/titles.js';
import { lexicon } from '../recognize/lexicon.js';
import { tokenize } from '../text/tokenize.js';

let titleWords: Set<string> | undefined;

function titles(): Set<string> {
  if (!titleWords) {
    titleWords = new Set<string>();
    for (const phrase of [...HONORIFICS, ...RANKS, ...OFFICE_HEADS, ...OFFICE_MODIFIERS])
      for (const word of phrase.split(/[\s-]+/)) if (word) titleWords.add(word.toLowerCase());
  }
  return titleWords;
}

/** What `word` alone is known as: 'title', an entity type from the gazetteer, or undefined. */
export function knownAs(word: string): string | undefined {
  if (titles().has(word.toLowerCase())) return 'title';
  const tokens = tokenize(word);
  if (tokens.length !== 1) return undefined;
  const match = lexicon().exact.longest(tokens, 0);
  return match?.endToken === 1 ? match.value.type : undefined;
}

/**
 * Two words that are both known names, or either a place or nationality (or, with `titles`, a
 * title word: for people), are different words ("Austria"/"Australia", "Minister"/"Ministry"); a
 * known name and an unknown one a letter apart ("Stoltenberg"/"Stoltenburg") are a slip.
 */
export function areDistinctWords(a: string, b: string, titles: boolean): boolean {
  const ka = knownAs(a);
  const kb = knownAs(b);
  const standalone = (k: string | undefined) =>
    k === 'location' || k === 'nationality' || (titles && k === 'title');
  if (standalone(ka) || standalone(kb)) return true;
  // Title words inside organisation names ("Department of Defense"/"Defence") are spellings to unify.
  return ka !== undefined && kb !== undefined && ka !== 'title' && kb !== 'title';
}

/** Context that turns a bare year or month word into a date: a cue word before it, or a series it continues. */

import { type Cursor, isPunct, isWord, spaced, touching } from './cursor.js';
import type { DateKind } from './expression.js';
import { DATE_CUES, SERIES_CONNECTORS, TEMPORAL_CUES } from './lexicon.js';

/** The cue word right before `index` ("in 2023", "since October", "mid-2024"), lower-cased. */
export function cueBefore(cursor: Cursor, index: number): string | undefined {
  const hyphenated = isPunct(cursor, index - 1, '-') && touching(cursor, index - 1, index);
  if (hyphenated) {
    return isWord(cursor, index - 2, ['mid']) && touching(cursor, index - 2, index - 1) ? 'mid' : undefined;
  }
  if (!spaced(cursor, index - 1, index)) return undefined;
  const previous = cursor.tokens[index - 1];
  if (previous?.charKind !== 'word') return undefined;
  return TEMPORAL_CUES.has(previous.lower) || DATE_CUES.has(previous.lower) ? previous.lower : undefined;
}

/** A strongly temporal cue ("in", "since"), not one that also goes with quantities ("by", "of"). */
export function isTemporalCue(cue: string | undefined): boolean {
  return cue !== undefined && TEMPORAL_CUES.has(cue);
}

/**
 * The token at `index` follows the previous expression across one connector: "2020 and 2023",
 * "October or November", "2019–2023".
 */
export function continuesSeries(cursor: Cursor, index: number, kinds: readonly DateKind[]): boolean {
  if (cursor.previousLast !== index - 2 || cursor.previousKind === undefined) return false;
  if (!kinds.includes(cursor.previousKind)) return false;
  const connector = cursor.tokens[index - 1];
  return connector !== undefined && SERIES_CONNECTORS.has(connector.lower) && connector.charKind !== 'num';
}

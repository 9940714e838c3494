/** A weekday on its own: "Thursday", "Mon.", "Fri, 13 Oct 2023". Not "Good Friday" or "the Sunday Times". */
import { type Cursor, isCapitalised, isWord, type Match, spaced } from './cursor.js';
import { PARTS_OF_DAY, WEEKDAY_NAME_PREFIXES } from './lexicon.js';
import { weekdayAt } from './words.js';

function partOfName(cursor: Cursor, index: number, last: number): boolean {
  const prefixed = isWord(cursor, index - 1, WEEKDAY_NAME_PREFIXES) && isCapitalised(cursor, index - 1);
  const titled =
    isWord(cursor, index - 1, ['the']) &&
    spaced(cursor, last, last + 1) &&
    cursor.tokens[last + 1]?.charKind === 'word' &&
    isCapitalised(cursor, last + 1);
  return prefixed || titled;
}

export function matchWeekday(cursor: Cursor, index: number): Match | null {
  const word = weekdayAt(cursor, index);
  if (!word || partOfName(cursor, index, word.last)) return null;
  const part = word.last + 1;
  const last = spaced(cursor, word.last, part) && isWord(cursor, part, PARTS_OF_DAY) ? part : word.last;
  return { last, value: { kind: 'weekday', weekday: word.weekday } };
}

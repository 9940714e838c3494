/**
 * Part of a month, year or decade: "early November 2005", "mid January", "mid-2024", "late 2016",
 * "the mid-2000s". The expression is the whole phrase (a reader dates the event by it, re3d spans
 * it so); its value is the month, year or decade it is part of.
 */
import { type Cursor, isPunct, isWord, type Match, spaced, touching } from './cursor.js';
import { matchMonthFirst } from './named.js';
import { matchDecade, matchYear } from './years.js';

export const PART_WORDS: readonly string[] = ['early', 'mid', 'late'];

export function matchPartOf(cursor: Cursor, index: number): Match | null {
  if (!isWord(cursor, index, PART_WORDS)) return null;
  let at = index + 1;
  // "mid-January", "mid-2024"
  if (isPunct(cursor, at, '-', '–') && touching(cursor, index, at) && touching(cursor, at, at + 1)) at++;
  else if (!spaced(cursor, index, at)) return null;
  const inner = matchMonthFirst(cursor, at) ?? matchYear(cursor, at) ?? matchDecade(cursor, at, true);
  if (!inner || inner.numericParts || (inner.value.kind !== 'month' && inner.value.kind !== 'year'))
    return null;
  return { last: inner.last, value: inner.value };
}

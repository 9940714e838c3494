/** Recurring dates: "every October", "every year", "each Monday", "every two weeks", "on Mondays". */
import { type Cursor, type DateValue, isWord, type Match, smallNumber, spaced } from './cursor.js';
import { NUMBER_WORDS, UNIT_WORDS, WEEKDAY_PLURALS } from './lexicon.js';
import { monthAt, weekdayAt } from './words.js';

/** "other", "second", "two", "3" between "every" and its unit. */
function isInterval(cursor: Cursor, index: number): boolean {
  if (isWord(cursor, index, ['other', 'second', 'third'])) return true;
  const token = cursor.tokens[index];
  if (token?.charKind === 'word') return (NUMBER_WORDS.get(token.lower) ?? 0) > 1;
  return (smallNumber(cursor, index, 2) ?? 0) > 1;
}

function cycle(cursor: Cursor, index: number): { last: number; value: DateValue } | null {
  const token = cursor.tokens[index];
  if (token?.charKind !== 'word') return null;
  if (UNIT_WORDS.has(token.lower)) return { last: index, value: { kind: 'recurring' } };
  const weekday = weekdayAt(cursor, index);
  if (weekday) return { last: weekday.last, value: { kind: 'recurring', weekday: weekday.weekday } };
  const month = monthAt(cursor, index);
  if (month && !month.everydayWord)
    return { last: month.last, value: { kind: 'recurring', month: month.month } };
  return null;
}

function everyPhrase(cursor: Cursor, index: number): Match | null {
  if (!isWord(cursor, index, ['every', 'each'])) return null;
  let next = index + 1;
  if (spaced(cursor, index, next) && isInterval(cursor, next)) next++;
  return spaced(cursor, next - 1, next) ? cycle(cursor, next) : null;
}

/** "Mondays": the plural of a weekday names every such day. */
function pluralWeekday(cursor: Cursor, index: number): Match | null {
  const token = cursor.tokens[index];
  const weekday = token?.charKind === 'word' ? WEEKDAY_PLURALS.get(token.lower) : undefined;
  return weekday === undefined ? null : { last: index, value: { kind: 'recurring', weekday } };
}

export function matchRecurring(cursor: Cursor, index: number): Match | null {
  return everyPhrase(cursor, index) ?? pluralWeekday(cursor, index);
}

/**
 * Part of a month, year, decade or day: "early November 2005", "mid January", "mid-2024", "late 2016",
 * "early Saturday morning",
 * "the mid-2000s", "the end of the year", "end of last year", "the beginning of March". The
 * expression is the whole phrase (a reader dates the event by it, re3d spans it so); its value is
 * the month, year or decade it is part of.
 */
import { type Cursor, isPunct, isWord, type Match, spaced, touching } from './cursor.js';
import { matchMonthFirst } from './named.js';
import { matchRelative } from './relative.js';
import { matchWeekday } from './weekdays.js';
import { matchDecade, matchYear } from './years.js';

export const PART_WORDS: readonly string[] = ['early', 'mid', 'late'];

export function matchPartOf(cursor: Cursor, index: number): Match | null {
  if (!isWord(cursor, index, PART_WORDS)) return null;
  let at = index + 1;
  // "mid-January", "mid-2024"
  if (isPunct(cursor, at, '-', '–') && touching(cursor, index, at) && touching(cursor, at, at + 1)) at++;
  else if (!spaced(cursor, index, at)) return null;
  // "early Saturday morning", "late Monday": part of a day, dated by its weekday.
  const weekday = at === index + 1 && index + 1 < cursor.tokens.length ? matchWeekday(cursor, at) : null;
  if (weekday && !isWord(cursor, index, ['mid'])) return weekday;
  const inner = matchMonthFirst(cursor, at) ?? matchYear(cursor, at) ?? matchDecade(cursor, at, true);
  if (!inner || inner.numericParts || (inner.value.kind !== 'month' && inner.value.kind !== 'year'))
    return null;
  return { last: inner.last, value: inner.value };
}

export const EDGE_WORDS: readonly string[] = ['end', 'beginning', 'start', 'middle'];
const PERIODS: readonly string[] = ['week', 'month', 'year'];

/**
 * "end of the year", "beginning of next month", "start of 2017", "middle of March": an edge of a
 * week, month or year. "The year" is the current one; "the end of the day" is an idiom, no date.
 */
export function matchEdgeOf(cursor: Cursor, index: number): Match | null {
  const of = index + 1;
  if (!isWord(cursor, index, EDGE_WORDS) || !isWord(cursor, of, ['of']) || !spaced(cursor, index, of))
    return null;
  const at = of + 1;
  if (!spaced(cursor, of, at)) return null;
  const unit = cursor.tokens[at + 1]?.lower;
  if (isWord(cursor, at, ['the']) && spaced(cursor, at, at + 1) && isWord(cursor, at + 1, PERIODS))
    return {
      last: at + 1,
      value: { kind: 'relative', relative: { unit: unit as 'week' | 'month' | 'year', offset: 0 } },
    };
  const inner = matchRelative(cursor, at) ?? matchMonthFirst(cursor, at) ?? matchYear(cursor, at);
  if (!inner || inner.numericParts) return null;
  const { value } = inner;
  const period =
    value.kind === 'month' ||
    value.kind === 'year' ||
    (value.kind === 'relative' && value.relative !== undefined && PERIODS.includes(value.relative.unit));
  return period ? { last: inner.last, value } : null;
}

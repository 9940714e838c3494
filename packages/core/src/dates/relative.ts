/**
 * Dates relative to the release date: "today", "next week", "last Friday", "this weekend",
 * "earlier this year", "two days ago", "in two weeks"; and vaguer ones with no value: "in recent
 * weeks", "the past few days", "four days later".
 */
import {
  type Cursor,
  type DateValue,
  isCapitalised,
  isWord,
  type Match,
  smallNumber,
  spaced,
  startsSentence,
} from './cursor.js';
import type { RelativeUnit } from './expression.js';
import { type CalendarUnit, NUMBER_WORDS, PARTS_OF_DAY, UNIT_WORDS } from './lexicon.js';
import { SEASONS } from './quarters.js';
import { monthAt, weekdayAt } from './words.js';

export const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);
export const DIRECTIONS: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['next', 1],
  ['last', -1],
]);
/** "the next/past … weeks" counts from an unstated point or spans a stretch: kept without a value. */
const VAGUE_DIRECTIONS: ReadonlySet<string> = new Set([
  'next',
  'last',
  'past',
  'coming',
  'following',
  'previous',
  'preceding',
]);

/** Vague phrases: a relative expression with no value. */
const VAGUE: DateValue = { kind: 'relative' };

function relativeValue(unit: RelativeUnit, offset: number): DateValue {
  return { kind: 'relative', relative: { unit, offset } };
}

/** Index of the word after `index` when it is one of `words` (or any word) and set off by a space. */
function wordAfter(
  cursor: Cursor,
  index: number,
  words?: ReadonlySet<string> | readonly string[],
): number | undefined {
  const next = index + 1;
  if (!spaced(cursor, index, next) || cursor.tokens[next]?.charKind !== 'word') return undefined;
  return words === undefined || isWord(cursor, next, words) ? next : undefined;
}

/** Calendar unit named by the word at `index` ("weeks" → week). */
function unitAt(cursor: Cursor, index: number | undefined): CalendarUnit | undefined {
  const token = index === undefined ? undefined : cursor.tokens[index];
  return token?.charKind === 'word' ? UNIT_WORDS.get(token.lower) : undefined;
}

/** A singular week/month/year: "this week", not "this day" (a narrative idiom). */
function periodAt(cursor: Cursor, index: number | undefined): 'week' | 'month' | 'year' | undefined {
  const token = index === undefined ? undefined : cursor.tokens[index];
  if (token?.charKind !== 'word') return undefined;
  return token.lower === 'week' || token.lower === 'month' || token.lower === 'year'
    ? token.lower
    : undefined;
}

/** Days and weeks ago/ahead are exact days; months and years, the whole period. */
function shifted(unit: CalendarUnit, count: number): DateValue {
  if (unit === 'week') return relativeValue('day', count * 7);
  return relativeValue(unit, count);
}

interface Count {
  /** undefined for "a few", "several". */
  value: number | undefined;
  last: number;
}

function countAt(cursor: Cursor, index: number): Count | null {
  const token = cursor.tokens[index];
  if (token?.charKind === 'num') {
    const value = smallNumber(cursor, index, 3);
    return value ? { value, last: index } : null;
  }
  if (token?.charKind !== 'word') return null;
  if (token.lower === 'a') {
    const vague = wordAfter(cursor, index, ['few', 'couple']);
    if (vague !== undefined) return { value: undefined, last: wordAfter(cursor, vague, ['of']) ?? vague };
  }
  if (token.lower === 'few' || token.lower === 'several') return { value: undefined, last: index };
  const value = NUMBER_WORDS.get(token.lower);
  return value === undefined ? null : { value, last: index };
}

/** "today", "yesterday morning"; not "USA Today". */
function dayWord(cursor: Cursor, index: number): Match | null {
  const token = cursor.tokens[index];
  const offset = token?.charKind === 'word' ? DAY_WORDS.get(token.lower) : undefined;
  if (token === undefined || offset === undefined) return null;
  const afterName =
    isCapitalised(cursor, index) &&
    !startsSentence(cursor, index) &&
    spaced(cursor, index - 1, index) &&
    cursor.tokens[index - 1]?.charKind === 'word' &&
    isCapitalised(cursor, index - 1);
  if (afterName) return null;
  const part = token.lower === 'tonight' ? undefined : wordAfter(cursor, index, PARTS_OF_DAY);
  return { last: part ?? index, value: relativeValue('day', offset) };
}

/** "this week", "next month", "last year", "next Monday", "last October", "this morning", "last night". */
function directed(cursor: Cursor, index: number): Match | null {
  const token = cursor.tokens[index];
  const direction = token?.charKind === 'word' ? DIRECTIONS.get(token.lower) : undefined;
  const next = wordAfter(cursor, index);
  if (direction === undefined || next === undefined) return null;
  const period = periodAt(cursor, next);
  if (period) return { last: next, value: relativeValue(period, direction) };
  const nextWord = cursor.tokens[next]?.lower ?? '';
  if (direction === 0 && ['morning', 'afternoon', 'evening'].includes(nextWord)) {
    return { last: next, value: relativeValue('day', 0) };
  }
  if (direction === -1 && nextWord === 'night') return { last: next, value: relativeValue('day', -1) };
  if (nextWord === 'weekend') return { last: next, value: relativeValue('weekend', direction) };
  const weekday = weekdayAt(cursor, next);
  if (weekday) {
    const value: DateValue = {
      kind: 'relative',
      weekday: weekday.weekday,
      relative: { unit: 'weekday', offset: direction },
    };
    return { last: weekday.last, value };
  }
  // "next spring", "last summer", "this autumn": the season's months as the nearest such month is
  // placed (winter straddles two years, so it has no value).
  // ("the next fall in prices", "a last fall of snow": a fall that is no season.)
  const noSeason =
    nextWord === 'fall' &&
    (isWord(cursor, index - 1, ['the', 'a']) || isWord(cursor, next + 1, ['in', 'of', 'from', 'to']));
  if (SEASONS.has(nextWord) && !noSeason) {
    const first = SEASONS.get(nextWord);
    if (first === undefined) return { last: next, value: VAGUE };
    return {
      last: next,
      value: {
        kind: 'month',
        month: first,
        through: { month: first + 2 },
        relative: { unit: 'month', offset: direction },
      },
    };
  }
  const month = monthAt(cursor, next);
  if (month && !month.everydayWord) {
    return {
      last: month.last,
      value: { kind: 'month', month: month.month, relative: { unit: 'month', offset: direction } },
    };
  }
  return null;
}

/** "earlier this year", "later this month", "earlier today". */
function earlierOrLater(cursor: Cursor, index: number): Match | null {
  if (!isWord(cursor, index, ['earlier', 'later'])) return null;
  const today = wordAfter(cursor, index, ['today']);
  if (today !== undefined) return { last: today, value: relativeValue('day', 0) };
  const thisWord = wordAfter(cursor, index, ['this']);
  const periodIndex = thisWord === undefined ? undefined : wordAfter(cursor, thisWord);
  const period = periodAt(cursor, periodIndex);
  if (!period || periodIndex === undefined) return null;
  const part = isWord(cursor, index, ['earlier']) ? 'earlier' : 'later';
  return { last: periodIndex, value: { kind: 'relative', relative: { unit: period, offset: 0, part } } };
}

/** "two days ago", "a week ago", "a few months ago". */
function ago(cursor: Cursor, index: number): Match | null {
  const count = countAt(cursor, index);
  const unitIndex = count ? wordAfter(cursor, count.last) : undefined;
  const unit = unitAt(cursor, unitIndex);
  const agoIndex = unitIndex === undefined ? undefined : wordAfter(cursor, unitIndex, ['ago']);
  if (!count || !unit || agoIndex === undefined) return null;
  return { last: agoIndex, value: count.value === undefined ? VAGUE : shifted(unit, -count.value) };
}

/** "four days later", "two weeks earlier": after or before something the text tells; no value. */
function laterOrEarlier(cursor: Cursor, index: number): Match | null {
  const count = countAt(cursor, index);
  const unitIndex = count ? wordAfter(cursor, count.last) : undefined;
  const unit = unitAt(cursor, unitIndex);
  const end = unitIndex === undefined ? undefined : wordAfter(cursor, unitIndex, ['later', 'earlier']);
  return count && unit && end !== undefined ? { last: end, value: VAGUE } : null;
}

/** "'s time" or "' time" after a unit: "in a week's time", "in two weeks' time". */
function timeSuffix(cursor: Cursor, unitIndex: number): number | undefined {
  let index = unitIndex + 1;
  const apostrophe = cursor.tokens[index];
  if (apostrophe?.charKind !== 'punct' || !["'", '’'].includes(apostrophe.lower)) return undefined;
  if (isWord(cursor, index + 1, ['s']) && cursor.tokens[index + 1]?.start === apostrophe.end) index++;
  return wordAfter(cursor, index, ['time']);
}

/** "in two weeks", "in a week's time", "in recent weeks", "in the coming days". */
function inPhrase(cursor: Cursor, index: number): Match | null {
  if (!isWord(cursor, index, ['in'])) return null;
  // "in recent days", "in the past week": the date is the phrase after "in" (matched there), as
  // re3d spans it; "in" itself counts only before a number ("in two weeks", a date ahead).
  if (wordAfter(cursor, index, ['recent', 'the']) !== undefined) return null;
  // "the first time in 20 years" looks back over a stretch; it names no date.
  if (isWord(cursor, index - 1, ['time', 'times'])) return null;
  const countIndex = index + 1;
  const count = spaced(cursor, index, countIndex) ? countAt(cursor, countIndex) : null;
  const unitIndex = count ? wordAfter(cursor, count.last) : undefined;
  const unit = unitAt(cursor, unitIndex);
  if (!count?.value || !unit || unitIndex === undefined) return null;
  const suffix = timeSuffix(cursor, unitIndex);
  // "twice in a week" is a frequency; "in a week's time" and "in two weeks" are dates.
  if (suffix === undefined && count.value < 2) return null;
  // "the best tankers I've seen in 26 years", "they had come a long way in eight weeks": in the
  // perfect the phrase measures a stretch: a duration, with no value.
  if (suffix === undefined && looksBack(cursor, index)) return { last: unitIndex, value: VAGUE };
  return { last: suffix ?? unitIndex, value: shifted(unit, count.value) };
}

/** Auxiliaries of the perfect ("have seen", "'ve come", "had taken"). */
const PERFECT = new Set(['have', 'has', 'had', 've']);
/** Words looked at before "in" for a perfect's auxiliary. */
const PERFECT_REACH = 6;

/** Words between a perfect's auxiliary and "in" that look ahead: "has pledged to double output in five years". */
const AHEAD = new Set([
  'to',
  'will',
  'would',
  'shall',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'be',
]);

/** The clause before token `index` is in the perfect ("I've seen in", "had come a long way in"). */
function looksBack(cursor: Cursor, index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - PERFECT_REACH); k--) {
    const t = cursor.tokens[k];
    if (!t || (t.charKind === 'punct' && ['.', '!', '?', ';', ','].includes(t.lower))) return false;
    if (t.charKind === 'word' && AHEAD.has(t.lower)) return false;
    if (t.charKind === 'word' && PERFECT.has(t.lower)) return true;
  }
  return false;
}

/** "recent days", "recent weeks": no value. */
function recentPhrase(cursor: Cursor, index: number): Match | null {
  if (!isWord(cursor, index, ['recent'])) return null;
  const unitIndex = wordAfter(cursor, index);
  return unitAt(cursor, unitIndex) && unitIndex !== undefined ? { last: unitIndex, value: VAGUE } : null;
}

/** "the past 24 hours": hours count a stretch too, though no calendar unit. */
const HOURS: readonly string[] = ['hours'];

/** "the day before yesterday", "the past few weeks", "the next two years", "the following day". */
function thePhrase(cursor: Cursor, index: number): Match | null {
  if (!isWord(cursor, index, ['the'])) return null;
  const day = wordAfter(cursor, index, ['day']);
  const relation = day === undefined ? undefined : wordAfter(cursor, day, ['before', 'after']);
  if (relation !== undefined) {
    const before = cursor.tokens[relation]?.lower === 'before';
    const end = wordAfter(cursor, relation, [before ? 'yesterday' : 'tomorrow']);
    if (end !== undefined) return { last: end, value: relativeValue('day', before ? -2 : 2) };
  }
  const direction = wordAfter(cursor, index, VAGUE_DIRECTIONS);
  if (direction === undefined) return null;
  const countIndex = direction + 1;
  const count = spaced(cursor, direction, countIndex) ? countAt(cursor, countIndex) : null;
  const unitIndex = wordAfter(cursor, count?.last ?? direction);
  const hours = count?.value !== undefined && unitIndex !== undefined && isWord(cursor, unitIndex, HOURS);
  const unit = unitAt(cursor, unitIndex);
  if ((!unit && !hours) || unitIndex === undefined) return null;
  // "the last week of December", "the last two weeks of the campaign": a stretch of something else.
  const ofWhat = isWord(cursor, unitIndex + 1, ['of']) && spaced(cursor, unitIndex, unitIndex + 1);
  return { last: unitIndex, value: ofWhat ? VAGUE : trailingValue(cursor, direction, count, unit, hours) };
}

/**
 * "the past week", "the last two weeks", "the past 24 hours": the stretch ending at the release.
 * Vague otherwise: "the past few weeks" (no count), "the next two years" and "the following day"
 * (from a point the text may set elsewhere), "the past 30 hours" (no whole days), "the last day"
 * and "the last week of December" (the end of something else).
 */
function trailingValue(
  cursor: Cursor,
  direction: number,
  count: Count | null,
  unit: CalendarUnit | undefined,
  hours: boolean,
): DateValue {
  if (!isWord(cursor, direction, ['past', 'last'])) return VAGUE;
  // "the last day" is mostly the final one of something; "the last three days" counts back.
  if (count === null && unit === 'day') return VAGUE;
  const n = count === null ? 1 : count.value;
  if (n === undefined || n < 1) return VAGUE;
  if (hours)
    return n % 24 === 0
      ? { kind: 'relative', relative: { unit: 'day', offset: -n / 24, trailing: true } }
      : VAGUE;
  // Days count the release's own: "the last three days" are the day and the two before it.
  const offset = unit === 'day' ? -(n - 1) : -n;
  return unit ? { kind: 'relative', relative: { unit, offset, trailing: true } } : VAGUE;
}

export function matchRelative(cursor: Cursor, index: number): Match | null {
  return (
    dayWord(cursor, index) ??
    directed(cursor, index) ??
    earlierOrLater(cursor, index) ??
    ago(cursor, index) ??
    laterOrEarlier(cursor, index) ??
    inPhrase(cursor, index) ??
    recentPhrase(cursor, index) ??
    thePhrase(cursor, index)
  );
}

/**
 * Dates written with a month name: "12 October 2023", "Oct. 12, 2023", "October 11th, 2025",
 * "July 29–30", "29 July – 2 August 2023", "July 2025", "October of 2023", "in October".
 */

import { isValidDay } from './calendar.js';
import { continuesSeries, cueBefore } from './cues.js';
import {
  type Cursor,
  cleanLeft,
  cleanRight,
  countsSomething,
  type DateValue,
  isCapitalised,
  isPunct,
  isWord,
  type Match,
  spaced,
  touching,
} from './cursor.js';
import { UNIT_WORDS } from './lexicon.js';
import { dayAt, type MonthWord, monthAt, yearAt } from './words.js';

const DASHES = ['-', '–', '—'];

/** "days", "years": a number before one counts time, it is no day of a range. */
const TIME_UNITS: ReadonlySet<string> = new Set(UNIT_WORDS.keys());

/** Words that join the two ends of a range of days. */
const RANGE_WORDS = ['to', 'through', 'thru', 'until', 'till'];

/**
 * "between" just before the range's start, its day or its month ("between 2 and 4 October",
 * "between October 2 and 4"): only then does "and" join two days into one range.
 */
function afterBetween(cursor: Cursor, index: number): boolean {
  for (let k = index - 1; k >= Math.max(0, index - 4); k--) {
    if (isWord(cursor, k, ['between'])) return true;
    // An abbreviation's full stop ("between Jan. 13 and 19") is no break.
    const abbreviation =
      isPunct(cursor, k, '.') && touching(cursor, k - 1, k) && cursor.tokens[k - 1]?.charKind === 'word';
    if (cursor.tokens[k]?.charKind === 'punct' && !abbreviation) return false;
  }
  return false;
}

/** "and" joins the day after it to the one before: after "between", or the next day ("Jan. 17 and 18"). */
function joinedByAnd(cursor: Cursor, index: number, startDay: number, endDay: number): boolean {
  return afterBetween(cursor, index) || endDay === startDay + 1;
}

interface RangeEnd {
  month?: number;
  day: number;
  last: number;
}

/**
 * The dash after token `index` joins it to what follows: tight ("29–30"), spaced en dash or
 * hyphen, or a hyphen spaced on one side only, as typed in a hurry ("November 18 -19").
 */
function dashAfter(cursor: Cursor, index: number): number | undefined {
  const dash = index + 1;
  // "2 to 4 October", "October 2 through 4", "between 2 and 4 October": a word joins as a dash
  // does ("and" only as dayRangeEnd allows).
  if (isWord(cursor, dash, RANGE_WORDS) || isWord(cursor, dash, ['and']))
    return spaced(cursor, index, dash) && spaced(cursor, dash, dash + 1) ? dash : undefined;
  if (!isPunct(cursor, dash, ...DASHES)) return undefined;
  const before = touching(cursor, index, dash);
  const after = touching(cursor, dash, dash + 1);
  const tight = before && after;
  const open =
    spaced(cursor, index, dash) && spaced(cursor, dash, dash + 1) && cursor.tokens[dash]?.lower !== '—';
  const lopsided = before !== after && cursor.tokens[dash]?.lower !== '—';
  return tight || open || lopsided ? dash : undefined;
}

/** "–30" after a day: the end day of a range within one month. */
function dayRangeEnd(cursor: Cursor, index: number, startDay: number): RangeEnd | null {
  const dash = dashAfter(cursor, index);
  if (dash === undefined) return null;
  const end = dayAt(cursor, dash + 1);
  if (!end || end.day <= startDay || countsSomething(cursor, dash + 1)) return null;
  if (isWord(cursor, dash, ['and']) && !joinedByAnd(cursor, index, startDay, end.day)) return null;
  // "sentenced July 28 to 30 years": after a joining word, the end day counts no time.
  if (cursor.tokens[dash]?.charKind === 'word' && isWord(cursor, dash + 2, TIME_UNITS)) return null;
  return { day: end.day, last: dash + 1 };
}

/** "and" between two dates makes one range only after "between" ("between July 29 and August 2"). */
const andWithoutBetween = (cursor: Cursor, dash: number, index: number) =>
  isWord(cursor, dash, ['and']) && !afterBetween(cursor, index);

/** "– August 2" after "July 29". */
function monthDayRangeEnd(cursor: Cursor, index: number): RangeEnd | null {
  const dash = dashAfter(cursor, index);
  if (dash === undefined || andWithoutBetween(cursor, dash, index)) return null;
  const word = monthAt(cursor, dash + 1);
  if (!word || word.everydayWord || !spaced(cursor, word.last, word.last + 1)) return null;
  const end = dayAt(cursor, word.last + 1);
  return end ? { month: word.month, day: end.day, last: word.last + 1 } : null;
}

/** "– 2 August" after "29 July". */
function dayMonthRangeEnd(cursor: Cursor, index: number): RangeEnd | null {
  const dash = dashAfter(cursor, index);
  if (dash === undefined || andWithoutBetween(cursor, dash, index)) return null;
  const end = dayAt(cursor, dash + 1);
  if (!end || !spaced(cursor, dash + 1, dash + 2)) return null;
  const word = monthAt(cursor, dash + 2);
  return word && !word.everydayWord ? { month: word.month, day: end.day, last: word.last } : null;
}

/** ", 2023" or " 2023" after token `index`. */
function yearAfter(cursor: Cursor, index: number): { year: number; last: number } | null {
  let yearIndex = index + 1;
  if (isPunct(cursor, yearIndex, ',') && touching(cursor, index, yearIndex)) yearIndex++;
  if (!spaced(cursor, yearIndex - 1, yearIndex)) return null;
  // After a day, a recent year stays the date's before a noun ("Sept. 30, 2019 soldiers hit …");
  // "Jan. 17, 1200 soldiers" stays a count.
  const year = yearAt(cursor, yearIndex) ?? yearAt(cursor, yearIndex, 1900, 2099, true);
  return year === undefined ? null : { year, last: yearIndex };
}

/** Builds a 'date' value, checking that both ends exist and placing a year-crossing range. */
function dateValue(
  month: number,
  day: number,
  year: number | undefined,
  end: RangeEnd | null,
): DateValue | null {
  if (!end)
    return isValidDay(month, day, year) ? { kind: 'date', month, day, ...(year ? { year } : {}) } : null;
  const endMonth = end.month ?? month;
  if (endMonth === month && end.day <= day) return null;
  const crossesYear = endMonth < month;
  const startYear = year !== undefined && crossesYear ? year - 1 : year;
  if (!isValidDay(month, day, startYear) || !isValidDay(endMonth, end.day, year)) return null;
  const through = {
    ...(crossesYear && year !== undefined ? { year } : {}),
    ...(end.month !== undefined ? { month: end.month } : {}),
    day: end.day,
  };
  return { kind: 'date', month, day, ...(startYear ? { year: startYear } : {}), through };
}

interface FullDate {
  month: number;
  day: number;
  year: number;
  last: number;
}

/** "Jan. 6, 2019" or "6 January 2019" at token `index`: a date written in full, year and all. */
function fullDateAt(cursor: Cursor, index: number): FullDate | null {
  const word = monthAt(cursor, index);
  if (word && !word.everydayWord && spaced(cursor, word.last, word.last + 1)) {
    const day = dayAt(cursor, word.last + 1);
    const year = day ? yearAfter(cursor, word.last + 1) : null;
    return day && year ? { month: word.month, day: day.day, year: year.year, last: year.last } : null;
  }
  const day = dayAt(cursor, index);
  const month = day && spaced(cursor, index, index + 1) ? monthAt(cursor, index + 1) : null;
  const year = month ? yearAfter(cursor, month.last) : null;
  return day && month && year ? { month: month.month, day: day.day, year: year.year, last: year.last } : null;
}

/**
 * "Dec. 31, 2018 – Jan. 6, 2019", "from 31 December 2018 to 6 January 2019", "between Dec. 30,
 * 2018, and Jan. 5, 2019": two dates written in full, years and all, joined into one range (re3d
 * spans a range whole). `first` is the start date's first token, `last` its year.
 */
function fullDateRange(
  cursor: Cursor,
  first: number,
  start: FullDate,
): { value: DateValue; last: number } | null {
  // The year's comma before the joining word: "Dec. 31, 2018, to Jan. 6, 2019".
  const comma = isPunct(cursor, start.last + 1, ',') && touching(cursor, start.last, start.last + 1);
  const from = comma ? start.last + 1 : start.last;
  const dash = dashAfter(cursor, from);
  if (dash === undefined || andWithoutBetween(cursor, dash, first)) return null;
  const end = fullDateAt(cursor, dash + 1);
  if (!end || !cleanRight(cursor, end.last)) return null;
  const startKey = (start.year * 12 + start.month) * 32 + start.day;
  const endKey = (end.year * 12 + end.month) * 32 + end.day;
  if (endKey <= startKey || !isValidDay(start.month, start.day, start.year)) return null;
  if (!isValidDay(end.month, end.day, end.year)) return null;
  return {
    last: end.last,
    value: {
      kind: 'date',
      month: start.month,
      day: start.day,
      year: start.year,
      through: { year: end.year, month: end.month, day: end.day },
    },
  };
}

function monthDay(cursor: Cursor, word: MonthWord, index: number): Match | null {
  const dayIndex = word.last + 1;
  const start = spaced(cursor, word.last, dayIndex) ? dayAt(cursor, dayIndex) : null;
  if (!start) return null;
  const end = dayRangeEnd(cursor, dayIndex, start.day) ?? monthDayRangeEnd(cursor, dayIndex);
  let last = end?.last ?? dayIndex;
  if (!cleanRight(cursor, last)) return null;
  const year = yearAfter(cursor, last);
  // "we march 5 km": without a year, "May"/"March" needs a day that counts nothing.
  if (word.ambiguous && !year && countsSomething(cursor, last)) return null;
  if (year) last = year.last;
  if (year && !end) {
    const range = fullDateRange(cursor, index, { month: word.month, day: start.day, year: year.year, last });
    if (range) return range;
  }
  const value = dateValue(word.month, start.day, year?.year, end);
  return value ? { last, value } : null;
}

function monthYear(cursor: Cursor, word: MonthWord): Match | null {
  let yearIndex = word.last + 1;
  if (isWord(cursor, yearIndex, ['of']) && spaced(cursor, word.last, yearIndex)) yearIndex++;
  if (!spaced(cursor, yearIndex - 1, yearIndex)) return null;
  const year = yearAt(cursor, yearIndex);
  return year === undefined ? null : { last: yearIndex, value: { kind: 'month', year, month: word.month } };
}

/** "Red October", "October Revolution": a capitalised neighbour makes the month part of a name. */
function partOfName(cursor: Cursor, index: number, last: number): boolean {
  // Cue words ("In October") are handled before this, so any capitalised word before is a name's.
  const namedBefore =
    spaced(cursor, index - 1, index) &&
    cursor.tokens[index - 1]?.charKind === 'word' &&
    isCapitalised(cursor, index - 1);
  const namedAfter =
    spaced(cursor, last, last + 1) &&
    cursor.tokens[last + 1]?.charKind === 'word' &&
    isCapitalised(cursor, last + 1);
  return namedBefore || namedAfter;
}

function monthAlone(cursor: Cursor, index: number, word: MonthWord): Match | null {
  if (word.everydayWord) return null;
  const cue = cueBefore(cursor, index);
  // "by May" is as likely Theresa May as a deadline, and so is the second "May" in "In May, May said".
  const cued =
    (cue !== undefined && (word.strong || cue !== 'by')) ||
    (continuesSeries(cursor, index, ['month', 'date']) && (word.strong || !isPunct(cursor, index - 1, ',')));
  const standsAlone = word.strong && !partOfName(cursor, index, word.last);
  if (!cued && !standsAlone) return null;
  return { last: word.last, value: { kind: 'month', month: word.month } };
}

/**
 * "May to October 2021", "March–May", "between May and October 2021": two months joined into one
 * range, the year written after the second the whole range's (one before the first when the range
 * crosses a new year: "November to February 2019").
 */
function monthRange(cursor: Cursor, word: MonthWord, index: number): Match | null {
  if (word.everydayWord) return null;
  const dash = dashAfter(cursor, word.last);
  if (dash === undefined || andWithoutBetween(cursor, dash, index)) return null;
  const end = monthAt(cursor, dash + 1);
  if (!end || end.everydayWord || end.month === word.month) return null;
  // "May to October 12": the second month opens a date of its own.
  if (spaced(cursor, end.last, end.last + 1) && dayAt(cursor, end.last + 1)) return null;
  let yearIndex = end.last + 1;
  if (isPunct(cursor, yearIndex, ',') && touching(cursor, end.last, yearIndex)) yearIndex++;
  const year = spaced(cursor, yearIndex - 1, yearIndex) ? yearAt(cursor, yearIndex) : undefined;
  // Without a year, a month that is also a word ("May", "March") needs the cue a lone month needs,
  // or a second month that is no word ("the May–June offensive").
  if (year === undefined && !end.strong && !monthAlone(cursor, index, word)) return null;
  const last = year === undefined ? end.last : yearIndex;
  if (!cleanRight(cursor, last)) return null;
  const crossesYear = end.month < word.month;
  const startYear = year !== undefined && crossesYear ? year - 1 : year;
  return {
    last,
    value: {
      kind: 'month',
      month: word.month,
      ...(startYear !== undefined ? { year: startYear } : {}),
      through: { month: end.month, ...(crossesYear && year !== undefined ? { year } : {}) },
    },
  };
}

/** "October 12, 2023", "July 29–30", "July 2025", "May to October 2021", "in October". */
export function matchMonthFirst(cursor: Cursor, index: number): Match | null {
  const word = monthAt(cursor, index);
  if (!word) return null;
  return (
    monthDay(cursor, word, index) ??
    monthRange(cursor, word, index) ??
    monthYear(cursor, word) ??
    monthAlone(cursor, index, word)
  );
}

/** "12 October 2023", "12th of October", "29–30 July", "29 July – 2 August 2023". */
export function matchDayFirst(cursor: Cursor, index: number): Match | null {
  const start = dayAt(cursor, index);
  if (!start || !cleanLeft(cursor, index)) return null;
  const dayRange = dayRangeEnd(cursor, index, start.day);
  const dayLast = dayRange?.last ?? index;
  let monthIndex = dayLast + 1;
  if (start.ordinal && isWord(cursor, monthIndex, ['of']) && spaced(cursor, dayLast, monthIndex))
    monthIndex++;
  const word = spaced(cursor, monthIndex - 1, monthIndex) ? monthAt(cursor, monthIndex) : null;
  if (!word) return null;
  const end = dayRange ?? dayMonthRangeEnd(cursor, word.last);
  let last = end?.month !== undefined ? end.last : word.last;
  const year = yearAfter(cursor, last);
  // "those 2 may go": a lower-case "may"/"march" needs a year or an ordinal day.
  if (word.everydayWord && !year && !start.ordinal) return null;
  if (year) last = year.last;
  if (year && !end) {
    const range = fullDateRange(cursor, index, { month: word.month, day: start.day, year: year.year, last });
    if (range) return range;
  }
  const value = dateValue(word.month, start.day, year?.year, end);
  return value ? { last, value } : null;
}

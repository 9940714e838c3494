/** Recognisers for the pieces of a date: month and weekday words, day numbers, years. */
import {
  type Cursor,
  cleanRight,
  countsSomething,
  isCapitalised,
  isPunct,
  smallNumber,
  touching,
} from './cursor.js';
import {
  AMBIGUOUS_MONTHS,
  AMBIGUOUS_WEEKDAY_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAYS,
} from './lexicon.js';

export interface MonthWord {
  month: number;
  /** Last token of the word, its abbreviation point included ("Oct."). */
  last: number;
  /** Capitalised full name that is no everyday word: "October", not "May", "Oct" or "october". */
  strong: boolean;
  /** "May" or "March", in any case: also a verb or noun. */
  ambiguous: boolean;
  /** "may" or "march" in lower case: a verb or noun unless a day and year pin it down. */
  everydayWord: boolean;
}

export function monthAt(cursor: Cursor, index: number): MonthWord | null {
  const token = cursor.tokens[index];
  if (token?.charKind !== 'word') return null;
  const capitalised = isCapitalised(cursor, index);
  const full = MONTH_NAMES.get(token.lower);
  if (full !== undefined) {
    const ambiguous = AMBIGUOUS_MONTHS.has(token.lower);
    return {
      month: full,
      last: index,
      strong: capitalised && !ambiguous,
      ambiguous,
      everydayWord: ambiguous && !capitalised,
    };
  }
  const abbreviated = MONTH_ABBREVIATIONS.get(token.lower);
  if (abbreviated === undefined || !capitalised) return null;
  const last = isPunct(cursor, index + 1, '.') && touching(cursor, index, index + 1) ? index + 1 : index;
  return { month: abbreviated, last, strong: false, ambiguous: false, everydayWord: false };
}

export interface WeekdayWord {
  weekday: number;
  last: number;
}

/** A day number or month word starts at `index`, possibly after a comma: "Mon, 12 Oct", "Fri. Oct. 13". */
function datePartFollows(cursor: Cursor, index: number): boolean {
  const next = isPunct(cursor, index, ',') ? index + 1 : index;
  return dayAt(cursor, next) !== null || monthAt(cursor, next) !== null;
}

export function weekdayAt(cursor: Cursor, index: number): WeekdayWord | null {
  const token = cursor.tokens[index];
  if (token?.charKind !== 'word') return null;
  const full = WEEKDAYS.get(token.lower);
  if (full !== undefined) return { weekday: full, last: index };
  const abbreviated = WEEKDAY_ABBREVIATIONS.get(token.lower);
  if (abbreviated === undefined || !isCapitalised(cursor, index)) return null;
  const dotted = isPunct(cursor, index + 1, '.') && touching(cursor, index, index + 1);
  const last = dotted ? index + 1 : index;
  // "Sun" and "Sat" are words too, and a bare "Mon" is a name: both need a date right after.
  const needsDate = !dotted || AMBIGUOUS_WEEKDAY_ABBREVIATIONS.has(token.lower);
  if (needsDate && !datePartFollows(cursor, last + 1)) return null;
  return { weekday: abbreviated, last };
}

export interface DayNumber {
  day: number;
  ordinal: boolean;
}

const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;

/** "12", "05" or "12th": a possible day of the month. */
export function dayAt(cursor: Cursor, index: number): DayNumber | null {
  const token = cursor.tokens[index];
  if (token === undefined) return null;
  if (token.charKind === 'num') {
    const day = smallNumber(cursor, index, 2);
    return day !== undefined && day >= 1 && day <= 31 ? { day, ordinal: false } : null;
  }
  if (token.charKind !== 'alnum' || token.end - token.start > 4) return null;
  const match = ORDINAL_DAY.exec(token.lower);
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31 ? { day, ordinal: true } : null;
}

/** A four-digit year in [min, max] that ends cleanly and counts nothing ("2023", not "2000 troops"). */
/**
 * A four-digit year at `index`. `afterDay`: it closes a month and day ("Sept. 30, 2019 soldiers"),
 * where it is the date's year whatever noun follows; alone, a noun after it makes it a count.
 */
export function yearAt(
  cursor: Cursor,
  index: number,
  min = 1000,
  max = 2999,
  afterDay = false,
): number | undefined {
  const token = cursor.tokens[index];
  if (token?.charKind !== 'num' || token.end - token.start !== 4) return undefined;
  const year = Number(token.lower);
  if (year < min || year > max) return undefined;
  if (!cleanRight(cursor, index) || (!afterDay && countsSomething(cursor, index))) return undefined;
  return year;
}

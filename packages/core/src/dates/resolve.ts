/**
 * Turns a date expression into an ISO date ('YYYY-MM-DD') or range ('YYYY-MM-DD/YYYY-MM-DD'), using the
 * release date as anchor for anything the text leaves open. Weeks are ISO weeks (Monday to Sunday).
 */

import {
  type CivilDate,
  daysInMonth,
  formatDayNumber,
  formatIso,
  isValidDay,
  mondayOf,
  parseIso,
  toDayNumber,
  weekdayOfDayNumber,
} from './calendar.js';
import type { DateExpression, RelativeUnit } from './expression.js';
import { holidayDate } from './holidays.js';

/** Day of the week of an ISO date, 0 = Sunday; NaN when `iso` is not a real 'YYYY-MM-DD'. */
export function weekdayOf(iso: string): number {
  const date = parseIso(iso);
  return date ? weekdayOfDayNumber(toDayNumber(date.year, date.month, date.day)) : Number.NaN;
}

function range(first: string, last: string): string {
  return `${first}/${last}`;
}

function monthRange(year: number, month: number): string {
  return range(formatIso({ year, month, day: 1 }), formatIso({ year, month, day: daysInMonth(year, month) }));
}

function yearRange(first: number, last: number): string {
  return range(formatIso({ year: first, month: 1, day: 1 }), formatIso({ year: last, month: 12, day: 31 }));
}

function weekRange(monday: number): string {
  return range(formatDayNumber(monday), formatDayNumber(monday + 6));
}

function anchorDay(anchor: CivilDate): number {
  return toDayNumber(anchor.year, anchor.month, anchor.day);
}

/**
 * The year of a month written without one: the anchor's, except across the turn of the year,
 * where the nearer occurrence is meant: "January" in a December release is the coming one,
 * "December" in a January release the one just past (ten months or more away in the anchor's
 * year). Farther apart the text's own tense would be needed; "since" says it ("since October" in
 * a January release is the October before).
 */
function nearestYear(month: number, anchor: CivilDate): number {
  const ahead = month - anchor.month;
  if (ahead >= YEAR_TURN) return anchor.year - 1;
  if (ahead <= -YEAR_TURN) return anchor.year + 1;
  return anchor.year;
}
const YEAR_TURN = 10;

/** "12 October 2023", "October 12" (year: the nearest to the anchor), "July 29–30". */
function resolveCalendarDate(expr: DateExpression, anchor: CivilDate | undefined): string | undefined {
  const { month, day } = expr;
  let year =
    expr.year ??
    (anchor && expr.yearOffset !== undefined ? anchor.year + expr.yearOffset : undefined) ??
    (anchor && month !== undefined ? nearestYear(month, anchor) : undefined);
  if (month === undefined || day === undefined || year === undefined) return undefined;
  // "Since Oct. 17" in a January release: the October before it.
  if (
    expr.since &&
    expr.year === undefined &&
    anchor &&
    (month > anchor.month || (month === anchor.month && day > anchor.day))
  )
    year = Math.min(year, anchor.year - 1);
  if (!isValidDay(month, day, year)) return undefined;
  const start = formatIso({ year, month, day });
  if (!expr.through?.day) return start;
  const endMonth = expr.through.month ?? month;
  const endYear = expr.through.year ?? (endMonth < month ? year + 1 : year);
  if (!isValidDay(endMonth, expr.through.day, endYear)) return undefined;
  return range(start, formatIso({ year: endYear, month: endMonth, day: expr.through.day }));
}

/** "Christmas 2016"; "Christmas": the one nearest the anchor, the earlier on a tie; lunar holidays have none. */
function resolveHoliday(expr: DateExpression, anchor: CivilDate | undefined): string | undefined {
  const name = expr.holiday;
  if (name === undefined) return undefined;
  const dayOf = (year: number) => {
    const date = holidayDate(name, year);
    return date ? toDayNumber(year, date.month, date.day) : undefined;
  };
  if (expr.year !== undefined) {
    const day = dayOf(expr.year);
    return day === undefined ? undefined : formatDayNumber(day);
  }
  if (!anchor) return undefined;
  const today = anchorDay(anchor);
  let best: number | undefined;
  for (const year of [anchor.year - 1, anchor.year, anchor.year + 1]) {
    const day = dayOf(year);
    if (day !== undefined && (best === undefined || Math.abs(day - today) < Math.abs(best - today)))
      best = day;
  }
  return best === undefined ? undefined : formatDayNumber(best);
}

/** "October 2023"; "October" (the nearest to the anchor); "last October" (the nearest one before the anchor's month). */
function resolveMonth(expr: DateExpression, anchor: CivilDate | undefined): string | undefined {
  const { month } = expr;
  if (month === undefined) return undefined;
  const last = expr.through?.month;
  /** From `month` of `year` to the last month of the range ("Q3 2025", "May to October 2021"). */
  const through = (year: number) => {
    if (last === undefined) return monthRange(year, month);
    const endYear = expr.through?.year ?? (last < month ? year + 1 : year);
    return range(
      formatIso({ year, month, day: 1 }),
      formatIso({ year: endYear, month: last, day: daysInMonth(endYear, last) }),
    );
  };
  if (expr.year !== undefined) return through(expr.year);
  if (!anchor) return undefined;
  // "between May and November last year".
  if (expr.yearOffset !== undefined) return through(anchor.year + expr.yearOffset);
  const offset = expr.relative?.unit === 'month' ? expr.relative.offset : 0;
  // "between March and May": the range is placed as its first month is ("next spring" too).
  if (last !== undefined && offset === 0) return through(nearestYear(month, anchor));
  let year = offset === 0 ? nearestYear(month, anchor) : anchor.year;
  if (offset > 0) year += month > anchor.month ? offset - 1 : offset;
  if (offset < 0) year += month < anchor.month ? offset + 1 : offset;
  // "last autumn" written in November: the autumn before the one under way.
  if (offset < 0 && last !== undefined && last >= month && anchor.month <= last && year === anchor.year)
    year--;
  // "since October", written in January: the October before it.
  if (offset === 0 && expr.since && month > anchor.month) year = Math.min(year, anchor.year - 1);
  return last === undefined ? monthRange(year, month) : through(year);
}

/** "2023", "the 1990s". */
function resolveYear(expr: DateExpression): string | undefined {
  if (expr.year === undefined) return undefined;
  return yearRange(expr.year, expr.through?.year ?? expr.year);
}

/**
 * A weekday from the anchor: offset 0 ("Thursday", "this Thursday") is that day of the anchor's ISO
 * week; +1/-1 ("next Monday", "last Friday") the nearest such day strictly after/before the anchor.
 */
function resolveWeekday(weekday: number, offset: number, anchor: CivilDate): string {
  const today = anchorDay(anchor);
  if (offset === 0) return formatDayNumber(mondayOf(today) + ((weekday + 6) % 7));
  const current = weekdayOfDayNumber(today);
  if (offset > 0) return formatDayNumber(today + ((weekday - current + 7) % 7 || 7) + 7 * (offset - 1));
  return formatDayNumber(today - ((current - weekday + 7) % 7 || 7) + 7 * (offset + 1));
}

/**
 * A weekday named alone is the nearest such day, at most three days either side of the release:
 * "on Sunday" in a Monday release is the day before, not six days on ("this Sunday" is the week's).
 * Its sentence's tense, when it has one, says which side: "since Monday" and "the attack occurred
 * Wednesday" are on or before the release day, "will travel Wednesday" on or after it.
 */
function nearestWeekday(expr: DateExpression, weekday: number, anchor: CivilDate): string {
  const today = anchorDay(anchor);
  if (expr.week !== undefined) return formatDayNumber(mondayOf(today) + 7 * expr.week + ((weekday + 6) % 7));
  const ahead = (weekday - weekdayOfDayNumber(today) + 7) % 7;
  const past = expr.since || expr.tense === 'past';
  if (past) return formatDayNumber(today - ((7 - ahead) % 7));
  if (expr.tense === 'future') return formatDayNumber(today + ahead);
  return formatDayNumber(today + (ahead > 3 ? ahead - 7 : ahead));
}

function resolveRelative(expr: DateExpression, anchor: CivilDate): string | undefined {
  const relative = expr.relative;
  if (!relative) return undefined;
  const { offset } = relative;
  if (relative.trailing) return trailingRange(relative.unit, -offset, anchor);
  const whole = periodRange(expr, anchor);
  return relative.part && whole ? partOf(whole, relative.part, anchorDay(anchor)) : whole;
}

/**
 * "earlier this week" written on Thursday 14 March is Monday 11 to Wednesday 13 March, "later this
 * month" the days after the anchor's to the month's end. On the period's first (or last) day there
 * is no such part: the whole period is given.
 */
function partOf(whole: string, part: 'earlier' | 'later', today: number): string {
  const [first, last] = whole.split('/');
  const from = first ? parseIso(first) : undefined;
  const to = last ? parseIso(last) : undefined;
  if (!from || !to) return whole;
  const start = toDayNumber(from.year, from.month, from.day);
  const end = toDayNumber(to.year, to.month, to.day);
  if (today <= start || today >= end) return whole;
  const [low, high] = part === 'earlier' ? [start, today - 1] : [today + 1, end];
  // One day left is that day: "earlier this week" on a Tuesday is the Monday.
  return low === high ? formatDayNumber(low) : range(formatDayNumber(low), formatDayNumber(high));
}

/** The calendar period of a relative expression ("next week", "this month", "last Friday"). */
function periodRange(expr: DateExpression, anchor: CivilDate): string | undefined {
  const relative = expr.relative;
  if (!relative) return undefined;
  const { offset } = relative;
  switch (relative.unit) {
    case 'day':
      return formatDayNumber(anchorDay(anchor) + offset);
    case 'week':
      return weekRange(mondayOf(anchorDay(anchor)) + 7 * offset);
    case 'month': {
      const index = anchor.year * 12 + (anchor.month - 1) + offset;
      return monthRange(Math.floor(index / 12), (index % 12) + 1);
    }
    case 'year':
      return yearRange(anchor.year + offset, anchor.year + offset);
    case 'weekday':
      return expr.weekday === undefined ? undefined : resolveWeekday(expr.weekday, offset, anchor);
    case 'weekend':
      return resolveWeekend(offset, anchor);
  }
}

/**
 * The `count` units that end at the anchor, the anchor's day included: "the past week" written on
 * 12 October is 6–12 October, "the past 24 hours" 11–12 October, "the past month" 13 September–12
 * October (a month back and a day on, the day clamped to the shorter month).
 */
function trailingRange(unit: RelativeUnit, count: number, anchor: CivilDate): string | undefined {
  const today = anchorDay(anchor);
  const end = formatDayNumber(today);
  if (unit === 'day') return range(formatDayNumber(today - count), end);
  if (unit === 'week') return range(formatDayNumber(today - 7 * count + 1), end);
  if (unit !== 'month' && unit !== 'year') return undefined;
  const months = unit === 'month' ? count : 12 * count;
  const index = anchor.year * 12 + (anchor.month - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(anchor.day, daysInMonth(year, month));
  return range(formatDayNumber(toDayNumber(year, month, day) + 1), end);
}

/**
 * "this weekend" early in the week (Monday, Tuesday) is the one just past, as a report says it, and
 * later the week's own; "next weekend" is the one after that; "last weekend" the one before the
 * anchor's week.
 */
function resolveWeekend(offset: number, anchor: CivilDate): string {
  const today = anchorDay(anchor);
  const monday = mondayOf(today);
  const earlyInWeek = (weekdayOfDayNumber(today) + 6) % 7 <= 1; // Monday or Tuesday
  const thisSaturday = earlyInWeek ? monday - 2 : monday + 5;
  const saturday = offset < 0 ? monday - 2 : thisSaturday + 7 * offset;
  return range(formatDayNumber(saturday), formatDayNumber(saturday + 1));
}

/**
 * ISO date or range of `expr`, or undefined when it has no single value (recurring, times, vague
 * phrases) or needs an anchor that is missing. `anchor` is the release date 'YYYY-MM-DD'.
 */
export function resolveDate(expr: DateExpression, anchor: string | null): string | undefined {
  const anchorDate = anchor === null ? undefined : parseIso(anchor);
  switch (expr.kind) {
    case 'date':
      return resolveCalendarDate(expr, anchorDate);
    case 'month':
      return resolveMonth(expr, anchorDate);
    case 'year':
      return resolveYear(expr);
    case 'weekday':
      return anchorDate && expr.weekday !== undefined
        ? nearestWeekday(expr, expr.weekday, anchorDate)
        : undefined;
    case 'relative':
      return anchorDate ? resolveRelative(expr, anchorDate) : undefined;
    case 'holiday':
      return resolveHoliday(expr, anchorDate);
    default:
      return undefined;
  }
}

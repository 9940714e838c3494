/**
 * Editorial check: a weekday written next to a full date ("Friday (12 October 2023)") must be that
 * date's weekday.
 */
import type { DateExpression } from './expression.js';
import { WEEKDAY_NAMES } from './lexicon.js';
import { weekdayOf } from './resolve.js';

export interface WeekdayMismatch {
  /** Covers the weekday and the date, whichever comes first. */
  start: number;
  end: number;
  /** The weekday as written, 0 = Sunday. */
  weekday: number;
  /** The date, 'YYYY-MM-DD'. */
  date: string;
  /** The date's real weekday. */
  actual: number;
  message: string;
}

/** Only spaces, commas, brackets or dashes between the two: "Thursday, ", "Thursday (", "2023 (". */
const JOINER = /^[\s,([–—-]*$/u;

function isoOf(expr: DateExpression): string | undefined {
  const { year, month, day } = expr;
  if (
    expr.kind !== 'date' ||
    expr.through ||
    year === undefined ||
    month === undefined ||
    day === undefined
  ) {
    return undefined;
  }
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function statedWeekday(expr: DateExpression): number | undefined {
  const named = expr.kind === 'weekday' || (expr.kind === 'relative' && expr.relative?.unit === 'weekday');
  return named ? expr.weekday : undefined;
}

function mismatch(weekdayExpr: DateExpression, weekday: number, dateExpr: DateExpression, date: string) {
  const actual = weekdayOf(date);
  if (actual === weekday || Number.isNaN(actual)) return undefined;
  return {
    start: Math.min(weekdayExpr.start, dateExpr.start),
    end: Math.max(weekdayExpr.end, dateExpr.end),
    weekday,
    date,
    actual,
    message: `${weekdayExpr.text} (${dateExpr.text}): ${dateExpr.text} is a ${WEEKDAY_NAMES[actual]}`,
  };
}

/**
 * The date written beside the weekday `exprs[index]`: the one right after it, else the one right
 * before it ("12 October 2023 (Friday)"), with only JOINER between. `full`: with its year.
 */
export function dateBesideWeekday(
  text: string,
  exprs: readonly DateExpression[],
  index: number,
  full: boolean,
): DateExpression | undefined {
  const current = exprs[index];
  if (!current || statedWeekday(current) === undefined) return undefined;
  for (const neighbour of [exprs[index + 1], exprs[index - 1]]) {
    if (neighbour === undefined) continue;
    const isDay =
      neighbour.kind === 'date' &&
      !neighbour.through &&
      neighbour.day !== undefined &&
      (!full || !!isoOf(neighbour));
    const [left, right] = neighbour.start > current.start ? [current, neighbour] : [neighbour, current];
    if (isDay && JOINER.test(text.slice(left.end, right.start))) return neighbour;
  }
  return undefined;
}

/** `exprs` as scanDates returns them: in text order, not overlapping. */
export function checkWeekdays(text: string, exprs: DateExpression[]): WeekdayMismatch[] {
  const found: WeekdayMismatch[] = [];
  for (let index = 0; index < exprs.length; index++) {
    const current = exprs[index];
    const weekday = current ? statedWeekday(current) : undefined;
    const neighbour = dateBesideWeekday(text, exprs, index, true);
    const date = neighbour ? isoOf(neighbour) : undefined;
    if (current === undefined || weekday === undefined || !neighbour || date === undefined) continue;
    const problem = mismatch(current, weekday, neighbour, date);
    if (problem) found.push(problem);
  }
  return found;
}

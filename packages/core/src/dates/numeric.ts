/** Dates written in digits: "2023-10-12", "2023/10/12", "12/10/2023", "10/12/23", "12.10.2023", "12-10-2023". */
import { isValidDay } from './calendar.js';
import {
  type Cursor,
  cleanLeft,
  cleanRight,
  digitCount,
  isPunct,
  type Match,
  smallNumber,
  touching,
} from './cursor.js';

/** Tokens index..index+4 are number, mark, number, the same mark, number, all touching. */
function threeParts(cursor: Cursor, index: number, marks: readonly string[]): string | undefined {
  const mark = cursor.tokens[index + 1]?.lower ?? '';
  if (!marks.includes(mark) || !isPunct(cursor, index + 1, mark) || !isPunct(cursor, index + 3, mark)) {
    return undefined;
  }
  for (let offset = 0; offset < 4; offset++) {
    if (!touching(cursor, index + offset, index + offset + 1)) return undefined;
  }
  if (!cleanLeft(cursor, index) || !cleanRight(cursor, index + 4)) return undefined;
  return mark;
}

export function matchIsoDate(cursor: Cursor, index: number): Match | null {
  if (digitCount(cursor, index) !== 4 || !threeParts(cursor, index, ['-', '/'])) return null;
  if (digitCount(cursor, index + 2) !== 2 || digitCount(cursor, index + 4) !== 2) return null;
  const year = smallNumber(cursor, index, 4) ?? 0;
  const month = smallNumber(cursor, index + 2, 2) ?? 0;
  const day = smallNumber(cursor, index + 4, 2) ?? 0;
  if (!isValidDay(month, day, year)) return null;
  return { last: index + 4, value: { kind: 'date', year, month, day } };
}

/** Two-digit years pivot like POSIX strptime: 69–99 are 1900s, 00–68 are 2000s. */
function fullYear(digits: number, value: number): number {
  if (digits === 4) return value;
  return value >= 69 ? 1900 + value : 2000 + value;
}

/**
 * Day and month in either order. When both parts are ≤ 12 the value has no month yet: the scanner
 * settles the order once it has seen every numeric date of the text.
 */
export function matchNumericDate(cursor: Cursor, index: number): Match | null {
  const digits = digitCount(cursor, index);
  if (digits < 1 || digits > 2) return null;
  const mark = threeParts(cursor, index, ['/', '-', '.']);
  if (!mark) return null;
  const yearDigits = digitCount(cursor, index + 4);
  // Two-digit years only with slashes: "10-12-23" and "1.2.23" are as likely codes or versions.
  if (yearDigits !== 4 && !(yearDigits === 2 && mark === '/')) return null;
  const first = smallNumber(cursor, index, 2) ?? 0;
  const second = smallNumber(cursor, index + 2, 2) ?? 0;
  const year = fullYear(yearDigits, smallNumber(cursor, index + 4, 4) ?? 0);
  const last = index + 4;
  const numericParts = { first, second };
  // Dotted dates (12.10.2023) are a day-first convention.
  if (mark === '.' && isValidDay(second, first, year)) {
    return { last, value: { kind: 'date', year, month: second, day: first } };
  }
  if (first > 12 && isValidDay(second, first, year)) {
    return { last, value: { kind: 'date', year, month: second, day: first }, numericParts };
  }
  if (second > 12 && isValidDay(first, second, year)) {
    return { last, value: { kind: 'date', year, month: first, day: second }, numericParts };
  }
  if (first < 1 || second < 1 || first > 12 || second > 12) return null;
  return { last, value: { kind: 'date', year }, numericParts };
}

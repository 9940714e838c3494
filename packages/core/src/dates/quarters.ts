/**
 * Quarters and halves of a year, as company and budget releases date results: "Q3 2025", "Q3-2025",
 * "the third quarter of 2025", "third-quarter 2025", "H1 2024", "the second half of 2023". The
 * value is the months covered. Without a year ("the third quarter") there is no match: a company's
 * quarter may be of its fiscal year, and "fiscal" before it ("fiscal third quarter 2025") is left
 * out for the same reason.
 */
import {
  type Cursor,
  digitCount,
  isPunct,
  isWord,
  type Match,
  smallNumber,
  spaced,
  touching,
} from './cursor.js';

const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
]);

/**
 * Seasons of a year, the northern hemisphere's meteorological ones ("the summer of 2014": June to
 * August). Winter straddles two years and "winter 2017" is read either way, so it has no value.
 */
export const SEASONS: ReadonlyMap<string, number | undefined> = new Map([
  ['spring', 3],
  ['summer', 6],
  ['autumn', 9],
  ['fall', 9],
  ['winter', undefined],
]);

/** Words and tokens a quarter, a half or a season can start with (starters.ts). */
export const QUARTER_STARTS: readonly string[] = [
  ...ORDINALS.keys(),
  'q1',
  'q2',
  'q3',
  'q4',
  'h1',
  'h2',
  ...SEASONS.keys(),
];
const SHORT_FORMS: ReadonlyMap<string, { part: number; months: number }> = new Map([
  ['q1', { part: 1, months: 3 }],
  ['q2', { part: 2, months: 3 }],
  ['q3', { part: 3, months: 3 }],
  ['q4', { part: 4, months: 3 }],
  ['h1', { part: 1, months: 6 }],
  ['h2', { part: 2, months: 6 }],
]);

/** A year of four digits at `index`, plausible for a report. */
function yearAt(cursor: Cursor, index: number): number | undefined {
  if (digitCount(cursor, index) !== 4) return undefined;
  const year = smallNumber(cursor, index, 4);
  return year !== undefined && year >= 1900 && year <= 2199 ? year : undefined;
}

function months(year: number, part: number, length: number): Match['value'] {
  const first = (part - 1) * length + 1;
  return { kind: 'month', year, month: first, through: { month: first + length - 1 } };
}

/** After the quarter at `last`: "2025", "-2025", "of 2025", ", 2025"; the index of the year token. */
function yearAfter(cursor: Cursor, last: number): number | undefined {
  if (spaced(cursor, last, last + 1) && yearAt(cursor, last + 1) !== undefined) return last + 1;
  const joined =
    (isPunct(cursor, last + 1, '-', '–') && touching(cursor, last, last + 1)) ||
    (isPunct(cursor, last + 1, ',') && touching(cursor, last, last + 1)) ||
    (isWord(cursor, last + 1, ['of']) && spaced(cursor, last, last + 1));
  if (joined && spaced(cursor, last + 1, last + 2) !== isPunct(cursor, last + 1, '-', '–')) {
    if (yearAt(cursor, last + 2) !== undefined) return last + 2;
  }
  return undefined;
}

export function matchQuarter(cursor: Cursor, index: number): Match | null {
  const token = cursor.tokens[index];
  if (!token) return null;
  // "Q3 2025", "H1 2024"
  const short = SHORT_FORMS.get(token.lower);
  if (short) {
    const at = yearAfter(cursor, index);
    const year = at === undefined ? undefined : yearAt(cursor, at);
    if (at === undefined || year === undefined) return null;
    return { last: at, value: months(year, short.part, short.months) };
  }
  // "the summer of 2014", "fall 2017" (never "the fall of Mosul": a year must follow)
  if (SEASONS.has(token.lower)) {
    const at = yearAfter(cursor, index);
    const year = at === undefined ? undefined : yearAt(cursor, at);
    if (at === undefined || year === undefined) return null;
    const first = SEASONS.get(token.lower);
    return {
      last: at,
      value:
        first === undefined
          ? { kind: 'month', year }
          : { kind: 'month', year, month: first, through: { month: first + 2 } },
    };
  }
  // "third quarter of 2025", "third-quarter 2025", "second half of 2023"
  const part = ORDINALS.get(token.lower);
  if (part === undefined) return null;
  let at = index + 1;
  if (isPunct(cursor, at, '-') && touching(cursor, index, at) && touching(cursor, at, at + 1)) at++;
  else if (!spaced(cursor, index, at)) return null;
  const quarter = isWord(cursor, at, ['quarter']);
  if (!quarter && !(isWord(cursor, at, ['half']) && part <= 2)) return null;
  const yearToken = yearAfter(cursor, at);
  const year = yearToken === undefined ? undefined : yearAt(cursor, yearToken);
  if (yearToken === undefined || year === undefined) return null;
  return { last: yearToken, value: months(year, part, quarter ? 3 : 6) };
}

/**
 * Finds date expressions in text. One pass over the tokens: at each token the matchers that can
 * start there (starters.ts) try their patterns (each looks ahead a bounded number of tokens), the
 * longest match wins, and scanning resumes after it. Numeric dates like 12/10/2023 get their
 * day/month order once the whole text is seen.
 */
import { type Token as TextToken, tokenize } from '../text/tokenize.js';
import type { Cursor, Match, Matcher } from './cursor.js';
import type { DateExpression, ScanOptions } from './expression.js';
import { matchersAt } from './starters.js';
import { tenseAround } from './tense.js';
import { fromTextTokens } from './tokens.js';

export type { DateExpression, DateKind, RelativeUnit, ScanOptions } from './expression.js';

function longestMatch(cursor: Cursor, index: number, matchers: readonly Matcher[]): Match | null {
  let best: Match | null = null;
  for (const matcher of matchers) {
    const match = matcher(cursor, index);
    if (match && (!best || match.last > best.last)) best = match;
  }
  return best;
}

interface OpenNumeric {
  expression: DateExpression;
  first: number;
  second: number;
}

/** Gives ambiguous numeric dates their order: the caller's, else dmy if any date in the text needs it. */
function settleNumericOrder(open: OpenNumeric[], order: 'dmy' | 'mdy'): void {
  for (const { expression, first, second } of open) {
    expression.month = order === 'dmy' ? second : first;
    expression.day = order === 'dmy' ? first : second;
  }
}

/** Words between a week and the weekday in it: "next week, on Thursday", "last week on Monday". */
const WEEK_TO_WEEKDAY = new Set([',', 'on']);

/** The week offset of a "next/last/this week" written just before the weekday at token `index`, if any. */
function weekJustBefore(
  cursor: Cursor,
  expressions: readonly DateExpression[],
  index: number,
): number | undefined {
  const relative = expressions[expressions.length - 1]?.relative;
  if (relative?.unit !== 'week' || relative.trailing || cursor.previousLast === undefined) return undefined;
  const between = index - cursor.previousLast - 1;
  if (between < 0 || between > 2) return undefined;
  for (let k = cursor.previousLast + 1; k < index; k++)
    if (!WEEK_TO_WEEKDAY.has(cursor.tokens[k]?.lower ?? '')) return undefined;
  // "this week, on Sunday": the sentence's tense says which Sunday, as for a bare weekday.
  return relative.offset === 0 ? undefined : relative.offset;
}

/**
 * The date expressions of `text`, in order and not overlapping. `textTokens` are the core's tokens of
 * `text` (text/tokenize.ts), when the caller has them already.
 */
export function scanDates(
  text: string,
  options: ScanOptions = {},
  textTokens: readonly TextToken[] = tokenize(text),
): DateExpression[] {
  const tokens = fromTextTokens(text, textTokens);
  const cursor: Cursor = { text, tokens, previousLast: -1, previousKind: undefined };
  const expressions: DateExpression[] = [];
  const open: OpenNumeric[] = [];
  let dayFirstSeen = false;

  for (let index = 0; index < tokens.length; ) {
    const first = tokens[index];
    const match = first ? longestMatch(cursor, index, matchersAt(first)) : null;
    const last = match ? tokens[match.last] : undefined;
    if (!match || !first || !last) {
      index++;
      continue;
    }
    const expression: DateExpression = {
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      ...match.value,
    };
    if (tokens[index - 1]?.lower === 'since' && first.start > (tokens[index - 1]?.end ?? 0))
      expression.since = true;
    // "next week, on Thursday", "last week on Monday": the weekday is in the week just named.
    const week = expression.kind === 'weekday' ? weekJustBefore(cursor, expressions, index) : undefined;
    if (week !== undefined) expression.week = week;
    // A bare weekday is before or after the release as its sentence's verbs say.
    else if (expression.kind === 'weekday' && !expression.since) {
      const tense = tenseAround(cursor, index, match.last);
      if (tense) expression.tense = tense;
    }
    // "20 December last year", "between May and November last year": the year of the date before.
    const before = expressions[expressions.length - 1];
    const relative = expression.relative;
    if (
      before &&
      relative?.unit === 'year' &&
      !relative.trailing &&
      relative.part === undefined &&
      Math.abs(relative.offset) <= 1 &&
      cursor.previousLast === index - 1 &&
      (before.kind === 'date' || before.kind === 'month') &&
      before.month !== undefined &&
      before.year === undefined &&
      before.relative === undefined &&
      // Not "From December to March this year" (the range crosses a new year) nor "last year's champion".
      !(before.through?.month !== undefined && before.through.month < before.month) &&
      !/^['’]s\b/.test(text.slice(expression.end, expression.end + 3)) &&
      /^[^\S\r\n]+$/.test(text.slice(before.end, expression.start))
    ) {
      before.end = expression.end;
      before.text = text.slice(before.start, before.end);
      before.yearOffset = relative.offset;
      cursor.previousLast = match.last;
      index = match.last + 1;
      continue;
    }
    expressions.push(expression);
    if (match.numericParts) {
      if (match.numericParts.first > 12) dayFirstSeen = true;
      if (expression.month === undefined) open.push({ expression, ...match.numericParts });
    }
    cursor.previousLast = match.last;
    cursor.previousKind = expression.kind;
    index = match.last + 1;
  }
  settleNumericOrder(open, options.numericOrder ?? (dayFirstSeen ? 'dmy' : 'mdy'));
  return expressions;
}

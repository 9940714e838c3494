/**
 * Finds date expressions in text. One pass over the tokens: at each token the matchers that can
 * start there (starters.ts) try their patterns (each looks ahead a bounded number of tokens), the
 * longest match wins, and scanning resumes after it. Numeric dates like 12/10/2023 get their
 * day/month order once the whole text is seen.
 *
 * Paragraphs (runs of tokens between blank lines) are scanned one by one: no date runs across a
 * blank line, and nothing found before one changes what is read after it, save the numeric order.
 * So an editor's session can keep each paragraph's dates and rescan only the paragraphs an edit
 * touched (`ParagraphDatesMemo`), and get what a scan of the whole text gets.
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

/** A numeric date whose day/month order is open: its index in the paragraph's list, its first two parts. */
interface OpenPart {
  index: number;
  first: number;
  second: number;
}

/** One paragraph's dates, at the offsets where it was scanned. */
export interface ParagraphDates {
  /** Where the paragraph's first token started when it was scanned. */
  at: number;
  expressions: readonly DateExpression[];
  /** Numeric dates whose day/month order is open: index in `expressions`, first and second parts. */
  open: readonly OpenPart[];
  /** A numeric date here has a first part over 12: the text writes day first. */
  dayFirstSeen: boolean;
}

/** Paragraph dates kept by an analysis session, by paragraph text (see `paragraphKey`). */
export interface ParagraphDatesMemo {
  get(key: string): ParagraphDates | undefined;
  set(key: string, value: ParagraphDates): void;
}

/** The dates of the core tokens from `from` to `to` (one paragraph), as the whole text reads them. */
function scanParagraph(
  text: string,
  textTokens: readonly TextToken[],
  from: number,
  to: number,
): ParagraphDates {
  const tokens = fromTextTokens(text, textTokens, from, to);
  const cursor: Cursor = { text, tokens, previousLast: -1, previousKind: undefined };
  const expressions: DateExpression[] = [];
  const open: OpenPart[] = [];
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
      if (expression.month === undefined) open.push({ index: expressions.length - 1, ...match.numericParts });
    }
    cursor.previousLast = match.last;
    cursor.previousKind = expression.kind;
    index = match.last + 1;
  }
  return { at: textTokens[from]?.start ?? 0, expressions, open, dayFirstSeen };
}

/**
 * What a paragraph's scan reads: its text from its first token to its last, and whether its first
 * token opens a line (every paragraph's but, perhaps, the text's first).
 */
function paragraphKey(text: string, textTokens: readonly TextToken[], from: number, to: number): string {
  const first = textTokens[from] as TextToken;
  const last = textTokens[to - 1] as TextToken;
  return (first.lineBreakBefore ? '\n' : ' ') + text.slice(first.start, last.end);
}

/**
 * The date expressions of `text`, in order and not overlapping. `textTokens` are the core's tokens of
 * `text` (text/tokenize.ts), when the caller has them already; with `memo`, the paragraphs scanned
 * before are taken from it.
 */
export function scanDates(
  text: string,
  options: ScanOptions = {},
  textTokens: readonly TextToken[] = tokenize(text),
  memo?: ParagraphDatesMemo,
): DateExpression[] {
  const expressions: DateExpression[] = [];
  const open: OpenNumeric[] = [];
  let dayFirstSeen = false;
  let from = 0;
  for (let to = 1; to <= textTokens.length; to++) {
    if (to < textTokens.length && textTokens[to]?.gap !== 'paragraph') continue;
    let found: ParagraphDates;
    if (memo) {
      const key = paragraphKey(text, textTokens, from, to);
      const kept = memo.get(key);
      found = kept ?? scanParagraph(text, textTokens, from, to);
      if (!kept) memo.set(key, found);
    } else found = scanParagraph(text, textTokens, from, to);
    // Kept paragraphs are copied to where they now stand; none is changed once kept.
    const shift = (textTokens[from]?.start ?? 0) - found.at;
    const base = expressions.length;
    for (const e of found.expressions) {
      if (!memo) expressions.push(e);
      else {
        const copy = Object.assign({}, e);
        copy.start += shift;
        copy.end += shift;
        expressions.push(copy);
      }
    }
    for (const o of found.open)
      open.push({
        expression: expressions[base + o.index] as DateExpression,
        first: o.first,
        second: o.second,
      });
    if (found.dayFirstSeen) dayFirstSeen = true;
    from = to;
  }
  settleNumericOrder(open, options.numericOrder ?? (dayFirstSeen ? 'dmy' : 'mdy'));
  return expressions;
}

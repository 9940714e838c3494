/**
 * What a matcher sees (the tokens and what was found just before) and the small token tests the
 * matchers share. Every helper looks at a bounded number of tokens, so matching stays linear.
 */
import type { DateExpression, DateKind } from './expression.js';
import { COUNT_NOUNS } from './lexicon.js';
import type { Token } from './tokens.js';

export type DateValue = Omit<DateExpression, 'start' | 'end' | 'text'>;

export interface Match {
  /** Index of the last token the match consumed. */
  last: number;
  value: DateValue;
  /**
   * The first two parts of a numeric date (12/10/2023). Without a month in `value` the order is open
   * and settled once the whole text is seen.
   */
  numericParts?: { first: number; second: number };
}

export interface Cursor {
  text: string;
  tokens: Token[];
  /** Last token of the previous expression found, or -1. */
  previousLast: number;
  previousKind: DateKind | undefined;
}

export type Matcher = (cursor: Cursor, index: number) => Match | null;

/** Marks that may touch the start of a date: "(12 October". */
const OPENERS: ReadonlySet<string> = new Set(['(', '[', '{', '"', '“', '‘', "'", '«']);

/** Marks that may touch the end of a date: "2023),". */
const CLOSERS: ReadonlySet<string> = new Set([
  ')',
  ']',
  '}',
  '"',
  '”',
  '’',
  "'",
  '»',
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '—',
  '…',
]);

/** Tokens `a` and `b` touch, with no space between. */
export function touching(cursor: Cursor, a: number, b: number): boolean {
  const left = cursor.tokens[a];
  const right = cursor.tokens[b];
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** Token `b` exists and is separated from token `a` by whitespace. */
export function spaced(cursor: Cursor, a: number, b: number): boolean {
  const left = cursor.tokens[a];
  const right = cursor.tokens[b];
  return left !== undefined && right !== undefined && left.end < right.start;
}

export function isPunct(cursor: Cursor, index: number, ...marks: string[]): boolean {
  const token = cursor.tokens[index];
  return token?.charKind === 'punct' && marks.includes(token.lower);
}

export function isWord(
  cursor: Cursor,
  index: number,
  words: ReadonlySet<string> | readonly string[],
): boolean {
  const token = cursor.tokens[index];
  if (token?.charKind !== 'word') return false;
  return Array.isArray(words) ? words.includes(token.lower) : (words as ReadonlySet<string>).has(token.lower);
}

/** First character is upper case ("May", "MAY"). */
export function isCapitalised(cursor: Cursor, index: number): boolean {
  const token = cursor.tokens[index];
  if (!token) return false;
  const first = cursor.text[token.start] ?? '';
  return first !== first.toLowerCase();
}

/** The token opens a sentence or line, so its capital letter says nothing. */
export function startsSentence(cursor: Cursor, index: number): boolean {
  const token = cursor.tokens[index];
  if (!token) return false;
  if (token.lineBreakBefore) return true;
  let previous = index - 1;
  while (isPunct(cursor, previous, '"', '“', '‘', "'", '(', '[')) previous--;
  const before = cursor.tokens[previous];
  return before === undefined || (before.charKind === 'punct' && '.!?:;—–-•'.includes(before.lower));
}

/** Nothing glued to the left of a number that would make it part of a bigger one ("1.12", "$12", "A-12"). */
export function cleanLeft(cursor: Cursor, index: number): boolean {
  const previous = cursor.tokens[index - 1];
  if (!previous || !touching(cursor, index - 1, index)) return true;
  return previous.charKind === 'punct' && OPENERS.has(previous.lower);
}

/** Nothing glued to the right that continues the number ("12.5", "2,651", "12/", "12%"). */
export function cleanRight(cursor: Cursor, index: number): boolean {
  const next = cursor.tokens[index + 1];
  if (!next || !touching(cursor, index, index + 1)) return true;
  if (next.charKind !== 'punct' || !CLOSERS.has(next.lower)) return false;
  const after = cursor.tokens[index + 2];
  const continuesNumber =
    '.,:'.includes(next.lower) &&
    after !== undefined &&
    touching(cursor, index + 1, index + 2) &&
    (after.charKind === 'num' || after.charKind === 'alnum');
  return !continuesNumber;
}

/** The number at `index` counts something: "2000 troops". */
export function countsSomething(cursor: Cursor, index: number): boolean {
  // A noun on the next line counts nothing: "Jan. 5, 2019⏎⏎Strikes occurred …".
  return (
    spaced(cursor, index, index + 1) &&
    !cursor.tokens[index + 1]?.lineBreakBefore &&
    isWord(cursor, index + 1, COUNT_NOUNS)
  );
}

/** Value of a plain number token of at most `maxDigits` digits, else undefined. */
export function smallNumber(cursor: Cursor, index: number, maxDigits: number): number | undefined {
  const token = cursor.tokens[index];
  if (token?.charKind !== 'num' || token.end - token.start > maxDigits) return undefined;
  return Number(token.lower);
}

/** Number of digits of a plain number token (0 when it is not one). */
export function digitCount(cursor: Cursor, index: number): number {
  const token = cursor.tokens[index];
  return token?.charKind === 'num' ? token.end - token.start : 0;
}

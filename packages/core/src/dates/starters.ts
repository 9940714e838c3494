/**
 * The words a date expression can start with. Every matcher looks first at the token where the
 * expression would start, and only a number, a mixed letters-and-digits token ("12th", "1990s",
 * "10am") or one of these words gets past that first test: the scanner skips every other token
 * without asking the ten matchers. test/dates/starters.test.ts checks that no matcher ever starts
 * elsewhere.
 */
import {
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  NUMBER_WORDS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_PLURALS,
  WEEKDAYS,
} from './lexicon.js';
import { DAY_WORDS, DIRECTIONS } from './relative.js';
import { NOON_WORDS } from './times.js';
import type { Token } from './tokens.js';

const STARTING_WORDS: ReadonlySet<string> = new Set([
  // relative.ts: "today", "next week", "earlier this year", "a few days ago", "in two weeks", "the day before"
  ...DAY_WORDS.keys(),
  ...DIRECTIONS.keys(),
  'earlier',
  'later',
  'a',
  'few',
  'several',
  ...NUMBER_WORDS.keys(),
  'in',
  'the',
  // recurring.ts: "every October", "each Monday", "Mondays"
  'every',
  'each',
  ...WEEKDAY_PLURALS.keys(),
  // named.ts, weekdays.ts: month and weekday words
  ...MONTH_NAMES.keys(),
  ...MONTH_ABBREVIATIONS.keys(),
  ...WEEKDAYS.keys(),
  ...WEEKDAY_ABBREVIATIONS.keys(),
  // times.ts: "at noon"
  ...NOON_WORDS,
]);

/** A date expression may start at this token. */
export function mayStartDate(token: Token): boolean {
  if (token.kind === 'word') return STARTING_WORDS.has(token.lower);
  return token.kind !== 'punct';
}

/**
 * Which matchers to ask at a token. Every matcher looks first at the token where its expression
 * would start, and passes that test only on a number, a letters-and-digits mix ("12th", "1990s",
 * "10am") or a few words of its own: the scanner asks each token only the matchers that can start
 * there, and skips most tokens without asking any. test/dates/starters.test.ts checks that no
 * matcher ever starts where it is not asked.
 */
import type { Matcher } from './cursor.js';
import { HOLIDAY_STARTS, matchHoliday } from './holidays.js';
import {
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  NUMBER_WORDS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_PLURALS,
  WEEKDAYS,
} from './lexicon.js';
import { matchDayFirst, matchMonthFirst } from './named.js';
import { matchIsoDate, matchNumericDate } from './numeric.js';
import { EDGE_WORDS, matchEdgeOf, matchPartOf, PART_WORDS } from './parts.js';
import { matchQuarter, QUARTER_STARTS } from './quarters.js';
import { matchRecurring } from './recurring.js';
import { DAY_WORDS, DIRECTIONS, matchRelative } from './relative.js';
import { matchTime, NOON_WORDS } from './times.js';
import type { Token } from './tokens.js';
import { matchWeekday } from './weekdays.js';
import { matchDecade, matchYear } from './years.js';

interface Start {
  matcher: Matcher;
  /** Lower-case words it can start with. */
  words: Iterable<string>;
  /** It can start with a `num` token, an `alnum` token. */
  num: boolean;
  alnum: boolean;
}

/** In the order they are asked: on equal length the earlier matcher wins. */
const STARTS: readonly Start[] = [
  {
    // "today", "next week", "earlier this year", "two days ago", "in two weeks", "the day before", "recent days"
    matcher: matchRelative,
    words: [
      ...DAY_WORDS.keys(),
      ...DIRECTIONS.keys(),
      'earlier',
      'later',
      'few',
      'several',
      ...NUMBER_WORDS.keys(),
      'in',
      'recent',
      'the',
    ],
    num: true,
    alnum: false,
  },
  { matcher: matchRecurring, words: ['every', 'each', ...WEEKDAY_PLURALS.keys()], num: false, alnum: false },
  // "early November 2005", "mid-2024"
  { matcher: matchPartOf, words: PART_WORDS, num: false, alnum: false },
  // "the end of the year", "beginning of next month"
  { matcher: matchEdgeOf, words: EDGE_WORDS, num: false, alnum: false },
  // "Q3 2025", "the third quarter of 2025", "H1 2024"
  { matcher: matchQuarter, words: QUARTER_STARTS, num: false, alnum: true },
  {
    matcher: matchMonthFirst,
    words: [...MONTH_NAMES.keys(), ...MONTH_ABBREVIATIONS.keys()],
    num: false,
    alnum: false,
  },
  { matcher: matchDayFirst, words: [], num: true, alnum: true },
  { matcher: matchIsoDate, words: [], num: true, alnum: false },
  { matcher: matchNumericDate, words: [], num: true, alnum: false },
  { matcher: matchDecade, words: ['the'], num: false, alnum: true },
  { matcher: matchYear, words: [], num: true, alnum: false },
  {
    matcher: matchWeekday,
    words: [...WEEKDAYS.keys(), ...WEEKDAY_ABBREVIATIONS.keys()],
    num: false,
    alnum: false,
  },
  { matcher: matchTime, words: NOON_WORDS, num: true, alnum: true },
  // "Christmas Day 2016", "Ramadan"
  { matcher: matchHoliday, words: HOLIDAY_STARTS, num: false, alnum: false },
];

export const MATCHERS: readonly Matcher[] = STARTS.map((s) => s.matcher);

const NONE: readonly Matcher[] = [];
const FOR_NUM = STARTS.filter((s) => s.num).map((s) => s.matcher);
const FOR_ALNUM = STARTS.filter((s) => s.alnum).map((s) => s.matcher);
const FOR_WORD = new Map<string, Matcher[]>();
for (const { matcher, words } of STARTS) {
  for (const word of words) {
    const list = FOR_WORD.get(word) ?? [];
    if (!list.includes(matcher)) list.push(matcher);
    FOR_WORD.set(word, list);
  }
}

/** The matchers that can find an expression starting at `token`, in asking order. */
export function matchersAt(token: Token): readonly Matcher[] {
  switch (token.charKind) {
    case 'word':
      return FOR_WORD.get(token.lower) ?? NONE;
    case 'num':
      return FOR_NUM;
    case 'alnum':
      return FOR_ALNUM;
    default:
      return NONE;
  }
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cursor } from '../../src/dates/cursor.js';
import type { DateKind } from '../../src/dates/expression.js';
import { MATCHERS, matchersAt } from '../../src/dates/starters.js';
import { tokenize } from '../../src/dates/tokens.js';
import { repoRoot } from '../support/repo-paths.js';

const KINDS: (DateKind | undefined)[] = [
  undefined,
  'date',
  'month',
  'year',
  'weekday',
  'relative',
  'recurring',
  'time',
];

/** Every date form the scanner knows, so each matcher has its chance on every token. */
const FORMS = `Today, this morning, last night, next week, earlier this year, later today, two days ago, a few
months ago, several weeks ago, in two weeks, in a week's time, in recent weeks, the day before yesterday,
the past few days, the next two years, every October, each Monday, every two weeks, on Mondays, 12 October
2023, Oct. 12, 2023, October 11th, 2025, July 29–30, 29 July – 2 August 2023, July 2025, October of 2023,
in October, 2023-10-12, 12/10/2023, 10/12/23, 12.10.2023, the 1990s, 1990s, in 2023, since 1864, 2023's,
between 2020 and 2023, mid-2024, Thursday, Mon., Fri, 13 Oct 2023, 11:53 A.M. EDT, 4:10 pm, 10am, 14:30 CET,
at 14:30, 12 noon, at noon, until midnight, 7 o'clock, 9 hrs, Sun, 12 Oct, eleven days ago, a week ago.`;

describe('matchersAt', () => {
  it('offers each token every matcher that finds a date starting there', () => {
    const seed = readFileSync(
      join(repoRoot, 'seeds', 'nato-2023-10-12-defence-ministers-press-conference.txt'),
      'utf8',
    );
    for (const text of [FORMS, FORMS.toUpperCase(), FORMS.toLowerCase(), seed]) {
      const tokens = tokenize(text);
      const missed: string[] = [];
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index];
        if (!token) continue;
        const offered = matchersAt(token);
        for (const previousKind of KINDS) {
          const cursor: Cursor = { text, tokens, previousLast: index - 2, previousKind };
          for (const matcher of MATCHERS) {
            if (!offered.includes(matcher) && matcher(cursor, index))
              missed.push(`${matcher.name} at ${token.lower}@${token.start}`);
          }
        }
      }
      expect(missed).toEqual([]);
    }
  });
});

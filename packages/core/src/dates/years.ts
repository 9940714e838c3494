/** Bare years in a date context ("in 2023", "since 1864", "2023's", "between 2020 and 2023", "a 2008 raid") and decades ("the 1990s"). */
import { continuesSeries, cueBefore, isTemporalCue } from './cues.js';
import {
  type Cursor,
  cleanLeft,
  cleanRight,
  countsSomething,
  digitCount,
  isCapitalised,
  isPunct,
  isWord,
  type Match,
  smallNumber,
  spaced,
  touching,
} from './cursor.js';
import { yearAt } from './words.js';

/** "2023's" */
function possessive(cursor: Cursor, index: number): boolean {
  return (
    isPunct(cursor, index + 1, "'", '’') &&
    touching(cursor, index, index + 1) &&
    isWord(cursor, index + 2, ['s']) &&
    touching(cursor, index + 1, index + 2)
  );
}

/** "2020–" opening a range of years: the dash does not spoil the first year. */
function opensRange(cursor: Cursor, index: number): boolean {
  return (
    isPunct(cursor, index + 1, '-', '–') &&
    touching(cursor, index, index + 1) &&
    touching(cursor, index + 1, index + 2) &&
    digitCount(cursor, index + 2) > 0
  );
}

/** Nothing but punctuation (or the end of the text) follows. */
function endsPhrase(cursor: Cursor, index: number): boolean {
  const next = cursor.tokens[index + 1];
  return next === undefined || next.charKind === 'punct';
}

/** Determiners before a year used as a modifier: "a 2008 raid", "the 1991 Gulf War". */
const DETERMINERS = ['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our'];

/**
 * A year modifying what follows it: a determiner before, and after it a capitalised word ("the
 * 1991 Gulf War") or a singular lower-case noun ("a 2008 raid"), so not "the 2000 troops".
 */
function modifiesNoun(cursor: Cursor, index: number): boolean {
  const next = cursor.tokens[index + 1];
  if (!isWord(cursor, index - 1, DETERMINERS) || !spaced(cursor, index - 1, index)) return false;
  if (next?.charKind !== 'word' || !spaced(cursor, index, index + 1)) return false;
  return isCapitalised(cursor, index + 1) || !next.lower.endsWith('s');
}

export function matchYear(cursor: Cursor, index: number): Match | null {
  if (digitCount(cursor, index) !== 4) return null;
  const year = smallNumber(cursor, index, 4) ?? 0;
  const cue = cueBefore(cursor, index);
  const series = continuesSeries(cursor, index, ['year']);
  const modifier = cue === undefined && !series && modifiesNoun(cursor, index);
  if (cue === undefined && !series && !modifier && !possessive(cursor, index)) return null;
  // "in"/"since" are temporal enough for old years; "by"/"of" also go with quantities.
  const earliest = isTemporalCue(cue) ? 1000 : 1900;
  if (year < earliest || year > 2099) return null;
  // Glued on the left only by a hyphen or dash we read as part of the phrase: "mid-2024", "2019–2023".
  if (!cleanLeft(cursor, index) && cue !== 'mid' && !(series && cue === undefined)) return null;
  if (!cleanRight(cursor, index) && !opensRange(cursor, index)) return null;
  if (countsSomething(cursor, index)) return null;
  // "a total of 2000 in aid": a round hundred after a quantity cue is a year only at a phrase end.
  const quantityCue = cue !== undefined && !isTemporalCue(cue);
  if (quantityCue && year % 100 === 0 && !endsPhrase(cursor, index)) return null;
  const range = yearRangeEnd(cursor, index, year, cue);
  if (range) return { last: range.last, value: { kind: 'year', year, through: { year: range.year } } };
  return { last: index, value: { kind: 'year', year } };
}

/**
 * "1990-91", "1980–88", "1977-1979": a later year glued to the first by a hyphen or dash, in full
 * or by its last two digits, is one range of years.
 */
/** Words joining two years into one range after "from" ("from 2014 to 2017") or "between" ("between 2014 and 2017"). */
const RANGE_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['from', ['to', 'through', 'until', 'till']],
  ['between', ['and']],
]);

function yearRangeEnd(
  cursor: Cursor,
  index: number,
  year: number,
  cue: string | undefined,
): { last: number; year: number } | null {
  // "from 2014 to 2017", "between 2014 and 2017": four-digit years joined by a word.
  const words = cue === undefined ? undefined : RANGE_WORDS.get(cue);
  if (
    words &&
    isWord(cursor, index + 1, words) &&
    spaced(cursor, index, index + 1) &&
    spaced(cursor, index + 1, index + 2)
  ) {
    // A later year, within a century, that counts nothing.
    const end = yearAt(cursor, index + 2, year + 1, Math.min(2099, year + 100));
    return end === undefined ? null : { last: index + 2, year: end };
  }
  if (!opensRange(cursor, index) || !cleanRight(cursor, index + 2)) return null;
  const digits = digitCount(cursor, index + 2);
  const written = smallNumber(cursor, index + 2, digits) ?? 0;
  let end: number;
  if (digits === 4) end = written;
  else if (digits === 2) {
    end = year - (year % 100) + written;
    if (end <= year) end += 100; // "1999-00"
  } else return null;
  return end > year && end <= 2099 && end - year <= 100 ? { last: index + 2, year: end } : null;
}

const DECADE = /^(\d{3}0)s$/;

/** "the 1990s" (article included) or "1990s"; `afterPart`: glued to "mid-" on its left ("mid-2000s"). */
export function matchDecade(cursor: Cursor, index: number, afterPart = false): Match | null {
  const withArticle = isWord(cursor, index, ['the']) && spaced(cursor, index, index + 1);
  const at = withArticle ? index + 1 : index;
  const token = cursor.tokens[at];
  if (token?.charKind !== 'alnum' || token.end - token.start !== 5) return null;
  const match = DECADE.exec(token.lower);
  const year = match ? Number(match[1]) : 0;
  if (year < 1000 || year > 2090) return null;
  if ((!withArticle && !afterPart && !cleanLeft(cursor, at)) || !cleanRight(cursor, at)) return null;
  return { last: at, value: { kind: 'year', year, through: { year: year + 9 } } };
}

/**
 * Dates named by a holiday: "Christmas Day", "New Year's Eve", "Easter", "Thanksgiving", "Labor
 * Day", "Ramadan", "Eid al-Fitr", with or without a year ("Christmas 2016"). Days of remembrance
 * and national days ("Memorial Day", "Anzac Day") are events (knowledge/events.ts). Holidays of the
 * Gregorian calendar get a value (fixed days, Easter, the Nth weekday of a month; US observance
 * where countries differ); those of lunar calendars (Ramadan, Eid, Passover, …) move every year
 * and are found without one, as the text rarely says which year's and an approximation would
 * mislead.
 */
import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from './calendar.js';
import { type Cursor, isCapitalised, type Match, spaced, touching } from './cursor.js';

/** When a holiday falls in year `year`: its month and day. */
type Rule = (year: number) => { month: number; day: number };

const fixed =
  (month: number, day: number): Rule =>
  () => ({ month, day });

/** The `n`th `weekday` (0 = Sunday) of `month`. */
const nthWeekday =
  (month: number, weekday: number, n: number): Rule =>
  (year) => {
    const first = weekdayOfDayNumber(toDayNumber(year, month, 1));
    return { month, day: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
  };

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm), shifted by `shift` days. */
const easter =
  (shift: number): Rule =>
  (year) => {
    const a = year % 19;
    const b = Math.floor(year / 100);
    const c = year % 100;
    const d = Math.floor(b / 4);
    const e = b % 4;
    const f = Math.floor((b + 8) / 25);
    const g = Math.floor((b - f + 1) / 3);
    const h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4);
    const k = c % 4;
    const l = (32 + 2 * e + 2 * i - h - k) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    const day = ((h + l - 7 * m + 114) % 31) + 1;
    const date = fromDayNumber(toDayNumber(year, month, day) + shift);
    return { month: date.month, day: date.day };
  };

interface Holiday {
  /** Its name, lower case, as the expression's `holiday` gives it. */
  name: string;
  /** Lower-case words, an apostrophe written "'" (either apostrophe matches). */
  words: readonly string[];
  /** Undefined for holidays of a lunar calendar. */
  rule?: Rule;
}

const holiday = (phrase: string, rule?: Rule): Holiday => ({
  name: phrase,
  words: phrase
    .replace(/'/g, " ' ")
    .split(/[\s-]+/)
    .filter(Boolean),
  ...(rule ? { rule } : {}),
});

/** Longer phrases first: the first that matches wins. */
const HOLIDAYS: readonly Holiday[] = [
  holiday('christmas eve', fixed(12, 24)),
  holiday('christmas day', fixed(12, 25)),
  holiday('christmas', fixed(12, 25)),
  holiday("new year's eve", fixed(12, 31)),
  holiday("new year's day", fixed(1, 1)),
  holiday('boxing day', fixed(12, 26)),
  holiday('easter sunday', easter(0)),
  holiday('easter monday', easter(1)),
  holiday('good friday', easter(-2)),
  holiday('easter', easter(0)),
  holiday('thanksgiving day', nthWeekday(11, 4, 4)),
  holiday('thanksgiving', nthWeekday(11, 4, 4)),
  holiday('labor day', nthWeekday(9, 1, 1)),
  holiday('halloween', fixed(10, 31)),
  holiday('eid al-fitr'),
  holiday('eid al-adha'),
  holiday('eid'),
  holiday('ramadan'),
  holiday('ashura'),
  holiday('nowruz'),
  holiday('passover'),
  holiday('hanukkah'),
  holiday('yom kippur'),
  holiday('rosh hashanah'),
];

/** First words of the holidays, for the scanner (starters.ts). */
export const HOLIDAY_STARTS: readonly string[] = [...new Set(HOLIDAYS.map((h) => h.words[0] as string))];

const APOSTROPHES = new Set(["'", '’']);

/** The token at `index` is `word` ("'" matching either apostrophe), joined as the phrase needs. */
function wordAt(cursor: Cursor, index: number, word: string): boolean {
  const token = cursor.tokens[index];
  if (!token) return false;
  if (word === "'")
    return token.charKind === 'punct' && APOSTROPHES.has(token.lower) && touching(cursor, index - 1, index);
  // "s" of "Year's" touches its apostrophe; "al-Fitr" its hyphen (skipped, see below).
  return token.charKind === 'word' && token.lower === word;
}

/** The index after `words` matched from `index` (hyphens between words allowed), or -1. */
function phraseEnd(cursor: Cursor, index: number, words: readonly string[]): number {
  let k = index;
  for (let w = 0; w < words.length; w++) {
    if (
      w > 0 &&
      cursor.tokens[k]?.charKind === 'punct' &&
      cursor.tokens[k]?.lower === '-' &&
      words[w] !== "'"
    )
      k++;
    if (!wordAt(cursor, k, words[w] as string)) return -1;
    k++;
  }
  return k;
}

/** "Christmas Day 2016", "Easter", "Eid al-Fitr": capitalised, as holidays are written. */
export function matchHoliday(cursor: Cursor, index: number): Match | null {
  if (!isCapitalised(cursor, index)) return null;
  for (const h of HOLIDAYS) {
    const end = phraseEnd(cursor, index, h.words);
    if (end < 0) continue;
    let last = end - 1;
    // "Easter Island", "Christmas Island": a capitalised word after it makes the name another's.
    if (spaced(cursor, last, end) && cursor.tokens[end]?.charKind === 'word' && isCapitalised(cursor, end))
      return null;
    const yearToken = cursor.tokens[end];
    const year =
      yearToken?.charKind === 'num' && yearToken.end - yearToken.start === 4 && spaced(cursor, last, end)
        ? Number(yearToken.lower)
        : undefined;
    if (year !== undefined) last = end;
    return {
      last,
      value: { kind: 'holiday', holiday: h.name, ...(year !== undefined ? { year } : {}) },
    };
  }
  return null;
}

/** The holiday's day in `year`, or undefined for a lunar one or an unknown name. */
export function holidayDate(name: string, year: number): { month: number; day: number } | undefined {
  return HOLIDAYS.find((h) => h.name === name)?.rule?.(year);
}

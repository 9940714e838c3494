/**
 * Clock times: "11:53 A.M. EDT", "4:10 pm", "3:00 p.m.", "10am", "14:30 CET", "at 14:30", "12 noon",
 * and "noon"/"midnight" in lower case after "at"/"by"/"until" (so "Steadfast Noon" stays a name).
 */
import {
  type Cursor,
  cleanLeft,
  cleanRight,
  isPunct,
  isWord,
  type Match,
  smallNumber,
  spaced,
  touching,
} from './cursor.js';
import { NOON_CUES, TIME_CUES, TIME_ZONES } from './lexicon.js';

const TIME: Match['value'] = { kind: 'time' };
const HOUR_WITH_MERIDIEM = /^(\d{1,2})(am|pm)$/;
export const NOON_WORDS: readonly string[] = ['noon', 'midnight', 'midday'];

/** "am", "PM", "a.m.", "A.M" at `index`; returns its last token. */
function meridiemAt(cursor: Cursor, index: number): number | undefined {
  const token = cursor.tokens[index];
  if (token?.charKind !== 'word') return undefined;
  if (token.lower === 'am' || token.lower === 'pm') return index;
  if (token.lower !== 'a' && token.lower !== 'p') return undefined;
  const dotted =
    isPunct(cursor, index + 1, '.') &&
    touching(cursor, index, index + 1) &&
    isWord(cursor, index + 2, ['m']) &&
    touching(cursor, index + 1, index + 2);
  if (!dotted) return undefined;
  return isPunct(cursor, index + 3, '.') && touching(cursor, index + 2, index + 3) ? index + 3 : index + 2;
}

/** "EDT", "UTC" (upper case only), "local time" at `index`; returns its last token. */
function zoneAt(cursor: Cursor, index: number): number | undefined {
  const token = cursor.tokens[index];
  if (token?.charKind !== 'word') return undefined;
  if (TIME_ZONES.has(cursor.text.slice(token.start, token.end))) return index;
  return token.lower === 'local' && isWord(cursor, index + 1, ['time']) ? index + 1 : undefined;
}

/** "o'clock" after the hour. */
function oClockAt(cursor: Cursor, index: number): number | undefined {
  const glued = isWord(cursor, index, ['o']) && isPunct(cursor, index + 1, "'", '’');
  const clock = glued && isWord(cursor, index + 2, ['clock']);
  return clock && touching(cursor, index, index + 1) && touching(cursor, index + 1, index + 2)
    ? index + 2
    : undefined;
}

interface Clock {
  hour: number;
  last: number;
  minutes: boolean;
  meridiem: boolean;
  dotted: boolean;
}

/** "10am", "4", "4:10", "4:10:30", "4.30pm": the numeric part of a time. */
function clockAt(cursor: Cursor, index: number): Clock | null {
  const token = cursor.tokens[index];
  if (!token || !cleanLeft(cursor, index)) return null;
  if (token.charKind === 'alnum') {
    const match = HOUR_WITH_MERIDIEM.exec(token.lower);
    return match
      ? { hour: Number(match[1]), last: index, minutes: false, meridiem: true, dotted: false }
      : null;
  }
  const hour = smallNumber(cursor, index, 2);
  if (hour === undefined) return null;
  const separated = isPunct(cursor, index + 1, ':', '.') && touching(cursor, index, index + 1);
  const minuteToken =
    separated && touching(cursor, index + 1, index + 2) ? cursor.tokens[index + 2] : undefined;
  const dotted = cursor.tokens[index + 1]?.lower === '.';
  if (minuteToken?.charKind === 'alnum' && /^[0-5]\d(?:am|pm)$/.test(minuteToken.lower)) {
    return { hour, last: index + 2, minutes: true, meridiem: true, dotted };
  }
  const minutes =
    minuteToken?.charKind === 'num' && minuteToken.lower.length === 2 ? Number(minuteToken.lower) : -1;
  if (minutes < 0 || minutes > 59) {
    return cleanRight(cursor, index)
      ? { hour, last: index, minutes: false, meridiem: false, dotted: false }
      : null;
  }
  let last = index + 2;
  const seconds =
    isPunct(cursor, last + 1, ':') && touching(cursor, last, last + 1)
      ? smallNumber(cursor, last + 2, 2)
      : undefined;
  if (seconds !== undefined && seconds <= 59 && cursor.tokens[last + 2]?.lower.length === 2) last += 2;
  return cleanRight(cursor, last) ? { hour, last, minutes: true, meridiem: false, dotted } : null;
}

function clockTime(cursor: Cursor, index: number): Match | null {
  const clock = clockAt(cursor, index);
  if (!clock) return null;
  let last = clock.last;
  let meridiem = clock.meridiem;
  const writtenMeridiem = meridiem ? undefined : meridiemAt(cursor, last + 1);
  if (writtenMeridiem !== undefined && (spaced(cursor, last, last + 1) || clock.minutes)) {
    last = writtenMeridiem;
    meridiem = true;
  }
  const oClock = meridiem ? undefined : oClockAt(cursor, last + 1);
  if (oClock !== undefined && spaced(cursor, last, last + 1)) last = oClock;
  const zone = spaced(cursor, last, last + 1) ? zoneAt(cursor, last + 1) : undefined;
  if (zone !== undefined) last = zone;
  const hours = spaced(cursor, last, last + 1) && isWord(cursor, last + 1, ['hrs', 'hours', 'h']);
  if (hours && clock.minutes && !meridiem) last++;
  if (meridiem ? clock.hour < 1 || clock.hour > 12 : clock.hour > 23) return null;
  const cued = isWord(cursor, index - 1, TIME_CUES) && spaced(cursor, index - 1, index);
  // A bare "14:30" needs a cue, a zone or "hours"; "10.30" (a decimal too) needs a meridiem or zone.
  const marked = meridiem || zone !== undefined || oClock !== undefined;
  const clockLike = clock.minutes && !clock.dotted && (cued || hours);
  return marked || clockLike ? { last, value: TIME } : null;
}

/** "12 noon" */
function twelveNoon(cursor: Cursor, index: number): Match | null {
  if (
    smallNumber(cursor, index, 2) !== 12 ||
    !cleanLeft(cursor, index) ||
    !spaced(cursor, index, index + 1)
  ) {
    return null;
  }
  return isLowerCaseWord(cursor, index + 1, NOON_WORDS) ? { last: index + 1, value: TIME } : null;
}

function isLowerCaseWord(cursor: Cursor, index: number, words: readonly string[]): boolean {
  const token = cursor.tokens[index];
  return (
    token?.charKind === 'word' &&
    words.includes(token.lower) &&
    cursor.text.slice(token.start, token.end) === token.lower
  );
}

/** "at noon", "until midnight"; a capitalised "Noon" is a name ("Steadfast Noon"). */
function noon(cursor: Cursor, index: number): Match | null {
  if (!isLowerCaseWord(cursor, index, NOON_WORDS)) return null;
  const cued = isWord(cursor, index - 1, NOON_CUES) && spaced(cursor, index - 1, index);
  return cued ? { last: index, value: TIME } : null;
}

/**
 * "0800 local time", "2130 hours", "1430 GMT": a military time, four digits for hours and minutes,
 * only with a zone or "hours" after it (a bare "2016" is a year, "1200" a count).
 */
function militaryTime(cursor: Cursor, index: number): Match | null {
  const token = cursor.tokens[index];
  if (token?.charKind !== 'num' || !/^[0-2]\d[0-5]\d$/.test(token.lower) || Number(token.lower) > 2359)
    return null;
  if (!cleanLeft(cursor, index) || !spaced(cursor, index, index + 1)) return null;
  const zone = zoneAt(cursor, index + 1);
  if (zone !== undefined) return { last: zone, value: TIME };
  if (!isWord(cursor, index + 1, ['hrs', 'hours'])) return null;
  // "In 2016 hours were long": from 2000, a time needs "at" or the like before it.
  const cued = isWord(cursor, index - 1, TIME_CUES) && spaced(cursor, index - 1, index);
  return token.lower < '2000' || cued ? { last: index + 1, value: TIME } : null;
}

export function matchTime(cursor: Cursor, index: number): Match | null {
  return (
    twelveNoon(cursor, index) ??
    clockTime(cursor, index) ??
    militaryTime(cursor, index) ??
    noon(cursor, index)
  );
}

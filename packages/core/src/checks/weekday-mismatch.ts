/**
 * A weekday next to a full date that is not that date's weekday ("Friday (12 October 2023)"). The
 * finding is dates/check.ts's; this adds the fix: write the date's real weekday in the same style.
 */
import { checkWeekdays, type WeekdayMismatch } from '../dates/check.js';
import type { DateExpression } from '../dates/expression.js';
import { WEEKDAY_NAMES } from '../dates/lexicon.js';
import type { Note, TextEdit } from '../types.js';
import type { CheckInput } from './input.js';

/** A weekday word as written: full ("Friday"), plural ("Fridays") or abbreviated ("Fri", "Thurs."). */
const WEEKDAY_WORD = /\b(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:[a-z]*)\b/i;

/** `name` written in the case of `model`: "FRIDAY" → "THURSDAY", "friday" → "thursday". */
function inCaseOf(model: string, name: string): string {
  if (model === model.toUpperCase()) return name.toUpperCase();
  if (model === model.toLowerCase()) return name.toLowerCase();
  return name;
}

/** The replacement for the weekday word: full name for a full name, a three-letter form for an abbreviation. */
function rewrite(word: string, actual: number): string {
  const full = WEEKDAY_NAMES[actual] ?? '';
  const long = word.length > 4 && WEEKDAY_NAMES.some((n) => word.toLowerCase().startsWith(n.toLowerCase()));
  return inCaseOf(word, long ? full : full.slice(0, 3));
}

function weekdayEdit(
  text: string,
  weekday: DateExpression | undefined,
  actual: number,
): TextEdit | undefined {
  if (!weekday) return undefined;
  const written = text.slice(weekday.start, weekday.end);
  const match = WEEKDAY_WORD.exec(written);
  if (!match) return undefined;
  const start = weekday.start + match.index;
  return { start, end: start + match[0].length, text: rewrite(match[0], actual) };
}

const isWeekday = (d: DateExpression) =>
  d.kind === 'weekday' || (d.kind === 'relative' && d.relative?.unit === 'weekday');

export function checkWeekdayMismatch(input: CheckInput): Note[] {
  const { text, dates } = input;
  // The mismatch spans the weekday and the date: the weekday starts or ends it.
  const byStart = new Map<number, DateExpression>();
  const byEnd = new Map<number, DateExpression>();
  for (const d of dates) {
    if (!isWeekday(d)) continue;
    byStart.set(d.start, d);
    byEnd.set(d.end, d);
  }
  return checkWeekdays(text, [...dates]).map((m: WeekdayMismatch) => {
    const note: Note = { code: 'weekday-mismatch', message: m.message, start: m.start, end: m.end };
    const edit = weekdayEdit(text, byStart.get(m.start) ?? byEnd.get(m.end), m.actual);
    if (edit) note.fixes = [{ label: `Write \u201c${edit.text}\u201d`, edits: [edit] }];
    return note;
  });
}

/**
 * Readable forms of the core's resolved date values ("2023-10-12", "2023-10-16/2023-10-22") for
 * hovers (long: "Thursday 12 October 2023", "16–22 October 2023") and inlay hints (short:
 * "12 Oct 2023", "16–22 Oct 2023").
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

function parseDay(value: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31) return undefined;
  return day;
}

/** Weekday name of a day (proleptic Gregorian, UTC: no time zone can shift it). */
export function weekdayOf(day: Day): string {
  return WEEKDAYS[new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()] ?? '';
}

function monthName(month: number, short: boolean): string {
  const name = MONTHS[month - 1] ?? '';
  return short ? name.slice(0, 3) : name;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A resolved value in words, or undefined when it is not a date or range the core writes.
 * `weekday` adds the weekday to single days ("Thursday 12 October 2023").
 */
export function formatDateValue(
  value: string,
  options: { short?: boolean; weekday?: boolean } = {},
): string | undefined {
  const short = options.short === true;
  const [first, second] = value.split('/');
  const from = first === undefined ? undefined : parseDay(first);
  if (from === undefined) return undefined;
  if (second === undefined) {
    const text = `${from.day} ${monthName(from.month, short)} ${from.year}`;
    return options.weekday ? `${weekdayOf(from)} ${text}` : text;
  }
  const to = parseDay(second);
  if (to === undefined) return undefined;
  const wholeYear = from.month === 1 && from.day === 1 && to.month === 12 && to.day === 31;
  if (wholeYear && from.year === to.year) return `${from.year}`;
  const wholeMonth =
    from.year === to.year &&
    from.month === to.month &&
    from.day === 1 &&
    to.day === lastDayOfMonth(to.year, to.month);
  if (wholeMonth) return `${monthName(from.month, short)} ${from.year}`;
  if (from.year === to.year && from.month === to.month) {
    return `${from.day}–${to.day} ${monthName(from.month, short)} ${from.year}`;
  }
  if (from.year === to.year) {
    return `${from.day} ${monthName(from.month, short)} – ${to.day} ${monthName(to.month, short)} ${to.year}`;
  }
  return `${from.day} ${monthName(from.month, short)} ${from.year} – ${to.day} ${monthName(to.month, short)} ${to.year}`;
}

/** Whether a date as written already states its full value (a year), so a hint would repeat it. */
export function statesFullDate(text: string): boolean {
  return /\b\d{4}\b/.test(text) || /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(text);
}

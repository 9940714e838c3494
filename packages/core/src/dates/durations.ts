/**
 * A count of calendar or clock units as an ISO 8601 duration: "18 months" is P18M, "25 minutes"
 * PT25M, "two decades" P20Y. A length of time has no place on the calendar, so it carries this
 * instead of a date value.
 */

/** Unit (singular, lower case) → its designator, and whether it is a clock unit (after "T"). */
const DESIGNATORS: ReadonlyMap<string, { letter: string; clock: boolean; times: number }> = new Map([
  ['year', { letter: 'Y', clock: false, times: 1 }],
  ['decade', { letter: 'Y', clock: false, times: 10 }],
  ['month', { letter: 'M', clock: false, times: 1 }],
  ['week', { letter: 'W', clock: false, times: 1 }],
  ['day', { letter: 'D', clock: false, times: 1 }],
  ['hour', { letter: 'H', clock: true, times: 1 }],
  ['minute', { letter: 'M', clock: true, times: 1 }],
  ['second', { letter: 'S', clock: true, times: 1 }],
]);

/** The ISO 8601 duration of `count` units ("months", "Year", "decades"); undefined for no positive count or an unknown unit. */
export function isoDuration(count: number, unit: string): string | undefined {
  const lower = unit.toLowerCase();
  const designator = DESIGNATORS.get(lower.endsWith('s') ? lower.slice(0, -1) : lower);
  if (!designator || !Number.isFinite(count) || count <= 0) return undefined;
  // Rounded so that 1.1 decades is 11 years, not 11.000000000000002.
  const amount = Math.round(count * designator.times * 1000) / 1000;
  return `P${designator.clock ? 'T' : ''}${amount}${designator.letter}`;
}

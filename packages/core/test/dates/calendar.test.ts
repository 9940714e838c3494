import { describe, expect, it } from 'vitest';
import {
  formatDayNumber,
  formatIso,
  fromDayNumber,
  parseIso,
  toDayNumber,
} from '../../src/dates/calendar.js';

describe('calendar arithmetic', () => {
  it('numbers every real day from 1600 to 2400 consecutively and back', () => {
    const problems: string[] = [];
    let expected = toDayNumber(1600, 1, 1);
    for (let year = 1600; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const iso = formatIso({ year, month, day });
          if (!parseIso(iso)) continue;
          const number = toDayNumber(year, month, day);
          if (number !== expected || formatIso(fromDayNumber(number)) !== iso) problems.push(iso);
          expected = number + 1;
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('agrees with known day numbers', () => {
    expect(toDayNumber(1970, 1, 1)).toBe(0);
    expect(formatDayNumber(19642)).toBe('2023-10-12');
    expect(formatDayNumber(-1)).toBe('1969-12-31');
  });

  it('parses only real ISO days', () => {
    expect(parseIso('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIso('2023-02-29')).toBeUndefined();
    expect(parseIso('2023-1-5')).toBeUndefined();
  });
});

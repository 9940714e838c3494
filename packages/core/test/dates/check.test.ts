import { describe, expect, it } from 'vitest';
import { checkWeekdays } from '../../src/dates/check.js';
import { scanDates } from '../../src/dates/scan.js';

function check(text: string) {
  return checkWeekdays(text, scanDates(text));
}

describe('checkWeekdays', () => {
  it('accepts a weekday that matches its date', () => {
    expect(check('on Thursday (12 October 2023) for a second day')).toEqual([]);
    expect(check('Thursday, 12 October 2023')).toEqual([]);
    expect(check('Monday, April 22, 2024')).toEqual([]);
    expect(check('12 October 2023 (Thursday)')).toEqual([]);
  });

  it('reports a weekday that does not match the date after it', () => {
    const text = 'on Friday (12 October 2023) for a second day';
    expect(check(text)).toEqual([
      {
        start: 3,
        end: 26,
        weekday: 5,
        date: '2023-10-12',
        actual: 4,
        message: 'Friday (12 October 2023): 12 October 2023 is a Thursday',
      },
    ]);
    expect(text.slice(3, 26)).toBe('Friday (12 October 2023');
  });

  it('reports a weekday that does not match the date before it', () => {
    const text = 'on 12 October 2023 (Friday).';
    const [problem] = check(text);
    expect(problem).toMatchObject({ weekday: 5, actual: 4, date: '2023-10-12' });
    expect(problem?.message).toBe('Friday (12 October 2023): 12 October 2023 is a Thursday');
    expect(text.slice(problem?.start, problem?.end)).toBe('12 October 2023 (Friday');
  });

  it('checks comma-joined and US-style dates', () => {
    expect(check('Monday, 22 April 2024')).toEqual([]);
    expect(check('Tuesday, April 22, 2024').map((m) => m.message)).toEqual([
      'Tuesday (April 22, 2024): April 22, 2024 is a Monday',
    ]);
  });

  it('ignores weekdays and dates that are not side by side', () => {
    expect(check('On Friday, ministers met. The summit opened on 12 October 2023.')).toEqual([]);
    expect(check('Friday and 12 October 2023')).toEqual([]);
  });

  it('ignores dates without a year, and ranges', () => {
    expect(check('Friday, October 12')).toEqual([]);
    expect(check('Friday, 12–13 October 2023')).toEqual([]);
  });

  it('checks a relative weekday written with its date', () => {
    expect(check('next Friday, 12 October 2023')).toHaveLength(1);
  });
});

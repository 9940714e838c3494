import { describe, expect, it } from 'vitest';
import { resolveDate, weekdayOf } from '../../src/dates/resolve.js';
import { type DateExpression, scanDates } from '../../src/dates/scan.js';

function expr(fields: Partial<DateExpression> & Pick<DateExpression, 'kind'>): DateExpression {
  return { start: 0, end: 0, text: '', ...fields };
}

describe('weekdayOf', () => {
  it.each([
    ['2023-10-12', 4],
    ['1970-01-01', 4],
    ['2000-02-29', 2],
    ['2024-04-22', 1],
    ['1864-08-22', 1],
    ['2099-12-31', 4],
  ])('%s is day %i', (iso, weekday) => {
    expect(weekdayOf(iso)).toBe(weekday);
  });

  it('is NaN for malformed or impossible dates', () => {
    expect(weekdayOf('2023-02-29')).toBeNaN();
    expect(weekdayOf('12 October 2023')).toBeNaN();
  });
});

describe('resolveDate', () => {
  const anchor = '2023-10-12';

  it('resolves full and partial calendar dates', () => {
    expect(resolveDate(expr({ kind: 'date', year: 2023, month: 10, day: 12 }), null)).toBe('2023-10-12');
    expect(resolveDate(expr({ kind: 'date', month: 10, day: 12 }), anchor)).toBe('2023-10-12');
    expect(resolveDate(expr({ kind: 'date', month: 10, day: 12 }), null)).toBeUndefined();
    expect(resolveDate(expr({ kind: 'date', month: 2, day: 29 }), anchor)).toBeUndefined();
    expect(
      resolveDate(expr({ kind: 'date', month: 12, day: 30, through: { month: 1, day: 2 } }), anchor),
    ).toBe('2023-12-30/2024-01-02');
  });

  it('resolves months and years to ranges', () => {
    expect(resolveDate(expr({ kind: 'month', year: 2023, month: 10 }), null)).toBe('2023-10-01/2023-10-31');
    expect(resolveDate(expr({ kind: 'month', month: 2 }), '2024-05-01')).toBe('2024-02-01/2024-02-29');
    expect(resolveDate(expr({ kind: 'year', year: 2023 }), null)).toBe('2023-01-01/2023-12-31');
  });

  it('resolves weeks around the year boundary', () => {
    const nextWeek = expr({ kind: 'relative', relative: { unit: 'week', offset: 1 } });
    expect(resolveDate(nextWeek, '2023-12-28')).toBe('2024-01-01/2024-01-07');
    const thisWeek = expr({ kind: 'relative', relative: { unit: 'week', offset: 0 } });
    expect(resolveDate(thisWeek, '2023-10-15')).toBe('2023-10-09/2023-10-15');
    expect(resolveDate(thisWeek, '2023-10-16')).toBe('2023-10-16/2023-10-22');
  });

  it('resolves months across the year boundary', () => {
    const lastMonth = expr({ kind: 'relative', relative: { unit: 'month', offset: -1 } });
    expect(resolveDate(lastMonth, '2024-01-15')).toBe('2023-12-01/2023-12-31');
    const nextMonth = expr({ kind: 'relative', relative: { unit: 'month', offset: 1 } });
    expect(resolveDate(nextMonth, '2023-12-15')).toBe('2024-01-01/2024-01-31');
  });

  it('resolves a lone weekday to the nearest such day, at most three days either side', () => {
    const weekday = (day: number) => expr({ kind: 'weekday', weekday: day });
    expect(resolveDate(weekday(4), anchor)).toBe('2023-10-12');
    expect(resolveDate(weekday(1), anchor)).toBe('2023-10-09');
    expect(resolveDate(weekday(0), anchor)).toBe('2023-10-15');
    // "on Sunday" in a Monday release is the day before, not six days on; "Monday" on a Sunday the day after.
    expect(resolveDate(weekday(0), '2017-01-09')).toBe('2017-01-08');
    expect(resolveDate(weekday(1), '2023-10-15')).toBe('2023-10-16');
  });

  it('resolves next/last weekdays to the nearest one strictly after/before the anchor', () => {
    const relative = (weekday: number, offset: number) =>
      expr({ kind: 'relative', weekday, relative: { unit: 'weekday', offset } });
    expect(resolveDate(relative(1, 1), anchor)).toBe('2023-10-16');
    expect(resolveDate(relative(5, 1), anchor)).toBe('2023-10-13');
    expect(resolveDate(relative(4, 1), anchor)).toBe('2023-10-19');
    expect(resolveDate(relative(5, -1), anchor)).toBe('2023-10-06');
    expect(resolveDate(relative(4, -1), anchor)).toBe('2023-10-05');
    expect(resolveDate(relative(3, -1), anchor)).toBe('2023-10-11');
  });

  it("takes the nearer year across the turn of the year, and the anchor's otherwise", () => {
    const december = '2016-12-01';
    expect(resolveDate(expr({ kind: 'month', month: 1 }), december)).toBe('2017-01-01/2017-01-31');
    expect(resolveDate(expr({ kind: 'date', month: 1, day: 15 }), december)).toBe('2017-01-15');
    expect(resolveDate(expr({ kind: 'month', month: 12 }), '2017-01-20')).toBe('2016-12-01/2016-12-31');
    expect(resolveDate(expr({ kind: 'month', month: 3 }), '2023-10-12')).toBe('2023-03-01/2023-03-31');
  });

  it('takes a date after "since" before the anchor: "Since Oct. 17" in a January release is last October', () => {
    const january = '2017-01-05';
    expect(resolveDate(expr({ kind: 'date', month: 10, day: 17, since: true }), january)).toBe('2016-10-17');
    expect(resolveDate(expr({ kind: 'date', month: 10, day: 17 }), january)).toBe('2017-10-17');
    expect(resolveDate(expr({ kind: 'date', month: 1, day: 2, since: true }), january)).toBe('2017-01-02');
    expect(resolveDate(expr({ kind: 'month', month: 10, since: true }), january)).toBe(
      '2016-10-01/2016-10-31',
    );
    expect(scanDates('Forces have advanced since Oct. 17.')[0]?.since).toBe(true);
  });

  it('resolves a named month relative to the anchor', () => {
    const month = (m: number, offset: number) =>
      expr({ kind: 'month', month: m, relative: { unit: 'month', offset } });
    expect(resolveDate(month(10, -1), anchor)).toBe('2022-10-01/2022-10-31');
    expect(resolveDate(month(9, -1), anchor)).toBe('2023-09-01/2023-09-30');
    expect(resolveDate(month(10, 1), anchor)).toBe('2024-10-01/2024-10-31');
    expect(resolveDate(month(11, 1), anchor)).toBe('2023-11-01/2023-11-30');
    expect(resolveDate(month(3, 0), anchor)).toBe('2023-03-01/2023-03-31');
  });

  it('has no value for recurring dates, times, vague phrases or a bad anchor', () => {
    expect(resolveDate(expr({ kind: 'recurring', month: 10 }), anchor)).toBeUndefined();
    expect(resolveDate(expr({ kind: 'time' }), anchor)).toBeUndefined();
    expect(resolveDate(expr({ kind: 'relative' }), anchor)).toBeUndefined();
    expect(
      resolveDate(expr({ kind: 'relative', relative: { unit: 'day', offset: 0 } }), 'soon'),
    ).toBeUndefined();
  });
});

describe('a yearless date with "last year", "this year" or "next year" after it', () => {
  const resolved = (text: string, anchor: string) =>
    scanDates(text).map((d) => [d.text, resolveDate(d, anchor)]);

  it('takes that year, as one mention, whatever the nearest year would be', () => {
    // Released in April: "20 December" alone would be the December ahead.
    expect(resolved('It adopted its mandate on 20 December last year.', '2024-04-11')).toEqual([
      ['20 December last year', '2023-12-20'],
    ]);
    expect(resolved('Samples came between May and November last year.', '2025-03-04')).toEqual([
      ['May and November last year', '2024-05-01/2024-11-30'],
    ]);
    expect(resolved('It opened in March this year and closes in June next year.', '2024-04-11')).toEqual([
      ['March this year', '2024-03-01/2024-03-31'],
      ['June next year', '2025-06-01/2025-06-30'],
    ]);
  });

  it('not across a line or a word, nor after a date that has its year', () => {
    expect(resolved('On 20 December 2022 last year was over.', '2024-04-11')).toEqual([
      ['20 December 2022', '2022-12-20'],
      ['last year', '2023-01-01/2023-12-31'],
    ]);
    expect(resolved('Held on 20 December, and last year too.', '2024-04-11')).toEqual([
      ['20 December', '2024-12-20'],
      ['last year', '2023-01-01/2023-12-31'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkWeekdays } from '../../src/dates/check.js';
import { resolveDate } from '../../src/dates/resolve.js';
import { type DateExpression, scanDates } from '../../src/dates/scan.js';

/** Spans match the text, come in order and never overlap. Collects problems to keep 100k checks fast. */
function expectWellFormed(text: string, exprs: DateExpression[]): void {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const expr of exprs) {
    const wrong =
      text.slice(expr.start, expr.end) !== expr.text || expr.start < previousEnd || expr.end <= expr.start;
    if (wrong) problems.push(`${expr.start}-${expr.end} ${JSON.stringify(expr.text)}`);
    previousEnd = expr.end;
  }
  expect(problems).toEqual([]);
}

/** Deterministic pseudo-random text from a small alphabet, so failures replay. */
function noise(length: number, alphabet: string, seed: number): string {
  let state = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

describe('pathological input completes', () => {
  it('200k characters of digits and slashes', () => {
    const text = noise(200_000, '0123456789//-.', 7);
    const exprs = scanDates(text);
    expectWellFormed(text, exprs);
  });

  it('one 200k-digit number', () => {
    expect(scanDates('9'.repeat(200_000))).toEqual([]);
    expect(scanDates(`in ${'2'.repeat(200_000)}`)).toEqual([]);
  });

  it('100k repetitions of "May 12, "', () => {
    const text = 'May 12, '.repeat(100_000);
    const exprs = scanDates(text);
    expect(exprs).toHaveLength(100_000);
    expect(exprs[0]).toMatchObject({ text: 'May 12', kind: 'date', month: 5, day: 12 });
    expectWellFormed(text, exprs);
    expect(checkWeekdays(text, exprs)).toEqual([]);
  });

  it('long runs of almost-dates', () => {
    const samples = [
      '12/10/'.repeat(50_000),
      '2023-'.repeat(50_000),
      '12:'.repeat(60_000),
      'in the next '.repeat(30_000),
      'Thursday (12 October 2023) '.repeat(10_000),
      'every every every '.repeat(20_000),
      '12–'.repeat(60_000),
      'a.m. '.repeat(50_000),
      ' '.repeat(200_000),
      '(('.repeat(100_000),
    ];
    for (const text of samples) expectWellFormed(text, scanDates(text));
  });

  it('random prose-like noise, with a consistent resolution for every expression', () => {
    const text = noise(100_000, 'MayOctbrh 0123456789,.-/:–ThursdayinextwekgoApm', 11);
    const exprs = scanDates(text);
    expectWellFormed(text, exprs);
    for (const expr of exprs) {
      const value = resolveDate(expr, '2023-10-12');
      if (value !== undefined) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/);
    }
  });

  it('empty and whitespace-only text', () => {
    expect(scanDates('')).toEqual([]);
    expect(scanDates(' \n\t ')).toEqual([]);
    expect(checkWeekdays('', [])).toEqual([]);
  });

  it('lone surrogates and astral characters', () => {
    const text = '\ud800 on 12 October 2023 \udfff 𝟏𝟐 October';
    const exprs = scanDates(text);
    expectWellFormed(text, exprs);
    expect(exprs[0]?.text).toBe('12 October 2023');
  });
});

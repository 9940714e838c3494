import { describe, expect, it } from 'vitest';
import { checkWeekdayMismatch } from '../../src/checks/weekday-mismatch.js';
import { scanDates } from '../../src/dates/scan.js';
import { applyEdits, inputFor } from './helpers.js';

function fixed(text: string): string[] {
  const notes = checkWeekdayMismatch(inputFor(text, [], { dates: scanDates(text) }));
  return notes.map((n) => applyEdits(text, n.fixes?.[0]?.edits ?? []));
}

describe('weekday-mismatch fixes', () => {
  it('writes the date’s real weekday in place of the stated one', () => {
    expect(fixed('on Friday (12 October 2023) for a second day')).toEqual([
      'on Thursday (12 October 2023) for a second day',
    ]);
    expect(fixed('12 October 2023 (Friday).')).toEqual(['12 October 2023 (Thursday).']);
  });

  it('keeps the written style: capitals and abbreviations', () => {
    expect(fixed('FRIDAY, 12 OCTOBER 2023')).toEqual(['THURSDAY, 12 OCTOBER 2023']);
    expect(fixed('Fri., Oct. 12, 2023')).toEqual(['Thu., Oct. 12, 2023']);
  });

  it('has nothing to fix when the weekday is right', () => {
    expect(fixed('on Thursday (12 October 2023)')).toEqual([]);
  });
});

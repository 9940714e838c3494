/** Lengths of time ("78 months", "two weeks", "25 minutes"): date mentions with an ISO 8601 duration and no calendar value. */
import { describe, expect, it } from 'vitest';
import { isoDuration } from '../../src/dates/durations.js';
import { analyze } from '../../src/index.js';

const dates = (text: string) =>
  analyze(text)
    .entities.filter((e) => e.type === 'date')
    .map((e) => [e.name, e.value ?? null, e.duration ?? null]);

describe('a count of units of time', () => {
  it('is a date mention carrying its duration, in digits or in words, and no calendar value', () => {
    expect(
      dates(
        'WASHINGTON, 3 March 2025 - He was sentenced to 78 Months in prison. The rules apply 18 months after publication; the drone inspects a turbine in under 25 minutes. The trial lasted two weeks, the programme two decades, the outage 1.5 hours.',
      ),
    ).toEqual([
      ['3 March 2025', '2025-03-03', null],
      ['78 Months', null, 'P78M'],
      ['18 months', null, 'P18M'],
      ['25 minutes', null, 'PT25M'],
      ['two weeks', null, 'P2W'],
      ['two decades', null, 'P20Y'],
      ['1.5 hours', null, 'PT1.5H'],
    ]);
  });

  it('an age, a point in time and hours of work are no durations', () => {
    const a = analyze(
      'WASHINGTON, 3 March 2025 - The 18 years old recruit joined six months ago, after 2,500 flying hours.',
    );
    expect(a.entities.filter((e) => e.duration !== undefined)).toEqual([]);
    expect(a.entities.find((e) => e.name === 'six months ago')?.value).toBe('2024-09-01/2024-09-30');
  });

  it('an age after "aged", a range and a point reached are no exact length; millions of hours are work done', () => {
    expect(
      dates(
        'LONDON, 4 March 2025 - The patient, aged 72 years, waited. The contract runs for two to three years; offenders face between two and five years; the sentence was 2 to 3 years. Twenty years ago it had five staff; two decades later it has 5,000. Volunteers logged 2 million hours.',
      ),
    ).toEqual([
      ['4 March 2025', '2025-03-04', null],
      ['two to three years', null, null],
      ['between two and five years', null, null],
      ['2 to 3 years', null, null],
      ['Twenty years ago', '2005-01-01/2005-12-31', null],
      ['two decades later', null, null],
    ]);
  });

  it('counts in words that open before the unit\'s run: "one hundred days", "a dozen years"; "sentenced July 28 to 30 years" keeps its date', () => {
    expect(
      dates(
        'The city marked one hundred days since the attack. A dozen years passed. He was sentenced July 28, 2022 to 30 years. She was sentenced July 29 to 12 years.',
      ),
    ).toEqual([
      ['one hundred days', null, 'P100D'],
      ['A dozen years', null, 'P12Y'],
      ['July 28, 2022', '2022-07-28', null],
      ['30 years', null, 'P30Y'],
      ['July 29', null, null],
      ['12 years', null, 'P12Y'],
    ]);
  });

  it('"one year", "twenty-five years", "30 seconds"; not "one day" (as often some day) nor "one person"', () => {
    expect(
      dates(
        'The pilot lasted one year and the lease twenty-five years; the test took 30 seconds. One day we will win. One person died.',
      ),
    ).toEqual([
      ['one year', null, 'P1Y'],
      ['twenty-five years', null, 'P25Y'],
      ['30 seconds', null, 'PT30S'],
    ]);
  });

  it('no length for a time of day, an age with "one", an idiom or either end of a hyphenated range', () => {
    expect(
      dates(
        'The clock was set at one minute to midnight. It exploded at two minutes past midnight. They treated a one year old boy. One minute, he was there; the next, he was gone. The sentence ranges from twenty-five to thirty years. It takes ten minutes to walk there.',
      ),
    ).toEqual([
      ['two minutes', null, null],
      ['twenty-five to thirty years', null, null],
      ['ten minutes', null, 'PT10M'],
    ]);
  });

  it('the summary says it is a length of time', () => {
    const a = analyze('The review will take three weeks.');
    expect(a.entities.find((e) => e.type === 'date')?.summary).toBe(
      'three weeks, a length of time; 1 mention.',
    );
  });
});

describe('isoDuration', () => {
  it('writes calendar units after P and clock units after PT, decades as years', () => {
    expect(isoDuration(18, 'months')).toBe('P18M');
    expect(isoDuration(1, 'Year')).toBe('P1Y');
    expect(isoDuration(25, 'minutes')).toBe('PT25M');
    expect(isoDuration(1.1, 'decades')).toBe('P11Y');
    expect(isoDuration(3, 'week')).toBe('P3W');
  });

  it('has none for no positive count or an unknown unit', () => {
    expect(isoDuration(0, 'days')).toBeUndefined();
    expect(isoDuration(Number.NaN, 'days')).toBeUndefined();
    expect(isoDuration(3, 'fortnights')).toBeUndefined();
  });
});

/** Seasons said relative to the release: "next spring", "last autumn", "this summer" (northern meteorological seasons). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const valuesIn = (dateline: string, text: string) =>
  analyze(`${dateline} ${text}`)
    .entities.filter((e) => e.type === 'date')
    .slice(1)
    .map((e) => [e.name, e.value ?? null]);

describe('a season named relative to the release', () => {
  it('"next spring" is the next one to begin: the same year before it, the year after once it has begun', () => {
    expect(valuesIn('BERLIN, 3 January 2025 -', 'The institute opens next spring.')).toEqual([
      ['next spring', '2025-03-01/2025-05-31'],
    ]);
    expect(valuesIn('BERLIN, 3 November 2025 -', 'The trial starts next spring.')).toEqual([
      ['next spring', '2026-03-01/2026-05-31'],
    ]);
  });

  it('"last autumn" written in autumn is the one before; "last summer" in November is this year\'s', () => {
    expect(valuesIn('WASHINGTON, 3 November 2025 -', 'It opened last fall and closed last summer.')).toEqual([
      ['last fall', '2024-09-01/2024-11-30'],
      ['last summer', '2025-06-01/2025-08-31'],
    ]);
  });

  it('no value in a release from south of the equator, where summer is December to February', () => {
    expect(
      valuesIn('SYDNEY, 10 March 2025 -', 'Bushfires raged last summer; the report comes next spring.'),
    ).toEqual([
      ['last summer', null],
      ['next spring', null],
    ]);
    expect(valuesIn('CANBERRA, Australia, 10 March 2025 -', 'It was hot in the summer of 2024.')).toEqual([
      ['summer of 2024', null],
    ]);
  });

  it('winter straddles two years and has no value; "the next fall in prices" is no season', () => {
    expect(
      valuesIn('WASHINGTON, 3 November 2025 -', 'Talks resume next winter. The next fall in prices is due.'),
    ).toEqual([['next winter', null]]);
  });
});

import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../../src/knowledge/first-names.js';
import { PLACES } from '../../src/knowledge/places.js';
import { HONORIFICS, OFFICE_HEADS, RANKS } from '../../src/knowledge/titles.js';

/** Given names that are also a title head, kept on purpose ("Dean Acheson"; "the Dean of ..."). */
const NAME_AND_TITLE = new Set(['Dean']);

describe('first names', () => {
  it('has a few thousand given names from many cultures', () => {
    expect(FIRST_NAMES.size).toBeGreaterThan(5000);
    for (const n of [
      'Jens',
      'Lloyd',
      'Tom',
      'Karine',
      'Craig',
      'Antony',
      'Kaja',
      'Ursula',
      'Emmanuel',
      'Olaf',
      'Volodymyr',
      'Olena',
      'Recep',
      'Mohammed',
      'Muhammad',
      'Ahmed',
      'Narendra',
      'Fumio',
      'Giorgia',
      'Josep',
      'Benjamin',
      'Yoav',
      'Sergei',
      'Peter',
      'Frank',
      'Harry',
    ]) {
      expect(FIRST_NAMES.has(n), n).toBe(true);
    }
  });

  it('has no common capitalised English word', () => {
    const words = [
      'May',
      'June',
      'April',
      'August',
      'Will',
      'Grant',
      'Mark',
      'Bill',
      'Rich',
      'Hope',
      'Faith',
      'Sunny',
      'Summer',
      'Royal',
      'General',
      'King',
      'Major',
      'Page',
      'Chance',
      'Young',
      'Lane',
      'Christian',
      'Earl',
      'Duke',
      'Prince',
      'Tuesday',
      'Easter',
    ];
    for (const w of words) expect(FIRST_NAMES.has(w), w).toBe(false);
    expect(AMBIGUOUS_FIRST_NAMES.has('Mark')).toBe(true);
    expect(AMBIGUOUS_FIRST_NAMES.has('May')).toBe(true);
  });

  it('has no country name and no title', () => {
    const countries = PLACES.filter((p) => p.kind === 'country' || p.kind === 'state').flatMap((p) => [
      p.name,
      ...p.aliases,
    ]);
    expect(countries.filter((c) => FIRST_NAMES.has(c))).toEqual([]);
    const titles = [...HONORIFICS, ...RANKS, ...OFFICE_HEADS];
    expect(titles.filter((t) => FIRST_NAMES.has(t) && !NAME_AND_TITLE.has(t))).toEqual([]);
  });

  it('holds single capitalised names only', () => {
    for (const n of FIRST_NAMES) expect(n, n).toMatch(/^\p{Lu}[\p{Ll}\p{M}]+(-\p{Lu}[\p{Ll}\p{M}]+)?$/u);
    expect([...FIRST_NAMES].filter((n) => AMBIGUOUS_FIRST_NAMES.has(n))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { distinctRanges, matchRanges, overlaps } from '../src/match.js';

const r = (start: number, end: number) => ({ start, end });

describe('distinctRanges', () => {
  it('sorts and removes duplicates', () => {
    expect(distinctRanges([r(5, 9), r(0, 3), r(5, 9), r(0, 4)])).toEqual([r(0, 3), r(0, 4), r(5, 9)]);
  });
});

describe('overlaps', () => {
  it('needs a shared character: touching ranges do not overlap', () => {
    expect(overlaps(r(0, 5), r(5, 9))).toBe(false);
    expect(overlaps(r(0, 6), r(5, 9))).toBe(true);
    expect(overlaps(r(2, 3), r(0, 9))).toBe(true);
  });
});

describe('matchRanges', () => {
  it('strict: identical ranges only', () => {
    const m = matchRanges([r(0, 5), r(10, 15)], [r(0, 5), r(10, 14)]);
    expect(m.strict).toEqual([{ gold: 0, predicted: 0 }]);
    expect(m.lenient).toHaveLength(2);
  });

  it('duplicates of the same span count once, on both sides', () => {
    const m = matchRanges([r(0, 5), r(0, 5)], [r(0, 5), r(0, 5), r(0, 5)]);
    expect(m.gold).toHaveLength(1);
    expect(m.predicted).toHaveLength(1);
    expect(m.strict).toHaveLength(1);
    expect(m.lenient).toHaveLength(1);
  });

  it('lenient is one to one: a long prediction over two gold spans matches only one', () => {
    // gold "Dayr az Zawr" and "Syria"; predicted "Dayr az Zawr, Syria"
    const m = matchRanges([r(0, 12), r(14, 19)], [r(0, 19)]);
    expect(m.lenient).toEqual([{ gold: 0, predicted: 0 }]);
  });

  it('lenient is one to one: two predictions inside one gold span match only one', () => {
    const m = matchRanges([r(0, 19)], [r(0, 12), r(14, 19)]);
    expect(m.lenient).toEqual([{ gold: 0, predicted: 0 }]);
  });

  it('lenient finds a maximum matching where a greedy first choice would not', () => {
    // gold A [0,10) and B [5,15); P [0,10) equals A and overlaps B; Q [0,4) overlaps A only.
    // Strict pairs A–P; the maximum pairs A–Q and B–P.
    const m = matchRanges([r(0, 10), r(5, 15)], [r(0, 4), r(0, 10)]);
    expect(m.strict).toEqual([{ gold: 0, predicted: 1 }]);
    expect(m.lenient).toEqual([
      { gold: 0, predicted: 0 },
      { gold: 1, predicted: 1 },
    ]);
  });

  it('keeps exact pairs when that costs nothing', () => {
    const m = matchRanges([r(0, 10)], [r(0, 4), r(0, 10), r(6, 10)]);
    expect(m.lenient).toEqual([{ gold: 0, predicted: 1 }]);
  });

  it('lenient ≥ strict, and both ≤ min(gold, predicted), on many random cases', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const ranges = (count: number) =>
      Array.from({ length: count }, () => {
        const start = random(40);
        return r(start, start + 1 + random(8));
      });
    for (let i = 0; i < 300; i++) {
      const m = matchRanges(ranges(random(8)), ranges(random(8)));
      expect(m.lenient.length).toBeGreaterThanOrEqual(m.strict.length);
      expect(m.lenient.length).toBeLessThanOrEqual(Math.min(m.gold.length, m.predicted.length));
      expect(new Set(m.lenient.map((p) => p.gold)).size).toBe(m.lenient.length);
      expect(new Set(m.lenient.map((p) => p.predicted)).size).toBe(m.lenient.length);
      for (const pair of m.lenient) {
        expect(overlaps(m.gold[pair.gold] ?? r(0, 0), m.predicted[pair.predicted] ?? r(0, 0))).toBe(true);
      }
    }
  });

  it('is deterministic whatever the input order', () => {
    const gold = [r(0, 10), r(5, 15), r(20, 25)];
    const predicted = [r(3, 12), r(0, 6), r(21, 22), r(24, 30)];
    const a = matchRanges(gold, predicted);
    const b = matchRanges([...gold].reverse(), [...predicted].reverse());
    expect(b).toEqual(a);
  });

  it('empty sides', () => {
    expect(matchRanges([], [r(0, 1)]).lenient).toEqual([]);
    expect(matchRanges([r(0, 1)], []).strict).toEqual([]);
  });
});

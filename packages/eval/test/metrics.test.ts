import { describe, expect, it } from 'vitest';
import { prf, sumCounts } from '../src/metrics.js';

describe('prf', () => {
  it('precision, recall and their harmonic mean', () => {
    const { precision, recall, f1 } = prf({ gold: 10, predicted: 8, matched: 6 });
    expect(precision).toBe(0.75);
    expect(recall).toBe(0.6);
    expect(f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 12);
  });

  it('perfect and empty', () => {
    expect(prf({ gold: 3, predicted: 3, matched: 3 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ gold: 0, predicted: 0, matched: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('nothing predicted: precision 0, never NaN', () => {
    expect(prf({ gold: 4, predicted: 0, matched: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ gold: 0, predicted: 4, matched: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('sumCounts (micro-averaging)', () => {
  it('sums counts, so micro F1 is not the mean of per-type F1s', () => {
    const a = { gold: 100, predicted: 100, matched: 90 };
    const b = { gold: 10, predicted: 10, matched: 1 };
    const total = sumCounts([a, b]);
    expect(total).toEqual({ gold: 110, predicted: 110, matched: 91 });
    expect(prf(total).f1).toBeCloseTo(91 / 110, 12);
    expect(prf(total).f1).not.toBeCloseTo((prf(a).f1 + prf(b).f1) / 2, 3);
  });
});

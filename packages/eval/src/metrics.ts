/** Counts and precision, recall, F1. */

/** What a score is computed from: distinct gold ranges, distinct predicted ranges, matched pairs. */
export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export const ZERO_COUNTS: Readonly<Counts> = Object.freeze({ gold: 0, predicted: 0, matched: 0 });

/**
 * Precision = matched / predicted, recall = matched / gold, F1 = their harmonic mean. An empty
 * denominator gives 0 (nothing predicted: precision 0), never NaN, so tables and JSON stay numeric.
 */
export function prf(counts: Counts): Prf {
  const precision = counts.predicted === 0 ? 0 : counts.matched / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.matched / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Micro-averaging: the sum of the counts (then `prf` of the sum). */
export function sumCounts(list: Iterable<Counts>): Counts {
  const total = { gold: 0, predicted: 0, matched: 0 };
  for (const counts of list) {
    total.gold += counts.gold;
    total.predicted += counts.predicted;
    total.matched += counts.matched;
  }
  return total;
}

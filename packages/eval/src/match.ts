/**
 * Matching gold spans to predicted spans of one type in one document.
 *
 * Both sides are first reduced to distinct ranges (a span annotated or predicted twice counts
 * once), sorted by start, then end.
 *
 * - Strict: a gold range and a predicted range match when they are identical.
 * - Lenient: they may match when they overlap (share at least one character). Each range is used
 *   at most once. The matching is a maximum-cardinality bipartite matching, computed
 *   deterministically: start from the strict pairs, then for each gold range still unmatched, in
 *   document order, look for an augmenting path (Kuhn's algorithm), trying the predicted ranges it
 *   overlaps in document order. Starting from the strict pairs keeps exact pairs together whenever
 *   that costs nothing, and maximality guarantees lenient matches ≥ strict matches.
 */
import type { Range } from './types.js';

/** Indices into the deduplicated gold and predicted arrays of a `SpanMatch`. */
export interface Pair {
  gold: number;
  predicted: number;
}

export interface SpanMatch {
  /** Distinct gold ranges, sorted. */
  gold: Range[];
  /** Distinct predicted ranges, sorted. */
  predicted: Range[];
  /** Identical ranges, in gold order. */
  strict: Pair[];
  /** One-to-one overlapping ranges (a maximum matching), in gold order. */
  lenient: Pair[];
}

export function compareRanges(a: Range, b: Range): number {
  return a.start - b.start || a.end - b.end;
}

/** Distinct ranges, sorted by start then end. */
export function distinctRanges(ranges: Iterable<Range>): Range[] {
  const sorted = [...ranges].map(({ start, end }) => ({ start, end })).sort(compareRanges);
  return sorted.filter((range, i) => {
    const previous = sorted[i - 1];
    return previous === undefined || compareRanges(previous, range) !== 0;
  });
}

/** Whether two ranges share at least one character (touching ranges do not). */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Strict and lenient matching of one type's gold and predicted ranges in one document. */
export function matchRanges(goldRanges: Iterable<Range>, predictedRanges: Iterable<Range>): SpanMatch {
  const gold = distinctRanges(goldRanges);
  const predicted = distinctRanges(predictedRanges);
  const strict = strictPairs(gold, predicted);
  const lenient = lenientPairs(gold, predicted, strict);
  return { gold, predicted, strict, lenient };
}

/** Pairs of identical ranges; both arrays distinct and sorted. */
function strictPairs(gold: readonly Range[], predicted: readonly Range[]): Pair[] {
  const pairs: Pair[] = [];
  let j = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] as Range;
    while (j < predicted.length && compareRanges(predicted[j] as Range, g) < 0) j++;
    const p = predicted[j];
    if (p !== undefined && compareRanges(p, g) === 0) pairs.push({ gold: i, predicted: j });
  }
  return pairs;
}

/** Maximum one-to-one matching of overlapping ranges, seeded with `seed` (see the file comment). */
function lenientPairs(gold: readonly Range[], predicted: readonly Range[], seed: readonly Pair[]): Pair[] {
  const neighbours = gold.map((g) => {
    const list: number[] = [];
    for (let j = 0; j < predicted.length; j++) {
      const p = predicted[j] as Range;
      if (p.start >= g.end) break; // sorted by start: nothing further can overlap
      if (overlaps(g, p)) list.push(j);
    }
    return list;
  });
  const goldOf = new Array<number>(predicted.length).fill(-1);
  const predictedOf = new Array<number>(gold.length).fill(-1);
  for (const pair of seed) {
    goldOf[pair.predicted] = pair.gold;
    predictedOf[pair.gold] = pair.predicted;
  }
  const augment = (i: number, visited: Set<number>): boolean => {
    for (const j of neighbours[i] ?? []) {
      if (visited.has(j)) continue;
      visited.add(j);
      const holder = goldOf[j] ?? -1;
      if (holder === -1 || augment(holder, visited)) {
        goldOf[j] = i;
        predictedOf[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < gold.length; i++) if (predictedOf[i] === -1) augment(i, new Set());
  const pairs: Pair[] = [];
  predictedOf.forEach((j, i) => {
    if (j !== -1) pairs.push({ gold: i, predicted: j });
  });
  return pairs;
}

/**
 * Resolve overlapping candidates into non-overlapping mentions: higher tier first, then the longer
 * span, then the earlier one. Occupancy is tracked per token, so the cost is linear in the
 * candidates and the tokens they cover.
 */
import type { Candidate } from './candidate.js';

/**
 * Candidate indices in selection order: tier descending, then length in tokens descending, then
 * start ascending, then input order. When the four fit one exact integer (always, for texts of
 * any real size) each candidate becomes one packed number and a plain numeric sort of a
 * Float64Array orders them, with no comparator call per comparison; otherwise a comparator does.
 */
function selectionOrder(candidates: readonly Candidate[]): ArrayLike<number> {
  const n = candidates.length;
  let minTier = Number.POSITIVE_INFINITY;
  let maxTier = Number.NEGATIVE_INFINITY;
  let minLength = Number.POSITIVE_INFINITY;
  let maxLength = Number.NEGATIVE_INFINITY;
  let minStart = Number.POSITIVE_INFINITY;
  let maxStart = Number.NEGATIVE_INFINITY;
  let integers = true;
  // Indexed: for-of in code that runs once per document allocates a result per element.
  for (let i = 0; i < n; i++) {
    const c = candidates[i] as Candidate;
    const length = c.endToken - c.startToken;
    if (!Number.isInteger(c.tier) || !Number.isInteger(length) || !Number.isInteger(c.start))
      integers = false;
    if (c.tier < minTier) minTier = c.tier;
    if (c.tier > maxTier) maxTier = c.tier;
    if (length < minLength) minLength = length;
    if (length > maxLength) maxLength = length;
    if (c.start < minStart) minStart = c.start;
    if (c.start > maxStart) maxStart = c.start;
  }
  const tiers = maxTier - minTier + 1;
  const lengths = maxLength - minLength + 1;
  const starts = maxStart - minStart + 1;
  if (n > 0 && integers && tiers * lengths * starts * n <= Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const c = candidates[i] as Candidate;
      const length = c.endToken - c.startToken;
      keys[i] =
        (((maxTier - c.tier) * lengths + (maxLength - length)) * starts + (c.start - minStart)) * n + i;
    }
    keys.sort();
    for (let i = 0; i < n; i++) keys[i] = (keys[i] as number) % n;
    return keys;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  return order.sort((x, y) => {
    const a = candidates[x] as Candidate;
    const b = candidates[y] as Candidate;
    return (
      b.tier - a.tier || b.endToken - b.startToken - (a.endToken - a.startToken) || a.start - b.start || x - y
    );
  });
}

export function selectCandidates(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
  const order = selectionOrder(candidates);
  const taken = new Uint8Array(tokenCount);
  const chosen: Candidate[] = [];
  /** Per token: 1 + the index of the chosen candidate starting there, else 0. */
  const startingAt = new Int32Array(tokenCount);
  let empty = false;
  for (let o = 0; o < order.length; o++) {
    const index = order[o] as number;
    const c = candidates[index] as Candidate;
    let free = true;
    for (let k = c.startToken; k < c.endToken; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let k = c.startToken; k < c.endToken; k++) taken[k] = 1;
    if (c.endToken > c.startToken) startingAt[c.startToken] = index + 1;
    else empty = true;
    chosen.push(c);
  }
  return empty ? chosen.sort((a, b) => a.start - b.start) : inTokenOrder(candidates, chosen, startingAt);
}

/**
 * The chosen candidates by start. They hold disjoint tokens, so reading them off in token order
 * sorts them in one pass; when their starts do not then strictly increase (a candidate whose
 * offsets disagree with its tokens), the stable sort by start decides, as before.
 */
function inTokenOrder(
  candidates: readonly Candidate[],
  chosen: Candidate[],
  startingAt: Int32Array,
): Candidate[] {
  const out: Candidate[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < startingAt.length; k++) {
    const index = startingAt[k] as number;
    if (index === 0) continue;
    const c = candidates[index - 1] as Candidate;
    if (!(c.start > last)) return chosen.sort((a, b) => a.start - b.start);
    last = c.start;
    out.push(c);
  }
  return out.length === chosen.length ? out : chosen.sort((a, b) => a.start - b.start);
}

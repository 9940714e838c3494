/**
 * Resolve overlapping candidates into non-overlapping mentions: higher tier first, then the longer
 * span, then the earlier one. Occupancy is tracked per token, so the cost is linear in the
 * candidates and the tokens they cover.
 */
import type { Candidate } from './candidate.js';

export function selectCandidates(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
  const order = candidates
    .map((c, index) => ({ c, index }))
    .sort(
      (x, y) =>
        y.c.tier - x.c.tier ||
        y.c.endToken - y.c.startToken - (x.c.endToken - x.c.startToken) ||
        x.c.start - y.c.start ||
        x.index - y.index,
    );
  const taken = new Uint8Array(tokenCount);
  const chosen: Candidate[] = [];
  for (const { c } of order) {
    let free = true;
    for (let k = c.startToken; k < c.endToken; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let k = c.startToken; k < c.endToken; k++) taken[k] = 1;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

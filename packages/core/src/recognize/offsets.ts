/** Map character offsets onto the token stream (binary search; tokens are sorted by start). */
import type { Token } from '../text/tokenize.js';

/** Index of the first token whose end is after `offset`. */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens overlapping [start, end), or undefined when none does. */
export function tokenRange(
  tokens: readonly Token[],
  start: number,
  end: number,
): { startToken: number; endToken: number } | undefined {
  const startToken = firstTokenEndingAfter(tokens, start);
  let endToken = startToken;
  while (endToken < tokens.length && (tokens[endToken]?.start ?? end) < end) endToken++;
  return endToken > startToken ? { startToken, endToken } : undefined;
}

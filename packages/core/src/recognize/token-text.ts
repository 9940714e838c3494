/**
 * Lower-cased token texts, computed once per token array. Several recognisers and case-folded
 * tries look up the same token lower-cased; folding it once keeps one string (and its cached
 * hash) per token instead of a fresh string per lookup. Token arrays are never mutated after
 * tokenize(), so the array itself is the cache key.
 */
import type { Token } from '../text/tokenize.js';

const lowered = new WeakMap<readonly Token[], readonly string[]>();

/** `tokens[i].text.toLowerCase()` for every token, in token order. */
export function lowerTexts(tokens: readonly Token[]): readonly string[] {
  let out = lowered.get(tokens);
  if (!out) {
    // Filled by push: `new Array(n)` of a long text gets slow dictionary elements in V8.
    const texts: string[] = [];
    for (const t of tokens) texts.push(t.text.toLowerCase());
    out = texts;
    lowered.set(tokens, out);
  }
  return out;
}

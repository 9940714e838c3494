/**
 * The border between two places, written with a hyphen: "the Syria-Iraq border", "the
 * Afghanistan-Pakistan border region", "the Jordan-Syria frontier"; and the road between them,
 * "the Damascus-Baghdad highway". One place, spanning both names
 * and the border word, whichever order the names come in ("Iraq-Syria border" is the same border).
 * Found from each hyphen between two names the knowledge base knows as places, so the pass is
 * linear; the two names alone stay the chunks' and the tagger's.
 */
import type { Candidate } from './candidate.js';
import type { RecognitionContext } from './context.js';
import { lowerTexts } from './token-text.js';

const BORDER_WORDS = new Set(['border', 'borders', 'frontier', 'boundary', 'border-crossing', 'crossing']);
/** Routes between two places, one place as well: "the Damascus-Baghdad highway". */
const ROUTE_WORDS = new Set(['highway', 'road', 'railway', 'railroad', 'pipeline', 'corridor']);
/** A word after the border word that names a stretch of it: "border region", "border area". */
const BORDER_STRETCHES = new Set(['region', 'area', 'areas', 'crossing', 'crossings', 'zone']);
const DASHES = new Set(['-', '\u2013']);

/**
 * A word that makes "X-Y" before it a place between two places: "the Syria-Iraq border", "the
 * Iraq-Syria crossing", "the Damascus-Baghdad highway" (country-actors.ts: there the countries are
 * not actors).
 */
export function isBorderOrRouteWord(word: string): boolean {
  return BORDER_WORDS.has(word) || ROUTE_WORDS.has(word);
}

export function recognizeBorders(ctx: RecognitionContext): Candidate[] {
  const { tokens, lexicon, skip } = ctx;
  const out: Candidate[] = [];
  let lower: readonly string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const dash = tokens[i];
    if (!dash || !DASHES.has(dash.text) || dash.gap !== 'none' || skip[i]) continue;
    const second = lexicon.exact.longest(tokens, i + 1);
    if (second?.value.type !== 'location' || tokens[i + 1]?.gap !== 'none') continue;
    lower ??= lowerTexts(tokens);
    const word = second.endToken;
    const kind = lower[word] ?? '';
    const route = ROUTE_WORDS.has(kind);
    if ((!BORDER_WORDS.has(kind) && !route) || tokens[word]?.gap !== 'space') continue;
    // The first name ends at the dash: find where it starts (names are at most a few tokens).
    let first: number | undefined;
    for (let from = Math.max(0, i - 4); from < i; from++) {
      const found = lexicon.exact.longest(tokens, from);
      if (found?.value.type === 'location' && found.endToken === i) {
        first = from;
        break;
      }
    }
    if (first === undefined) continue;
    const stretch =
      !route && BORDER_STRETCHES.has(lower[word + 1] ?? '') && tokens[word + 1]?.gap === 'space';
    const end = stretch ? word + 2 : word + 1;
    const startToken = tokens[first];
    const endToken = tokens[end - 1];
    if (!startToken || !endToken) continue;
    const a = lexicon.exact.longest(tokens, first)?.value.canonical ?? '';
    const b = second.value.canonical;
    const [one, other] = a < b ? [a, b] : [b, a];
    out.push({
      type: 'location',
      startToken: first,
      endToken: end,
      start: startToken.start,
      end: endToken.end,
      tier: 1,
      key: `location:${route || kind === 'crossing' ? kind : 'border'} ${one}|${other}${stretch ? ` ${lower[word + 1]}` : ''}`,
    });
    i = end - 1;
  }
  return out;
}

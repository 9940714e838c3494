/**
 * Lower-cased token texts, gathered once per token array. Several recognisers and case-folded
 * tries look up the same token lower-cased; each token keeps one string (and its cached hash)
 * instead of a fresh string per lookup. Token arrays are never mutated after tokenize(), so the
 * array itself is the cache key.
 */
import { mapHoley } from '../arrays.js';
import type { Token } from '../text/tokenize.js';
import type { RecognitionContext } from './context.js';

const lowered = new WeakMap<readonly Token[], readonly string[]>();

/** `tokens[i].text.toLowerCase()` for every token, in token order. */
export function lowerTexts(tokens: readonly Token[]): readonly string[] {
  let out = lowered.get(tokens);
  if (!out) {
    // Each token keeps its text lower-cased (one string per distinct text, from tokenize()).
    // Allocated at its final length once, not pushed: pushing 180,000 strings grew it again and
    // again (4.5 MB of copies per megabyte of text); only indexed, never filtered or joined.
    out = mapHoley(tokens, (t) => t.lower);
    lowered.set(tokens, out);
  }
  return out;
}

/** The token's text, title-cased when it is written in capitals ("SOUTHWEST" → "Southwest"), to look up capitalised words. */
export function titleCased(t: Token): string {
  return t.allCaps ? t.text.charAt(0) + t.text.slice(1).toLowerCase() : t.text;
}

/** The text opens with a letter (ASCII by its code, the rest as Unicode says). */
export function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(text);
}

/**
 * Tokens on lines written in title case or capitals (headlines, subheads, shouted datelines), where
 * a capital letter says nothing about names: the tagger's additions there were mostly fragments
 * ("Noble Minerals Acquires", "Padilla Announces Distribution"). One pass over the tokens.
 */
export function titleCaseLines(ctx: RecognitionContext): Uint8Array {
  const { tokens } = ctx;
  let marks = titleCaseMarks.get(tokens);
  if (!marks) {
    marks = markTitleCaseLines(tokens);
    titleCaseMarks.set(tokens, marks);
  }
  return marks;
}

/** titleCaseLines' marks per token array: the known names, the chunks and the tagger all ask. */
const titleCaseMarks = new WeakMap<readonly Token[], Uint8Array>();

function markTitleCaseLines(tokens: readonly Token[]): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let lineStart = 0;
  let words = 0;
  let capitalised = 0;
  const close = (end: number) => {
    if (words >= 3 && capitalised >= words * 0.7) marks.fill(1, lineStart, end);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (i > 0 && (token.gap === 'newline' || token.gap === 'paragraph')) {
      close(i);
      lineStart = i;
      words = 0;
      capitalised = 0;
    }
    if (token.text.length > 3 && startsWithLetter(token.text)) {
      words++;
      if (token.upper) capitalised++;
    }
  }
  close(tokens.length);
  return marks;
}

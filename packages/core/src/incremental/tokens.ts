/**
 * Tokens reused across versions of a document. The text is cut where a run of whitespace holding a
 * blank line begins: there the tokenizer (text/tokenize.ts) is in its starting state (no gap, no
 * token being cut) and whitespace ends any token, so each piece tokenizes alone as it does in the
 * whole text, shifted. A piece's tokens are kept by its text; an edit re-tokenizes the pieces it
 * touched, and the others' tokens are reused as they are (same offset) or moved.
 */
import { type Token, tokenize } from '../text/tokenize.js';
import type { Generations } from './generations.js';

/** A piece's tokens, at the offsets of the text they were last used in. */
export interface PieceTokens {
  start: number;
  tokens: Token[];
}

// The tokenizer's whitespace (isSpace) and line breaks (isBreak; CRLF is one break): a run
// holding two breaks, with the rest of its whitespace, so the next match starts in another run.
const SPACE = '[ \\t\\u00a0\\u2009\\u202f\\u3000]';
// A CR before an LF is not a break of its own, even when the regex backtracks.
const BREAK = '(?:\\r\\n|\\r(?!\\n)|\\n|\\u2028|\\u2029)';
const BLANK_LINE_RUN = new RegExp(`${SPACE}*${BREAK}${SPACE}*${BREAK}(?:${SPACE}|${BREAK})*`, 'g');

/** `tokenize(text)`, reusing the tokens of pieces seen in the last analysis. */
export function tokenizeReusing(text: string, memo: Generations<string, PieceTokens>): Token[] {
  const out: Token[] = [];
  let start = 0;
  BLANK_LINE_RUN.lastIndex = 0;
  for (let m = BLANK_LINE_RUN.exec(text); m !== null; m = BLANK_LINE_RUN.exec(text)) {
    if (m.index > start) piece(text, start, m.index, memo, out);
    start = m.index;
  }
  piece(text, start, text.length, memo, out);
  return out;
}

/** Appends the tokens of text[start, end) to `out`. */
function piece(
  text: string,
  start: number,
  end: number,
  memo: Generations<string, PieceTokens>,
  out: Token[],
): void {
  const key = text.slice(start, end);
  let kept = memo.get(key);
  if (kept === undefined) {
    // Over the whole text, so the offsets are the text's (reads past `end` see whitespace or nothing).
    kept = { start, tokens: tokenize(text, start, end) };
    memo.set(key, kept);
  } else if (kept.start !== start) {
    // Tokens are never changed once made, so the same objects serve every analysis at one offset.
    const offset = start - kept.start;
    const moved = new Array<Token>(kept.tokens.length);
    for (let i = 0; i < moved.length; i++) moved[i] = (kept.tokens[i] as Token).moved(offset);
    kept = { start, tokens: moved };
    memo.set(key, kept);
  }
  for (let i = 0; i < kept.tokens.length; i++) out.push(kept.tokens[i] as Token);
}

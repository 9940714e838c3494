/**
 * Tokens reused across versions of a document. The text is cut where a run of whitespace holding a
 * blank line begins: there the tokenizer (text/tokenize.ts) is in its starting state (no gap, no
 * token being cut) and whitespace ends any token, so each piece tokenizes alone as it does in the
 * whole text, shifted. A piece's tokens are kept by its text; an edit re-tokenizes the pieces it
 * touched, and the others' tokens are reused as they are (same offset) or moved.
 *
 * Every piece but the first starts with a paragraph break, which no lexicon match crosses
 * (TokenTrie.longest), so the tagger's gazetteer codes are kept per piece too.
 */
import type { Lexicon } from '../recognize/lexicon.js';
import { gazetteerCodes } from '../recognize/tagger/features.js';
import { type Token, tokenize } from '../text/tokenize.js';
import { Generations } from './generations.js';

/** A piece's tokens, at the offsets of the text they were last used in. */
interface Piece {
  start: number;
  tokens: Token[];
  /** The tokens' gazetteer codes (offset-free), once asked for, with the lexicon they come from. */
  gazetteer?: Uint8Array;
  lexicon?: Lexicon;
}

// The tokenizer's whitespace (isSpace) and line breaks (isBreak; CRLF is one break): a run
// holding two breaks, with the rest of its whitespace, so the next match starts in another run.
const SPACE = '[ \\t\\u00a0\\u2009\\u202f\\u3000]';
// A CR before an LF is not a break of its own, even when the regex backtracks.
const BREAK = '(?:\\r\\n|\\r(?!\\n)|\\n|\\u2028|\\u2029)';
const BLANK_LINE_RUN = new RegExp(`${SPACE}*${BREAK}${SPACE}*${BREAK}(?:${SPACE}|${BREAK})*`, 'g');

export class TokenPieces {
  private readonly kept = new Generations<string, Piece>();
  /** The pieces of the latest text tokenized, in order, and its tokens. */
  private pieces: Piece[] = [];
  private tokens: Token[] | undefined;

  /** Starts an analysis (see Generations). */
  begin(): void {
    this.kept.begin();
    this.pieces = [];
    this.tokens = undefined;
  }

  /** `tokenize(text)`, reusing the tokens of pieces seen in the last analysis. */
  tokenize(text: string): Token[] {
    const out: Token[] = [];
    this.pieces = [];
    let start = 0;
    BLANK_LINE_RUN.lastIndex = 0;
    for (let m = BLANK_LINE_RUN.exec(text); m !== null; m = BLANK_LINE_RUN.exec(text)) {
      if (m.index > start) this.piece(text, start, m.index, out);
      start = m.index;
    }
    this.piece(text, start, text.length, out);
    this.tokens = out;
    return out;
  }

  /**
   * The gazetteer codes of `tokens`, piece by piece; undefined unless they are the tokens the
   * latest tokenize() returned (then the caller computes them whole).
   */
  gazetteerCodes(tokens: readonly Token[], lexicon: Lexicon): Uint8Array | undefined {
    if (tokens !== this.tokens) return undefined;
    const codes = new Uint8Array(tokens.length);
    let at = 0;
    for (const piece of this.pieces) {
      if (piece.gazetteer === undefined || piece.lexicon !== lexicon) {
        piece.gazetteer = gazetteerCodes(piece.tokens, lexicon);
        piece.lexicon = lexicon;
      }
      codes.set(piece.gazetteer, at);
      at += piece.tokens.length;
    }
    return codes;
  }

  /** Appends the tokens of text[start, end) to `out`. */
  private piece(text: string, start: number, end: number, out: Token[]): void {
    const key = text.slice(start, end);
    let piece = this.kept.get(key);
    if (piece === undefined) {
      // Over the whole text, so the offsets are the text's (reads past `end` see whitespace or nothing).
      piece = { start, tokens: tokenize(text, start, end) };
      this.kept.set(key, piece);
    } else if (piece.start !== start) {
      // Tokens are never changed once made, so the same objects serve every analysis at one offset.
      const offset = start - piece.start;
      const moved = new Array<Token>(piece.tokens.length);
      for (let i = 0; i < moved.length; i++) moved[i] = (piece.tokens[i] as Token).moved(offset);
      piece = { ...piece, start, tokens: moved };
      this.kept.set(key, piece);
    }
    this.pieces.push(piece);
    for (let i = 0; i < piece.tokens.length; i++) out.push(piece.tokens[i] as Token);
  }
}

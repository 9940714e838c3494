/**
 * The date scanner's tokens: runs of letters and digits (`word`, `num`, or `alnum` when mixed, so
 * "25SC29172" and "11th" stay whole), and single punctuation characters. Whitespace is dropped;
 * adjacency is read from the offsets.
 *
 * They are read off the core's tokens (text/tokenize.ts), so the text is cut once per analysis, and
 * most of them are the core's tokens themselves, which read the same (`charKind`, `lower`,
 * `lineBreakBefore`). The two tokenizers agree on nearly every character; where they do not (an
 * apostrophe is a mark here, a non-ASCII digit such as "²" a letter, a form feed a space, a broken
 * surrogate pair), the stretch of touching core tokens around it is cut again, character by
 * character, by `tokenizeChars`, which defines the date tokens.
 */
import type { Token as TextToken } from '../text/tokenize.js';

export type TokenKind = 'word' | 'num' | 'alnum' | 'punct';

/** What the date scanner reads of a token: a core token, or a CutToken where the two tokenizers differ. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased text, for comparisons only (a mark's text as written). */
  readonly lower: string;
  readonly charKind: TokenKind;
  /** A line break sits between this token and the previous one. */
  readonly lineBreakBefore: boolean;
}

const KINDS: readonly TokenKind[] = ['word', 'num', 'alnum', 'punct'];
const LINE_BREAK_BIT = 4;

/**
 * A date token cut here, where the core's token does not read the same. Four fields, kind and line
 * break packed in one number.
 */
class CutToken implements Token {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
  /** Bits 0–1: index in KINDS; LINE_BREAK_BIT. */
  private readonly bits: number;

  constructor(start: number, end: number, kind: TokenKind, lower: string, lineBreakBefore: boolean) {
    this.start = start;
    this.end = end;
    this.lower = lower;
    this.bits = KINDS.indexOf(kind) | (lineBreakBefore ? LINE_BREAK_BIT : 0);
  }

  get charKind(): TokenKind {
    return KINDS[this.bits & 3] as TokenKind;
  }

  get lineBreakBefore(): boolean {
    return (this.bits & LINE_BREAK_BIT) !== 0;
  }
}

/** Keeps a finished CutToken's map alive between analyses: see KEEP_TOKEN_MAP in text/tokenize.ts. */
export const KEEP_DATE_TOKEN_MAP = new CutToken(0, 0, 'word', '', false);

const NON_ASCII_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NON_ASCII_SPACE = /\s/u;

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** Length in code units of the character at `index` (2 for a surrogate pair). */
function charLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

const DIGIT = 1;
const LETTER = 2;
const SPACE = 3;
const NEWLINE = 4;
const OTHER = 5;

/** Class of each non-ASCII BMP code unit that is no surrogate, computed on first sight (0: not yet). */
const nonAsciiClass = new Uint8Array(0x10000);

function classOfChar(char: string): number {
  if (NON_ASCII_WORD_CHAR.test(char)) return LETTER;
  return NON_ASCII_SPACE.test(char) ? SPACE : OTHER;
}

function classify(text: string, index: number, length: number): number {
  const code = text.charCodeAt(index);
  if (isAsciiDigit(code)) return DIGIT;
  if (isAsciiLetter(code)) return LETTER;
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return NEWLINE;
  if (code <= 32) return SPACE;
  if (code < 128) return OTHER;
  if (isSurrogate(code)) return classOfChar(text.slice(index, index + length));
  let known = nonAsciiClass[code] ?? 0;
  if (known === 0) {
    known = classOfChar(String.fromCharCode(code));
    nonAsciiClass[code] = known;
  }
  return known;
}

function runKind(hasDigit: boolean, hasLetter: boolean): TokenKind {
  return hasDigit ? (hasLetter ? 'alnum' : 'num') : 'word';
}

/**
 * The date tokens being cut. They go into an array allocated once, at the number of core tokens
 * (one date token per core token, nearly always; it grows past that if need be), and cut to size
 * at the end: pushed one by one, the 180,000 tokens of a megabyte regrew the array again and again
 * (about 4.7 MB of copies per megabyte of text). `length` may be set back, as an array's may.
 */
class TokenList {
  readonly items: Token[];
  length = 0;

  constructor(capacity: number) {
    this.items = new Array<Token>(capacity);
  }

  push(token: Token): void {
    this.items[this.length++] = token;
  }

  /** The tokens; the list is not used again. */
  done(): Token[] {
    this.items.length = this.length;
    return this.items;
  }
}

/**
 * Keeps the map of a TokenList alive between analyses, as KEEP_TOKEN_MAP does Token's
 * (text/tokenize.ts): none outlives the call that made it, and optimised code holds the map weakly.
 */
export const KEEP_TOKEN_LIST_MAP = new TokenList(0);

/**
 * Cuts `text[from, to)` character by character into `tokens`. `lineBreak` says whether a line break
 * came before `from` since the last token; the return value says the same at `to`.
 */
export function tokenizeChars(
  text: string,
  from: number,
  to: number,
  tokens: TokenList,
  lineBreak: boolean,
): boolean {
  let runStart = -1;
  let runHasDigit = false;
  let runHasLetter = false;
  for (let index = from; index < to; ) {
    const length = charLength(text, index);
    const cls = classify(text, index, length);
    if (cls === DIGIT || cls === LETTER) {
      if (runStart < 0) {
        runStart = index;
        runHasDigit = false;
        runHasLetter = false;
      }
      if (cls === DIGIT) runHasDigit = true;
      else runHasLetter = true;
    } else {
      if (runStart >= 0) {
        const lower = text.slice(runStart, index).toLowerCase();
        tokens.push(new CutToken(runStart, index, runKind(runHasDigit, runHasLetter), lower, lineBreak));
        lineBreak = false;
        runStart = -1;
      }
      if (cls === NEWLINE) lineBreak = true;
      else if (cls === OTHER) {
        const lower = text.slice(index, index + length);
        tokens.push(new CutToken(index, index + length, 'punct', lower, lineBreak));
        lineBreak = false;
      }
    }
    index += length;
  }
  if (runStart >= 0) {
    const lower = text.slice(runStart, to).toLowerCase();
    tokens.push(new CutToken(runStart, to, runKind(runHasDigit, runHasLetter), lower, lineBreak));
    lineBreak = false;
  }
  return lineBreak;
}

/** The date tokens of `text`, cut character by character. */
export function tokenize(text: string): Token[] {
  const tokens = new TokenList(0);
  tokenizeChars(text, 0, text.length, tokens, false);
  return tokens.done();
}

/**
 * Appends the date tokens of one core token, or returns false (appending nothing) when the core
 * token holds a character the two tokenizers read differently. Where it reads as one date token
 * (nearly always), the core token itself is appended.
 */
function appendSimple(text: string, token: TextToken, tokens: TokenList, lineBreak: boolean): boolean {
  const { start, end } = token;
  if (token.kind === 'punct') {
    const code = text.charCodeAt(start);
    if (
      end - start !== 1 ||
      code <= 32 ||
      (code >= 128 && (isSurrogate(code) || classify(text, start, 1) !== OTHER))
    ) {
      return false;
    }
    // A mark keeps its text as written ("Ⓐ" is no "ⓐ" here).
    const same = token.lower === token.text && token.lineBreakBefore === lineBreak;
    tokens.push(same ? token : new CutToken(start, end, 'punct', token.text, lineBreak));
    return true;
  }
  // Words and numbers: letters (all of them letters here too), ASCII digits and apostrophes, which
  // are marks here: "O’Brien" is three date tokens, the clitic "’s" two.
  let hasApostrophe = false;
  let hasDigit = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code <= 57) {
      if (code === 39) hasApostrophe = true;
      else hasDigit = true;
    } else if (code >= 128) {
      if (code === 0x2019) hasApostrophe = true;
      else if (isSurrogate(code)) return false;
    }
  }
  if (!hasApostrophe) {
    const kind = token.kind === 'number' ? 'num' : hasDigit ? 'alnum' : 'word';
    const same = token.charKind === kind && token.lineBreakBefore === lineBreak;
    tokens.push(same ? token : new CutToken(start, end, kind, token.lower, lineBreak));
    return true;
  }
  tokenizeChars(text, start, end, tokens, lineBreak);
  return true;
}

/**
 * The date tokens of `text` from the core's tokens of the same text (those from `from` to `to`: a
 * paragraph, which starts a cluster as whitespace does). Core tokens that touch form a
 * cluster bounded by whitespace, where both tokenizers cut; a cluster holding a character they read
 * differently is cut by `tokenizeChars`.
 */
export function fromTextTokens(
  text: string,
  textTokens: readonly TextToken[],
  from = 0,
  to = textTokens.length,
): Token[] {
  const tokens = new TokenList(to - from);
  let lineBreak = false;
  // Where the current cluster starts: its first core token, its first date token, the line-break state.
  let clusterStart = 0;
  let clusterOutput = 0;
  let clusterLineBreak = false;
  let simple = true;
  for (let k = from; k < to; k++) {
    const token = textTokens[k] as TextToken;
    const previous = k > from ? textTokens[k - 1] : undefined;
    if (!previous || previous.end !== token.start) {
      if (token.gap === 'newline' || token.gap === 'paragraph') lineBreak = true;
      clusterStart = k;
      clusterOutput = tokens.length;
      clusterLineBreak = lineBreak;
      simple = true;
    }
    // A clitic ends at a digit ("2023’s12"), so two core words may touch: one run here.
    if (previous && previous.end === token.start && previous.kind !== 'punct' && token.kind !== 'punct') {
      const code = text.charCodeAt(token.start);
      if (code !== 39 && code !== 0x2019) simple = false;
    }
    if (simple) {
      const before = tokens.length;
      if (appendSimple(text, token, tokens, lineBreak)) {
        if (tokens.length > before) lineBreak = false;
        continue;
      }
      simple = false;
    }
    // Not simple: once the cluster's last token is reached, cut the whole cluster again.
    const next = k + 1 < to ? textTokens[k + 1] : undefined;
    if (next && next.start === token.end) continue;
    tokens.length = clusterOutput;
    const first = textTokens[clusterStart] as TextToken;
    lineBreak = tokenizeChars(text, first.start, token.end, tokens, clusterLineBreak);
  }
  return tokens.done();
}

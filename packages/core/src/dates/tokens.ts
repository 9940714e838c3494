/**
 * One linear pass that cuts text into tokens: runs of letters and digits (`word`, `num`, or `alnum`
 * when mixed, so "25SC29172" and "11th" stay whole), and single punctuation characters. Whitespace
 * is dropped; adjacency is read from the offsets.
 */

export type TokenKind = 'word' | 'num' | 'alnum' | 'punct';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-cased text, for comparisons only. */
  lower: string;
  /** A line break sits between this token and the previous one. */
  lineBreakBefore: boolean;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NON_ASCII_SPACE = /\s/u;

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
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

type CharClass = 'digit' | 'letter' | 'space' | 'newline' | 'other';

function classify(text: string, index: number, length: number): CharClass {
  const code = text.charCodeAt(index);
  if (isAsciiDigit(code)) return 'digit';
  if (isAsciiLetter(code)) return 'letter';
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return 'newline';
  if (code <= 32) return 'space';
  if (code < 128) return 'other';
  const char = text.slice(index, index + length);
  if (NON_ASCII_WORD_CHAR.test(char)) return 'letter';
  return NON_ASCII_SPACE.test(char) ? 'space' : 'other';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lineBreak = false;
  let runStart = -1;
  let runHasDigit = false;
  let runHasLetter = false;

  const closeRun = (end: number): void => {
    if (runStart < 0) return;
    const kind: TokenKind = runHasDigit ? (runHasLetter ? 'alnum' : 'num') : 'word';
    const lower = text.slice(runStart, end).toLowerCase();
    tokens.push({ start: runStart, end, kind, lower, lineBreakBefore: lineBreak });
    lineBreak = false;
    runStart = -1;
  };

  for (let index = 0; index < text.length; ) {
    const length = charLength(text, index);
    const cls = classify(text, index, length);
    if (cls === 'digit' || cls === 'letter') {
      if (runStart < 0) {
        runStart = index;
        runHasDigit = false;
        runHasLetter = false;
      }
      if (cls === 'digit') runHasDigit = true;
      else runHasLetter = true;
    } else {
      closeRun(index);
      if (cls === 'newline') lineBreak = true;
      else if (cls === 'other') {
        const lower = text.slice(index, index + length);
        tokens.push({ start: index, end: index + length, kind: 'punct', lower, lineBreakBefore: lineBreak });
        lineBreak = false;
      }
    }
    index += length;
  }
  closeRun(text.length);
  return tokens;
}

/**
 * The one tokenizer of the core: a single linear pass that cuts text into words, numbers and
 * punctuation, remembering what separates each token from the previous one. Whitespace is not a
 * token; `gap` says what was skipped, so a recogniser can refuse to cross a paragraph break.
 */

export type TokenKind = 'word' | 'number' | 'punct';

/** What lies between a token and the one before it. */
export type Gap = 'none' | 'space' | 'newline' | 'paragraph';

const KINDS: readonly TokenKind[] = ['word', 'number', 'punct'];
const WORD = 0;
const NUMBER = 1;
const PUNCT = 2;
/** Gaps by their index, which a token keeps. */
const GAPS: readonly Gap[] = ['none', 'space', 'newline', 'paragraph'];
const NONE = 0;
const SPACE = 1;
const NEWLINE = 2;
const PARAGRAPH = 3;
const UPPER_BIT = 4;
const ALL_CAPS_BIT = 8;
/** A word holding an ASCII digit ("F16", "11th"). */
const DIGIT_BIT = 16;

/**
 * What every token of one text shares. Kind and case are the text's own: a text cut as a word is
 * always a word, and its case is read from its letters.
 */
interface Word {
  readonly text: string;
  /** `text.toLowerCase()`. */
  readonly lower: string;
  /** Bits 0–1 the kind (an index into KINDS), then UPPER_BIT, ALL_CAPS_BIT, DIGIT_BIT. */
  readonly bits: number;
}

/**
 * A token. There are about 180,000 of them in a megabyte of text and they live for the whole
 * analysis, so each keeps two fields: where it starts with the gap before it, packed in one small
 * integer, and its Word, shared by every token of the same text (a megabyte holds only about 15,000
 * distinct texts). Everything else is read through getters (inlined once a reader is optimised).
 * An object literal with all seven fields took 80 bytes a token, four fields 56, these two 40; the
 * tokens are copied by each young-generation collection they survive, so their size is time too.
 *
 * The date scanner reads most tokens as they are (dates/tokens.ts), through `charKind` and
 * `lineBreakBefore`, instead of a second token object per token.
 */
export class Token {
  /**
   * start × 4 + the gap's index. A string is shorter than 2^29 characters, so this stays below
   * 2^31, where `>> 2` reads it back.
   */
  private readonly place: number;
  private readonly word: Word;

  constructor(start: number, word: Word, gap: number) {
    this.place = start * 4 + gap;
    this.word = word;
  }

  /** The same token `offset` characters further (a paragraph read on its own). */
  moved(offset: number): Token {
    return new Token(this.start + offset, this.word, this.place & 3);
  }

  get start(): number {
    return this.place >> 2;
  }

  get text(): string {
    return this.word.text;
  }

  /** `text.toLowerCase()`. */
  get lower(): string {
    return this.word.lower;
  }

  /** End-exclusive: the token is exactly `text` long. */
  get end(): number {
    return this.start + this.word.text.length;
  }

  get kind(): TokenKind {
    return KINDS[this.word.bits & 3] as TokenKind;
  }

  /** What lies between this token and the one before it. */
  get gap(): Gap {
    return GAPS[this.place & 3] as Gap;
  }

  /** First character is an upper-case letter. */
  get upper(): boolean {
    return (this.word.bits & UPPER_BIT) !== 0;
  }

  /** Every letter is upper case and there are at least two letters ("NATO", "U" is not). */
  get allCaps(): boolean {
    return (this.word.bits & ALL_CAPS_BIT) !== 0;
  }

  /** The date scanner's kind (dates/tokens.ts): a word with a digit is 'alnum', a number 'num'. */
  get charKind(): 'word' | 'num' | 'alnum' | 'punct' {
    const bits = this.word.bits;
    const kind = bits & 3;
    if (kind === WORD) return (bits & DIGIT_BIT) !== 0 ? 'alnum' : 'word';
    return kind === NUMBER ? 'num' : 'punct';
  }

  /** A line break sits between this token and the previous one. */
  get lineBreakBefore(): boolean {
    const gap = this.place & 3;
    return gap === NEWLINE || gap === PARAGRAPH;
  }
}

/**
 * Keeps the map (hidden class) of a finished Token alive. Optimised readers of tokens hold that
 * map weakly: when no token is left between two analyses and a full GC runs, it would be freed and
 * every such reader deoptimised (measured: each analysis of the 1 MB release then ran in about
 * 1000 ms of CPU instead of 600). An object literal's map is kept by its boilerplate; a class
 * instance's is not.
 */
export const KEEP_TOKEN_MAP = new Token(0, { text: '', lower: '', bits: 0 }, NONE);

/** ' and ’: inside a name ("O’Brien") or before a clitic ("Israel’s"). */
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

const CLITICS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The letters at `i` are an English clitic ("’s", "’ll") ending the word. */
function cliticAt(text: string, i: number, to: number): boolean {
  let j = i;
  while (j < to && j - i <= 2 && isAsciiLetter(text.charCodeAt(j))) j++;
  if (j < to && isLetterCode(text, j)) return false;
  return CLITICS.has(text.slice(i, j).toLowerCase());
}

export function isLetter(ch: string): boolean {
  return /\p{L}|\p{M}/u.test(ch);
}

/**
 * isLetter of each BMP code unit that is not a surrogate, computed once per code unit: 0 unknown,
 * 1 letter, 2 not. Text in Cyrillic or Greek would otherwise run a regex per character.
 */
const bmpLetter = new Uint8Array(0x10000);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x3000;
}

function isBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function isLetterCode(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  if (code >= 0xd800 && code <= 0xdbff) return isLetter(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return isLetter(text[i] ?? '');
  // NaN (past the end) is neither: isLetter('') is false.
  if (!(code < 0x10000)) return false;
  let known = bmpLetter[code];
  if (known === 0) {
    known = isLetter(String.fromCharCode(code)) ? 1 : 2;
    bmpLetter[code] = known;
  }
  return known === 1;
}

function letterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

const UPPER = 1;
const ALL_CAPS = 2;

/** Case of any word, by the Unicode case mappings: UPPER and ALL_CAPS bits. */
function caseOfAnyWord(word: string): number {
  const first = word[0] ?? '';
  const upper = first !== first.toLowerCase() && first === first.toUpperCase();
  let letters = 0;
  let allCaps = true;
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lower === up) continue;
    letters++;
    if (ch !== up) {
      allCaps = false;
      break;
    }
  }
  return (upper ? UPPER : 0) | (allCaps && letters >= 2 ? ALL_CAPS : 0);
}

/**
 * Case of the word `text[start, end)`. Words of ASCII letters, digits and apostrophes (nearly all)
 * are read from their codes; any other character takes the Unicode path.
 */
function caseOf(text: string, start: number, end: number, word: string): number {
  let letters = 0;
  let allCaps = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) letters++;
    else if (code >= 97 && code <= 122) allCaps = false;
    else if (code >= 128 && code !== 0x2019) return caseOfAnyWord(word);
  }
  const first = text.charCodeAt(start);
  return (first >= 65 && first <= 90 ? UPPER : 0) | (allCaps && letters >= 2 ? ALL_CAPS : 0);
}

/**
 * Tokenize `text` from `from` to `to`. Words are runs of letters and digits (so "F16", "COVID19"
 * stay whole); a word ending in apostrophe + letters ("Israel’s") is cut before the apostrophe, and
 * the clitic ("’s") becomes its own word so possessives never hide a name.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // One Word per distinct text, shared by its tokens. The slice looked up is young garbage, freed
  // at once.
  const words = new Map<string, Word>();
  let i = from;
  // The gap before the token being cut (an index into GAPS).
  let gap = NONE;
  let newlines = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (gap === NONE) gap = SPACE;
      i++;
      continue;
    }
    if (isBreak(code)) {
      // CRLF counts as one break.
      if (!(code === 13 && text.charCodeAt(i + 1) === 10)) newlines++;
      gap = newlines >= 2 ? PARAGRAPH : NEWLINE;
      i++;
      continue;
    }
    const start = i;
    let kind: number;
    let sawDigit = false;
    if (isDigit(code) || isLetterCode(text, i)) {
      let sawLetter = false;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) {
          sawDigit = true;
          i++;
        } else if (isLetterCode(text, i)) {
          sawLetter = true;
          i += letterWidth(text, i);
        } else if (isApostrophe(c) && isLetterCode(text, i + 1) && !cliticAt(text, i + 1, to)) {
          // "O’Brien", "Al-Ja’afari", "Da’esh": an apostrophe inside a name is part of it.
          i++;
        } else break;
      }
      kind = sawLetter ? WORD : NUMBER;
    } else if (isApostrophe(code) && tokens.length > 0 && gap === NONE && isLetterCode(text, i + 1)) {
      // Clitic after a word: ’s, ’t, ’re, ’m, ’ll, ’ve, ’d.
      i++;
      while (i < to && isLetterCode(text, i)) i += letterWidth(text, i);
      kind = WORD;
    } else {
      i += letterWidth(text, i);
      kind = PUNCT;
    }
    const slice = text.slice(start, i);
    let word = words.get(slice);
    if (word === undefined) {
      const letterCase = kind === WORD ? caseOf(text, start, i, slice) : 0;
      const bits =
        kind |
        (letterCase & UPPER ? UPPER_BIT : 0) |
        (letterCase & ALL_CAPS ? ALL_CAPS_BIT : 0) |
        (kind === WORD && sawDigit ? DIGIT_BIT : 0);
      word = { text: slice, lower: slice.toLowerCase(), bits };
      words.set(slice, word);
    }
    tokens.push(new Token(start, word, gap));
    gap = NONE;
    newlines = 0;
  }
  return tokens;
}

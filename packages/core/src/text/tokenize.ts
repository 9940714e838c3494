/**
 * The one tokenizer of the core: a single linear pass that cuts text into words, numbers and
 * punctuation, remembering what separates each token from the previous one. Whitespace is not a
 * token; `gap` says what was skipped, so a recogniser can refuse to cross a paragraph break.
 */

export type TokenKind = 'word' | 'number' | 'punct';

/** What lies between a token and the one before it. */
export type Gap = 'none' | 'space' | 'newline' | 'paragraph';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  gap: Gap;
  /** First character is an upper-case letter. */
  upper: boolean;
  /** Every letter is upper case and there are at least two letters ("NATO", "U" is not). */
  allCaps: boolean;
}

const APOSTROPHES = "'’";
const CLITICS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

/** The letters at `i` are an English clitic ("’s", "’ll") ending the word. */
function cliticAt(text: string, i: number, to: number): boolean {
  let j = i;
  while (j < to && j - i <= 2 && /[a-zA-Z]/.test(text[j] ?? '')) j++;
  if (j < to && isLetterCode(text, j)) return false;
  return CLITICS.has(text.slice(i, j).toLowerCase());
}

export function isLetter(ch: string): boolean {
  return /\p{L}|\p{M}/u.test(ch);
}

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
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdbff) return isLetter(text.slice(i, i + 2));
  return isLetter(text[i] ?? '');
}

function letterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function caseOf(word: string): { upper: boolean; allCaps: boolean } {
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
  return { upper, allCaps: allCaps && letters >= 2 };
}

/**
 * Tokenize `text` from `from` to `to`. Words are runs of letters and digits (so "F16", "COVID19"
 * stay whole); a word ending in apostrophe + letters ("Israel’s") is cut before the apostrophe, and
 * the clitic ("’s") becomes its own word so possessives never hide a name.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let gap: Gap = 'none';
  let newlines = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (gap === 'none') gap = 'space';
      i++;
      continue;
    }
    if (isBreak(code)) {
      // CRLF counts as one break.
      if (!(code === 13 && text.charCodeAt(i + 1) === 10)) newlines++;
      gap = newlines >= 2 ? 'paragraph' : 'newline';
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(code) || isLetterCode(text, i)) {
      let sawLetter = false;
      let sawDigit = false;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) {
          sawDigit = true;
          i++;
        } else if (isLetterCode(text, i)) {
          sawLetter = true;
          i += letterWidth(text, i);
        } else if (
          APOSTROPHES.includes(text[i] ?? '') &&
          isLetterCode(text, i + 1) &&
          !cliticAt(text, i + 1, to)
        ) {
          // "O’Brien", "Al-Ja’afari", "Da’esh": an apostrophe inside a name is part of it.
          i++;
        } else break;
      }
      kind = sawLetter ? 'word' : 'number';
      if (!sawLetter && sawDigit) kind = 'number';
    } else if (
      APOSTROPHES.includes(text[i] ?? '') &&
      tokens.length > 0 &&
      gap === 'none' &&
      isLetterCode(text, i + 1)
    ) {
      // Clitic after a word: ’s, ’t, ’re, ’m, ’ll, ’ve, ’d.
      i++;
      while (i < to && isLetterCode(text, i)) i += letterWidth(text, i);
      kind = 'word';
    } else {
      i += letterWidth(text, i);
      kind = 'punct';
    }
    const word = text.slice(start, i);
    const { upper, allCaps } = kind === 'word' ? caseOf(word) : { upper: false, allCaps: false };
    tokens.push({ start, end: i, text: word, kind, gap, upper, allCaps });
    gap = 'none';
    newlines = 0;
  }
  return tokens;
}

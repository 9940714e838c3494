/**
 * Span normalisation of the re3d protocol, applied to gold and predicted spans alike:
 * a leading article ("the", "a", "an") is dropped; surrounding whitespace, quotes, brackets and
 * trailing punctuation are trimmed. The rules repeat until nothing changes, so `("The SDF").`
 * becomes `SDF`. Offsets stay offsets into the original text: nothing is rewritten.
 */
import type { Range } from './types.js';

/** Whitespace, including the invisible marks found in real releases (zero-width space, LRM, RLM, BOM). */
const SPACE = /[\s\u200b-\u200f\u2060\ufeff]/u;
/** Quote marks trimmed at either end. */
const QUOTES = new Set(['"', "'", '`', '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›']);
/** Opening bracket → its closing bracket. */
const BRACKETS = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['<', '>'],
]);
const CLOSERS = new Map([...BRACKETS].map(([open, close]) => [close, open]));
/** Punctuation trimmed at the end (after the last word). */
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '…']);
/** A leading article and the space after it. */
const ARTICLE = /^(?:the|an|a)[\s\u00a0]+/i;

/**
 * The normalised range of `text.slice(start, end)`, or null when nothing is left (a span of only
 * punctuation, or only "the").
 *
 * Brackets are trimmed when they surround the whole span ("(ISIS)" → "ISIS") or are unbalanced in
 * it ("(ISIS" → "ISIS", "ISIS)" → "ISIS"); "Islamic State (ISIS)" stays whole.
 */
export function normalizeRange(text: string, start: number, end: number): Range | null {
  let s = start;
  let e = end;
  for (;;) {
    const [s0, e0] = [s, e];
    while (s < e && SPACE.test(text[s] ?? '')) s++;
    while (e > s && SPACE.test(text[e - 1] ?? '')) e--;
    if (s < e && QUOTES.has(text[s] ?? '')) s++;
    else if (s < e && BRACKETS.has(text[s] ?? '')) {
      const closer = matchingCloser(text, s, e);
      if (closer === -1) s++;
      else if (closer === e - 1) {
        s++;
        e--;
      }
    }
    if (e > s) {
      const last = text[e - 1] ?? '';
      if (QUOTES.has(last) || TRAILING_PUNCTUATION.has(last)) e--;
      else if (CLOSERS.has(last) && matchingOpener(text, s, e) === -1) e--;
    }
    const article = ARTICLE.exec(text.slice(s, Math.min(e, s + 8)));
    // Only when a word follows: "A" alone (a pronoun-like span) is left as it is.
    if (article !== null && s + article[0].length < e) s += article[0].length;
    if (s === s0 && e === e0) break;
  }
  return s < e ? { start: s, end: e } : null;
}

/** `text` normalised: what the protocol compares under strict matching. */
export function normalizeSpanText(text: string): string {
  const range = normalizeRange(text, 0, text.length);
  return range === null ? '' : text.slice(range.start, range.end);
}

/** Index of the bracket closing the opener at `s`, within [s, e); -1 when it is not in the span. */
function matchingCloser(text: string, s: number, e: number): number {
  const open = text[s] ?? '';
  const close = BRACKETS.get(open);
  let depth = 0;
  for (let i = s; i < e; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) return i;
  }
  return -1;
}

/** Index of the bracket opening the closer at `e - 1`, within [s, e); -1 when it is not in the span. */
function matchingOpener(text: string, s: number, e: number): number {
  const close = text[e - 1] ?? '';
  const open = CLOSERS.get(close);
  let depth = 0;
  for (let i = e - 1; i >= s; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && --depth === 0) return i;
  }
  return -1;
}

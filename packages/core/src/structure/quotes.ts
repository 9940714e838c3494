/**
 * Quotations inside a block: curly “…” pairs, and straight "…" pairs taken alternately. A quote
 * never crosses its block; an unmatched mark is ignored. The span includes the marks.
 */
import { countWordsUpTo, isJsSpace } from './chars.js';

const MIN_QUOTE_WORDS = 4;

/** Enough words between the marks to be a statement: short quoted phrases are scare quotes. */
function isStatement(text: string, open: number, close: number): boolean {
  return countWordsUpTo(text, open + 1, close, MIN_QUOTE_WORDS, isJsSpace) >= MIN_QUOTE_WORDS;
}

/** Quotation marks, found by the regex in native code over the block (a slice that copies nothing). */
const QUOTE_MARK = /["“”]/g;

export function findQuotes(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open = -1;
  let straightOpen = -1;
  const block = text.slice(start, end);
  QUOTE_MARK.lastIndex = 0;
  while (QUOTE_MARK.test(block)) {
    const i = start + QUOTE_MARK.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (code === 0x201c /* “ */) open = i;
    else if (code === 0x201d /* ” */ && open >= 0) {
      // Short quoted phrases ("so-called “reset”") are scare quotes, not statements.
      if (isStatement(text, open, i)) out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (code === 34 /* " */) {
      if (straightOpen < 0) straightOpen = i;
      else {
        if (isStatement(text, straightOpen, i)) out.push({ start: straightOpen, end: i + 1 });
        straightOpen = -1;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

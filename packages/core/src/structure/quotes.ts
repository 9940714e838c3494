/**
 * Quotations inside a block: curly “…” pairs, and straight "…" pairs taken alternately. A quote
 * never crosses its block; an unmatched mark is ignored. The span includes the marks.
 */

const MIN_QUOTE_WORDS = 4;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export function findQuotes(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '“') open = i;
    else if (ch === '”' && open >= 0) {
      // Short quoted phrases ("so-called “reset”") are scare quotes, not statements.
      if (words(text.slice(open + 1, i)) >= MIN_QUOTE_WORDS) out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (ch === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        if (words(text.slice(straightOpen + 1, i)) >= MIN_QUOTE_WORDS)
          out.push({ start: straightOpen, end: i + 1 });
        straightOpen = -1;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

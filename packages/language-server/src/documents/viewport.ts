/**
 * A quick analysis of the part of a large document the editor shows, for `semanticTokens/range`
 * while the document's full analysis is still running: the document's head (its first paragraphs:
 * headline, source, dateline, lead) followed by the paragraphs around the range, analysed as one
 * short document, with the mentions moved back to the document's offsets.
 *
 * Why the head: it tells the core what kind of text follows (the headline is the title, the
 * dateline gives the release date, the lead sets the sections), so the paragraphs around the range
 * are read as body text, as they are in the whole document. Why the neighbouring paragraphs:
 * sentence and quote context. What it cannot know is what only the whole document says, which
 * docs/language-server.md lists: a surname standing alone that the full analysis links to a
 * person named earlier, a type decided by the rest of the document, and whether a mention is its
 * entity's first (the viewport's tokens never carry `firstMention`). Twenty-line ranges every five
 * lines of the 29 real releases and the seed: 21 of 295 ranges differ from the full analysis, by 29
 * of 5,574 tokens (none on the seed); 60 lines in the middle of the 1 MB bench release: 3 of 295.
 *
 * Cost: linear in the window, never in the document (the scans below stop at their caps).
 */
import type { AnalyzeOptions, EntityType } from '@dateline/core';
import { analyze } from '@dateline/core';

/** Paragraphs of the document's head put before the window, and at most this many characters of it. */
const HEAD_PARAGRAPHS = 3;
const HEAD_MAX_CHARS = 6000;
/** Paragraphs of context on each side of the range, and at most this many characters on each side. */
const CONTEXT_PARAGRAPHS = 2;
const CONTEXT_MAX_CHARS = 4000;
/** A range longer than this is not worth a window: the caller waits for the full analysis. */
export const VIEWPORT_MAX_CHARS = 60_000;

/** A mention of the window, at the document's offsets. */
export interface ViewportMention {
  start: number;
  end: number;
  type: EntityType;
  pronoun: boolean;
}

/** The text analysed for a range: the head, then `text.slice(from, to)` from the window's offset `joinAt` on. */
export interface ViewportWindow {
  text: string;
  joinAt: number;
  from: number;
  to: number;
}

/** Offset where the line holding `offset` starts. */
function lineStart(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line holding `offset` (after its \n), or the text's end. */
function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function isBlankLine(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

/**
 * Start of the paragraph `count` paragraphs before the one holding `offset` (paragraphs are runs
 * of non-blank lines), or of the first line reached `maxChars` back, or `floor`.
 */
function paragraphsBefore(
  text: string,
  offset: number,
  count: number,
  maxChars: number,
  floor: number,
): number {
  const limit = Math.max(floor, offset - maxChars);
  let at = lineStart(text, offset);
  let paragraphs = 0;
  let inBlank = isBlankLine(text, at);
  while (at > limit) {
    const previous = lineStart(text, at - 1);
    const blank = isBlankLine(text, previous);
    if (blank && !inBlank) {
      paragraphs++;
      if (paragraphs > count) return at;
    }
    inBlank = blank;
    at = previous;
  }
  return Math.max(at, floor);
}

/**
 * End of the paragraph `count` paragraphs after the one holding `offset`, with the blank lines
 * after it; or the end of the first line reached `maxChars` on; or the text's end.
 */
function paragraphsAfter(text: string, offset: number, count: number, maxChars: number): number {
  const limit = Math.min(text.length, offset + maxChars);
  let at = lineStart(text, offset);
  let paragraphs = 0;
  let inBlank = isBlankLine(text, at);
  while (at < limit) {
    const blank = isBlankLine(text, at);
    if (!blank && inBlank && at > offset) {
      paragraphs++;
      if (paragraphs > count) return at;
    }
    inBlank = blank;
    at = nextLineStart(text, at);
  }
  return Math.min(at, text.length);
}

/** The window for the range [start, end) of `text`. */
export function viewportWindow(text: string, start: number, end: number): ViewportWindow {
  // The head: its first paragraphs with the blank lines after them (so it ends where one starts).
  const headEnd = paragraphsAfter(text, 0, HEAD_PARAGRAPHS - 1, HEAD_MAX_CHARS);
  const from = paragraphsBefore(text, start, CONTEXT_PARAGRAPHS, CONTEXT_MAX_CHARS, 0);
  const to = paragraphsAfter(text, Math.max(start, end - 1), CONTEXT_PARAGRAPHS, CONTEXT_MAX_CHARS);
  if (from <= headEnd) return { text: text.slice(0, to), joinAt: to, from: to, to };
  let head = text.slice(0, headEnd);
  // A head cut short by its cap must not run on into the window's first paragraph.
  if (!/\n[ \t\r]*\n[ \t\r]*$/.test(head.slice(-64))) head += '\n\n';
  return { text: head + text.slice(from, to), joinAt: head.length, from, to };
}

/** Mentions of the window's analysis touching [start, end), at the document's offsets. */
export function viewportMentions(
  text: string,
  start: number,
  end: number,
  options: AnalyzeOptions = {},
): ViewportMention[] {
  const window = viewportWindow(text, start, end);
  const shift = window.from - window.joinAt;
  const out: ViewportMention[] = [];
  for (const entity of analyze(window.text, options).entities) {
    for (const mention of entity.mentions) {
      const moved = mention.start >= window.joinAt ? shift : 0;
      const from = mention.start + moved;
      const to = mention.end + moved;
      if (to <= start || from >= end) continue;
      out.push({ start: from, end: to, type: entity.type, pronoun: mention.pronoun === true });
    }
  }
  return out;
}

/**
 * Viewport tokens: what `semanticTokens/range` answers for a large document before its full
 * analysis lands. On the seed they equal the full analysis's tokens (bar `firstMention`, which a
 * window cannot know) for every window; the window stays small however large the document.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../src/documents/analyzed-document.js';
import { viewportMentions, viewportWindow } from '../src/documents/viewport.js';
import { semanticTokens, type Token, viewportTokens } from '../src/features/semantic-tokens.js';
import { seedDoc, seedText } from './support.js';

const plain = (tokens: Token[]) => tokens.map((t) => `${t.line}:${t.character}:${t.length}:${t.type}`);

describe('viewport tokens', () => {
  it('equal the full tokens (types and places) for every 20-line range of the seed', () => {
    const doc = seedDoc();
    let compared = 0;
    for (let line = 0; line < doc.lines.lineCount; line += 3) {
      const range = { start: { line, character: 0 }, end: { line: line + 20, character: 0 } };
      const start = doc.lines.offsetAt(range.start);
      const end = doc.lines.offsetAt(range.end);
      const quick = viewportTokens(viewportMentions(seedText, start, end), doc.lines, range);
      const full = semanticTokens(doc, range);
      expect(plain(quick), `lines ${line}–${line + 20}`).toEqual(plain(full));
      expect(quick.every((t) => t.modifiers === 0)).toBe(true);
      compared += full.length;
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('a range far down reads the head, then its own paragraphs, with mentions at the right offsets', () => {
    const filler = '\n\nThe ministers met again in the afternoon.'.repeat(60);
    const text = `${seedText}${filler}\n\n${seedText}`;
    const start = text.lastIndexOf('Ukraine') - 100;
    const window = viewportWindow(text, start, start + 200);
    expect(window.joinAt).toBeLessThan(window.text.length); // the head, then a jump
    expect(window.text.startsWith(seedText.slice(0, 60))).toBe(true);
    expect(window.text.slice(window.joinAt)).toBe(text.slice(window.from, window.to));
    expect(window.from).toBeGreaterThan(seedText.length);
    expect(window.from).toBeLessThanOrEqual(start);
    expect(window.to).toBeGreaterThanOrEqual(start + 200);
    const mentions = viewportMentions(text, start, start + 200);
    const ukraine = text.lastIndexOf('Ukraine');
    expect(mentions).toContainEqual({ start: ukraine, end: ukraine + 7, type: 'location', pronoun: false });
    for (const m of mentions) expect(m.end > start && m.start < start + 200).toBe(true);
  });

  it('stays small on a huge document without blank lines (the scans stop at their caps)', () => {
    const line = 'NATO Defence Ministers met in Brussels on Thursday with Jens Stoltenberg.\n';
    const huge = line.repeat(20_000); // 1.5 MB, one paragraph
    const middle = huge.length >> 1;
    const window = viewportWindow(huge, middle, middle + 5000);
    expect(window.text.length).toBeLessThan(5000 + 3 * 6000);
    expect(window.from).toBeLessThanOrEqual(middle);
    expect(window.to).toBeGreaterThanOrEqual(middle + 5000);
  });

  it('a range at the top is the document up to its context, nothing moved', () => {
    const doc = analyzeDocument('file:///w/seed.txt', 1, seedText);
    const window = viewportWindow(seedText, 0, 100);
    expect(window.joinAt).toBe(window.text.length);
    expect(seedText.startsWith(window.text)).toBe(true);
    expect(doc.text).toBe(seedText);
  });
});

/** What an analysis session carries from one analysis to the next: one memo per reused stage. */
import type { ParagraphDates } from '../dates/scan.js';
import { SegmentMemo } from './decode-memo.js';
import { Generations } from './generations.js';
import type { ParagraphMemo } from './paragraphs.js';
import { TokenPieces } from './tokens.js';

export interface Reuse {
  /** The tokens of the text's pieces between blank lines (tokens.ts). */
  tokens: TokenPieces;
  /** The dates of each paragraph by its text (dates/scan.ts). */
  dates: Generations<string, ParagraphDates>;
  /** The local recognisers' candidates by paragraph (paragraphs.ts). */
  paragraphs: ParagraphMemo;
  /** The tagger's labels by sentence features (decode-memo.ts). */
  decode: SegmentMemo;
}

export function createReuse(): Reuse {
  const tokens = new TokenPieces();
  return { tokens, dates: new Generations(), paragraphs: new Generations(), decode: new SegmentMemo(tokens) };
}

/** Starts one analysis: each memo keeps for the next one only what this one uses. */
export function beginAnalysis(reuse: Reuse): void {
  reuse.tokens.begin();
  reuse.dates.begin();
  reuse.paragraphs.begin();
  reuse.decode.begin();
}

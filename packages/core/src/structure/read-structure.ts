/**
 * The structure of a release: its sections (blocks, transcript turns that group blocks, quotes
 * nested in paragraphs), its sentences, and which stretches of text are prose to mine and which
 * are residue to leave alone.
 */
import type { Section } from '../types.js';
import { splitBlocks } from './blocks.js';
import { type ClassifiedBlock, classifyBlocks } from './classify.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';

export interface Structure {
  blocks: ClassifiedBlock[];
  sections: Section[];
  sentences: { start: number; end: number }[];
  /** Blocks whose text is mined for entities (everything but residue). */
  mined: { start: number; end: number }[];
  /** Residue: never mined, never summarised. */
  residue: { start: number; end: number }[];
}

const PROSE: ReadonlySet<Section['kind']> = new Set([
  'title',
  'subhead',
  'lead',
  'body',
  'transcript-turn',
  'list',
]);

export function readStructure(text: string): Structure {
  const blocks = classifyBlocks(text, splitBlocks(text));
  const sections: Section[] = [];
  const sentences: { start: number; end: number }[] = [];
  const mined: { start: number; end: number }[] = [];
  const residue: { start: number; end: number }[] = [];

  let turn: Section | undefined;
  for (const cb of blocks) {
    const { block, kind } = cb;
    if (kind === 'transcript-turn') {
      turn = {
        kind: 'transcript-turn',
        start: block.start,
        end: block.end,
        ...(cb.speaker ? { speaker: cb.speaker } : {}),
      };
      sections.push(turn);
      sections.push({ kind: 'body', start: block.start, end: block.end });
    } else if (turn && (kind === 'body' || kind === 'lead' || kind === 'list')) {
      turn.end = block.end;
      sections.push({
        kind: kind === 'lead' ? 'body' : kind,
        start: block.start,
        end: block.end,
        ...(cb.items ? { items: cb.items } : {}),
      });
    } else {
      if (kind !== 'body' && kind !== 'list') turn = undefined;
      sections.push({ kind, start: block.start, end: block.end, ...(cb.items ? { items: cb.items } : {}) });
    }
    if (kind === 'residue') {
      residue.push({ start: block.start, end: block.end });
      continue;
    }
    mined.push({ start: block.start, end: block.end });
    if (PROSE.has(kind)) {
      const from = kind === 'transcript-turn' && cb.speaker ? cb.speaker.end + 1 : block.start;
      // A loop, not push(...spread): a block may hold a million sentences, past the call-stack limit.
      // Indexed: for-of in code that runs once per document allocates a result per element.
      const own = splitSentences(text, Math.min(from, block.end), block.end);
      for (let k = 0; k < own.length; k++) sentences.push(own[k] as { start: number; end: number });
      const quotes = findQuotes(text, block.start, block.end);
      for (let k = 0; k < quotes.length; k++) {
        const q = quotes[k] as { start: number; end: number };
        sections.push({ kind: 'quote', start: q.start, end: q.end });
      }
    }
  }
  // Containers before their contents at the same start; otherwise by position.
  const rank = (s: Section) => (s.kind === 'transcript-turn' ? 0 : s.kind === 'quote' ? 2 : 1);
  sections.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  return { blocks, sections, sentences, mined, residue };
}

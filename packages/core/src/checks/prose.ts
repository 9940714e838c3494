/** Which parts of a release are prose a reader reads in order (not headline, contact, residue). */
import type { Section, SectionKind } from '../types.js';

const PROSE: ReadonlySet<SectionKind> = new Set(['lead', 'body', 'list', 'transcript-turn']);

/** Paragraph-level sections (not the quotes nested in them), in order. */
export function blocksOf(sections: readonly Section[]): Section[] {
  return sections.filter((s) => s.kind !== 'quote');
}

/** The paragraph-level section holding `offset`, by binary search over `blocks` (sorted, disjoint). */
export function blockAt(blocks: readonly Section[], offset: number): Section | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    if (!b) break;
    if (b.end <= offset) lo = mid + 1;
    else if (b.start > offset) hi = mid - 1;
    else return b;
  }
  return undefined;
}

export function isProse(section: Section | undefined): boolean {
  return section !== undefined && PROSE.has(section.kind);
}

/** Folding ranges: every section (paragraph, list, turn, contact, boilerplate) spanning several lines. */
import { type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { AnalyzedDocument } from '../documents/analyzed-document.js';

export function foldingRanges(doc: AnalyzedDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const seen = new Set<string>();
  for (const section of doc.analysis.document.sections) {
    const startLine = doc.lines.lineAt(section.start);
    const endLine = doc.lines.lineAt(Math.max(section.start, section.end - 1));
    if (endLine <= startLine) continue;
    const key = `${startLine}:${endLine}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const range: FoldingRange = { startLine, endLine };
    if (section.kind === 'boilerplate' || section.kind === 'residue' || section.kind === 'contact') {
      range.kind = FoldingRangeKind.Comment;
    } else {
      range.kind = FoldingRangeKind.Region;
    }
    ranges.push(range);
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

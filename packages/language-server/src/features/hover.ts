/**
 * Hover: on a mention, the entity card (a date's card leads with its resolved value and weekday);
 * on the headline outside any mention, the document summary. The hover range is the mention.
 */
import { type Hover, MarkupKind, type Position } from 'vscode-languageserver';
import { type AnalyzedDocument, mentionAt } from '../documents/analyzed-document.js';
import { entityCard } from './entity-card.js';
import { summaryCard } from './summary-card.js';

export function hover(doc: AnalyzedDocument, position: Position): Hover | null {
  const offset = doc.lines.offsetAt(position);
  const found = mentionAt(doc, offset);
  if (found) {
    const { mention } = found;
    const start = mention.title ? Math.min(mention.title.start, mention.start) : mention.start;
    return {
      contents: { kind: MarkupKind.Markdown, value: entityCard(doc, found.entity) },
      range: doc.lines.rangeOf(start, mention.end),
    };
  }
  const title = doc.analysis.document.sections.find((section) => section.kind === 'title');
  if (title && offset >= title.start && offset < title.end) {
    return {
      contents: { kind: MarkupKind.Markdown, value: summaryCard(doc) },
      range: doc.lines.rangeOf(title.start, title.end),
    };
  }
  return null;
}

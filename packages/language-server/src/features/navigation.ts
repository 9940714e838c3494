/**
 * Definition (the entity's first mention), references (every mention; the first one only when
 * the client asks to include the declaration) and document highlight (every mention, the first
 * one marked Write as "where it is introduced").
 */
import {
  type DocumentHighlight,
  DocumentHighlightKind,
  type Location,
  type Position,
} from 'vscode-languageserver';
import {
  type AnalyzedDocument,
  firstMention,
  mentionAt,
  mentionsInOrder,
} from '../documents/analyzed-document.js';

export function definition(doc: AnalyzedDocument, position: Position): Location | null {
  const found = mentionAt(doc, doc.lines.offsetAt(position));
  const first = found ? firstMention(found.entity) : undefined;
  return first ? { uri: doc.uri, range: doc.lines.rangeOf(first.start, first.end) } : null;
}

export function references(
  doc: AnalyzedDocument,
  position: Position,
  includeDeclaration: boolean,
): Location[] {
  const found = mentionAt(doc, doc.lines.offsetAt(position));
  if (!found) return [];
  const first = firstMention(found.entity);
  return mentionsInOrder(found.entity)
    .filter((mention) => includeDeclaration || mention !== first)
    .map((mention) => ({ uri: doc.uri, range: doc.lines.rangeOf(mention.start, mention.end) }));
}

export function documentHighlights(doc: AnalyzedDocument, position: Position): DocumentHighlight[] {
  const found = mentionAt(doc, doc.lines.offsetAt(position));
  if (!found) return [];
  const first = firstMention(found.entity);
  return mentionsInOrder(found.entity).map((mention) => ({
    range: doc.lines.rangeOf(mention.start, mention.end),
    kind: mention === first ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

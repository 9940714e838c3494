/** `dateline/entities`: the document's entities in order of first mention, for lists and trees. */

import { mentionCounts } from '@dateline/core';
import { type AnalyzedDocument, firstMention } from '../documents/analyzed-document.js';
import type { EntityItem } from '../protocol.js';

export function entityItems(doc: AnalyzedDocument): EntityItem[] {
  return doc.analysis.entities
    .map((entity) => {
      const first = firstMention(entity);
      return {
        item: {
          id: entity.id,
          name: entity.name,
          type: entity.type,
          summary: entity.summary,
          mentions: mentionCounts(entity).named,
          first: doc.lines.rangeOf(first?.start ?? 0, first?.end ?? 0),
        },
        start: first?.start ?? 0,
      };
    })
    .sort((a, b) => a.start - b.start)
    .map(({ item }) => item);
}

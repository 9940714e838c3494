/** Code lens (off by default): "N mentions" over the first mention of each person and organisation. */

import { mentionCounts } from '@dateline/core';
import type { CodeLens } from 'vscode-languageserver';
import { type AnalyzedDocument, firstMention } from '../documents/analyzed-document.js';

/** The command a client may bind to show the references; clients without it just show the title. */
export const SHOW_MENTIONS_COMMAND = 'dateline.showMentions';

export function codeLenses(doc: AnalyzedDocument): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const entity of doc.analysis.entities) {
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    const first = firstMention(entity);
    if (!first) continue;
    const count = mentionCounts(entity).named;
    const range = doc.lines.rangeOf(first.start, first.end);
    lenses.push({
      range,
      command: {
        title: `${count} ${count === 1 ? 'mention' : 'mentions'} of ${entity.name.replace(/\s+/g, ' ')}`,
        command: SHOW_MENTIONS_COMMAND,
        arguments: [doc.uri, range.start],
      },
    });
  }
  return lenses.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/** Look-ups over a finished Analysis, for tools that start from a position in the text. */
import type { Analysis, Entity, Mention } from '../types.js';

/**
 * The entity mentioned at `offset` (a UTF-16 index), with the mention; the innermost one when a
 * mention nests inside another ("Israeli" inside "Israeli Defence Minister"). A title attached to
 * a person's mention counts as part of it.
 */
export function entityAt(
  analysis: Analysis,
  offset: number,
): { entity: Entity; mention: Mention } | undefined {
  let best: { entity: Entity; mention: Mention; width: number } | undefined;
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      const start = mention.title ? Math.min(mention.title.start, mention.start) : mention.start;
      if (offset < start || offset >= mention.end) continue;
      const inName = offset >= mention.start;
      const width = (inName ? mention.end - mention.start : mention.end - start) + (inName ? 0 : 1e9);
      if (!best || width < best.width) best = { entity, mention, width };
    }
  }
  return best ? { entity: best.entity, mention: best.mention } : undefined;
}

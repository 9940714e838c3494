/** The mentions of some types in an analysis of a short text, as "type:text" in text order. */
import { analyze } from '../../src/index.js';
import type { EntityType } from '../../src/types.js';

export function mentionsOf(text: string, types: readonly EntityType[]): string[] {
  const found: { start: number; label: string }[] = [];
  for (const entity of analyze(text).entities) {
    if (!types.includes(entity.type)) continue;
    for (const m of entity.mentions) {
      // The offset invariant every mention keeps.
      if (text.slice(m.start, m.end) !== m.text)
        throw new Error(`offsets of ${m.text} do not match the text`);
      found.push({ start: m.start, label: `${entity.type}:${m.text}` });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.label);
}

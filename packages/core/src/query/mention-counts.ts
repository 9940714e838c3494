/** How often an entity is named, told apart from the pronouns that refer to it (link/pronouns.ts). */
import type { Entity } from '../types.js';

export interface MentionCounts {
  /** Mentions that name the entity: what a reader counts as "3 mentions". */
  named: number;
  /** "I", "we", "he"… linked to the entity. */
  pronouns: number;
}

export function mentionCounts(entity: Entity): MentionCounts {
  let pronouns = 0;
  for (const mention of entity.mentions) if (mention.pronoun) pronouns++;
  return { named: entity.mentions.length - pronouns, pronouns };
}

/** "3 mentions", or "3 mentions and 12 pronouns". */
export function mentionCountText({ named, pronouns }: MentionCounts): string {
  const line = `${named} mention${named === 1 ? '' : 's'}`;
  return pronouns === 0 ? line : `${line} and ${pronouns} pronoun${pronouns === 1 ? '' : 's'}`;
}

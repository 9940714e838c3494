/**
 * One line per entity, for hovers and listings: who or what it is, in the document's own words,
 * and how often it is mentioned. "Jens Stoltenberg, NATO Secretary General; 3 mentions."
 */
import { entitiesById } from '../arrays.js';
import { mentionCounts, mentionCountText } from '../query/mention-counts.js';
import type { Entity } from '../types.js';

/** The short form people use for an organisation, its acronym when it has one; other entities' names. */
export function shortName(entity: Entity): string {
  if (entity.type !== 'organization') return entity.name;
  const acronym = [entity.name, ...entity.aliases].find((a) => /^[A-Z][A-Z.&-]{1,9}$/.test(a));
  return acronym ?? entity.name;
}

function roleLine(person: Entity, byId: Map<string, Entity>): string | undefined {
  const role = person.roles[0];
  if (!role) return undefined;
  const of = role.of ? byId.get(role.of) : undefined;
  if (!of) return role.title;
  if (of.type === 'organization') return `${shortName(of)} ${role.title}`;
  // A country: say it as the document does ("US Secretary of Defense") when a held role shows it.
  const written = [...byId.values()].find(
    (e) =>
      e.type === 'role' &&
      e.heldBy?.includes(person.id) &&
      e.name.endsWith(role.title) &&
      e.name !== role.title,
  );
  return written ? written.name : `${role.title} of ${of.name}`;
}

function detail(entity: Entity, byId: Map<string, Entity>): string {
  switch (entity.type) {
    case 'person': {
      const role = roleLine(entity, byId);
      return role ? `, ${role}` : '';
    }
    case 'organization':
      return entity.expansion ? ` (${entity.expansion})` : '';
    case 'nationality':
      return entity.country && entity.country !== entity.name ? ` (${entity.country})` : '';
    case 'role': {
      const holders: string[] = [];
      for (const id of entity.heldBy ?? NO_IDS) {
        const name = byId.get(id)?.name;
        if (name) holders.push(name);
      }
      return holders.length > 0 ? `, held by ${holders.join(', ')}` : '';
    }
    case 'date':
      if (entity.duration) return ', a length of time';
      return entity.value && entity.value !== entity.name ? ` (${entity.value})` : '';
    default:
      return '';
  }
}

const NO_IDS: readonly string[] = [];

export function summarizeEntities(entities: Entity[]): void {
  const byId = entitiesById(entities);
  for (const e of entities) e.summary = `${e.name}${detail(e, byId)}; ${mentionCountText(mentionCounts(e))}.`;
}

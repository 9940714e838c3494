/** `--types person,organization`: an analysis narrowed to some entity types, for any output format. */
import { type Analysis, ENTITY_TYPES, type EntityType } from '@dateline/core';
import { InvalidArgumentError } from 'commander';

/**
 * The analysis with only the entities of `types` (in their original order and with their ids, so a
 * role's `of` or a role's `heldBy` may name an entity that was filtered out: formats look ids up and
 * skip the ones they cannot find). Everything else (document, notes) is kept as is. An undefined or
 * empty list keeps every entity.
 */
export function filterTypes(analysis: Analysis, types: readonly EntityType[] | undefined): Analysis {
  if (types === undefined || types.length === 0) return analysis;
  const wanted = new Set<string>(types);
  return { ...analysis, entities: analysis.entities.filter((entity) => wanted.has(entity.type)) };
}

/**
 * The value of `--types`: `person,organization` → the types in the contract's order. Unknown or no
 * names are a usage error (commander prints it as "option '--types <types>' argument … is invalid").
 */
export function parseTypeList(value: string): EntityType[] {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(ENTITY_TYPES as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(
      `${unknown.length > 0 ? `Unknown type ${unknown.map((name) => `'${name}'`).join(', ')}. ` : ''}` +
        `Expected comma-separated types from: ${ENTITY_TYPES.join(', ')}.`,
    );
  }
  return ENTITY_TYPES.filter((type) => names.includes(type));
}

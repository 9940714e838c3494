/** The order types are reported in, and the primary types the headline (micro) scores cover. */
import { ENTITY_TYPES, type EntityType } from '@dateline/core';

/** The micro P/R/F1 of the protocol is over these types. */
export const PRIMARY_TYPES: readonly EntityType[] = [
  'person',
  'organization',
  'location',
  'nationality',
  'date',
];

/** Every type of the contract, primary types first, then the others in the contract's order. */
export const REPORT_TYPE_ORDER: readonly EntityType[] = [
  ...PRIMARY_TYPES,
  ...ENTITY_TYPES.filter((type) => !PRIMARY_TYPES.includes(type)),
];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** `types` in report order, without duplicates. */
export function inReportOrder(types: Iterable<EntityType>): EntityType[] {
  const wanted = new Set(types);
  return REPORT_TYPE_ORDER.filter((type) => wanted.has(type));
}

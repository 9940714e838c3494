/** re3d entity types → Dateline entity types (the protocol of the corpus README, step 2). */
import type { EntityType } from '@dateline/core';

export const RE3D_TYPE_MAP: Readonly<Record<string, EntityType>> = Object.freeze({
  Person: 'person',
  Organisation: 'organization',
  Location: 'location',
  Coordinate: 'location',
  Nationality: 'nationality',
  Temporal: 'date',
  Money: 'money',
  Quantity: 'quantity',
  Frequency: 'quantity',
  Weapon: 'equipment',
  MilitaryPlatform: 'equipment',
  Vehicle: 'equipment',
  DocumentReference: 'document',
  CommsIdentifier: 'contact',
});

/** The Dateline type of a re3d type, or undefined for a type outside the mapping. */
export function mapRe3dType(re3dType: string): EntityType | undefined {
  return Object.hasOwn(RE3D_TYPE_MAP, re3dType) ? RE3D_TYPE_MAP[re3dType] : undefined;
}

import { ENTITY_TYPES, type EntityType } from '@dateline/core';
import * as vscode from 'vscode';

// One codicon per entity type (exhaustive: a new core type fails the type check here), shared by
// the Entities view and the List Entities picker.
const ICON_BY_TYPE: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  location: 'location',
  nationality: 'globe',
  role: 'briefcase',
  event: 'symbol-event',
  date: 'calendar',
  money: 'credit-card',
  quantity: 'symbol-numeric',
  document: 'book',
  equipment: 'tools',
  contact: 'mail',
};

export function entityIconId(type: string): string {
  return ICON_BY_TYPE[type as EntityType] ?? 'symbol-misc';
}

export function entityIcon(type: string): vscode.ThemeIcon {
  return new vscode.ThemeIcon(entityIconId(type));
}

/** The core's type order, so groups appear in the same order everywhere. */
export const TYPE_ORDER: readonly string[] = ENTITY_TYPES;

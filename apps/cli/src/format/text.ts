/** `--format text`: a listing for people: headline, date and place, entities grouped by type. */
import { ENTITY_TYPES, type Entity, mentionCounts, shortName } from '@dateline/core';
import { escapeControls } from '../errors.js';
import type { AnalysedDocument, Formatter } from './types.js';

export const textFormatter: Formatter = {
  name: 'text',
  description: 'a readable listing: headline, date and place, entities grouped by type (default)',
  start() {
    let count = 0;
    return {
      document: (doc) => `${count++ === 0 ? '' : '\n'}${renderDocument(doc)}`,
      end: () => '',
    };
  },
};

/**
 * seeds/nato.txt
 *   NATO Secretary General, Press Conference at Defence Ministers Meeting
 *   Brussels · 2023-10-12
 *
 *   person (4)
 *     Jens Stoltenberg ×3 (aka Mr. Stoltenberg) — Secretary General of NATO
 */
export function renderDocument({ source, analysis }: AnalysedDocument): string {
  const { document, entities, notes } = analysis;
  const lines = [
    escapeControls(source),
    `  ${document.title === null ? '(no headline)' : oneLine(document.title)}`,
  ];
  const when = [document.place, document.date].filter((part): part is string => part !== null).map(oneLine);
  if (when.length > 0) lines.push(`  ${when.join(' · ')}`);

  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const groups = groupByType(entities);
  if (groups.length === 0) lines.push('', '  no entities');
  for (const [type, members] of groups) {
    lines.push(
      '',
      `  ${type} (${members.length})`,
      ...members.map((entity) => `    ${entityLine(entity, byId)}`),
    );
  }
  if (notes.length > 0) {
    lines.push(
      '',
      `  notes (${notes.length})`,
      ...notes.map((note) => `    ${note.code}: ${oneLine(note.message)}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `Jens Stoltenberg ×3 (aka Mr. Stoltenberg, Stoltenberg) — Secretary General of NATO`, `Thursday ×1 → 2023-10-12`, `90 days ×1 → P90D (a length of time)` */
export function entityLine(entity: Entity, byId: ReadonlyMap<string, Entity>): string {
  let line = `${oneLine(entity.name)} ×${mentionCounts(entity).named}`;
  if (entity.aliases.length > 0) line += ` (aka ${entity.aliases.map(oneLine).join(', ')})`;
  if (entity.roles.length > 0) {
    const roles = entity.roles.map((role) => {
      const of = role.of === undefined ? undefined : byId.get(role.of);
      return of === undefined ? oneLine(role.title) : `${oneLine(role.title)} of ${oneLine(shortName(of))}`;
    });
    line += ` — ${roles.join('; ')}`;
  }
  if (entity.value !== undefined) line += ` → ${oneLine(entity.value)}`;
  if (entity.duration !== undefined) line += ` → ${entity.duration} (a length of time)`;
  return line;
}

/** Entities by type, types in the contract's order (any type the core adds later goes last), entities in order. */
function groupByType(entities: readonly Entity[]): [string, Entity[]][] {
  const groups = new Map<string, Entity[]>(ENTITY_TYPES.map((type) => [type, []]));
  for (const entity of entities) {
    const group = groups.get(entity.type);
    if (group) group.push(entity);
    else groups.set(entity.type, [entity]);
  }
  return [...groups].filter(([, members]) => members.length > 0);
}

/** Text from the document on one line: runs of white space (line breaks too) become one space. */
function oneLine(text: string): string {
  return escapeControls(text.replace(/\s+/g, ' ').trim());
}

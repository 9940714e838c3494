/**
 * Entities across a corpus: one row per entity, merged across documents by type and canonical name
 * (case-insensitive, white space normalised), with the documents naming it, its mentions, and the
 * first and last release dates. Shared by `dateline entities` and the report's index.
 */
import type { Analysis, EntityType } from '@dateline/core';
import { mentionCounts } from '@dateline/core';

export interface IndexedDocument {
  readonly source: string;
  readonly analysis: Analysis;
}

export interface EntityRow {
  /** The merge key: `person\u0000jens stoltenberg`. */
  key: string;
  /** The spelling most used across documents (first met on a tie). */
  name: string;
  type: EntityType;
  /** Sources of the documents naming it, in input order, each once. */
  documents: string[];
  mentions: number;
  /** Earliest and latest release date (YYYY-MM-DD) among those documents; null when none is dated. */
  first: string | null;
  last: string | null;
  /** Per document: the entity's id there and its mention count (for links into the report). */
  occurrences: { document: number; id: string; mentions: number }[];
}

export interface IndexOptions {
  types?: readonly EntityType[];
  minDocuments?: number;
  limit?: number;
}

export function mergeKey(type: string, name: string): string {
  return `${type}\u0000${name.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/**
 * Rows sorted by documents (most first), then mentions, then name (code units, so the order is the
 * same everywhere), filtered by type and document count, then cut to `limit`.
 */
export function indexEntities(
  documents: readonly IndexedDocument[],
  options: IndexOptions = {},
): EntityRow[] {
  const wanted = options.types && options.types.length > 0 ? new Set<string>(options.types) : undefined;
  const rows = new Map<string, EntityRow & { spellings: Map<string, number> }>();
  documents.forEach(({ source, analysis }, index) => {
    const date = analysis.document.date;
    for (const entity of analysis.entities) {
      if (wanted && !wanted.has(entity.type)) continue;
      const key = mergeKey(entity.type, entity.name);
      let row = rows.get(key);
      if (row === undefined) {
        row = {
          key,
          name: entity.name,
          type: entity.type,
          documents: [],
          mentions: 0,
          first: null,
          last: null,
          occurrences: [],
          spellings: new Map(),
        };
        rows.set(key, row);
      }
      const spelling = entity.name.replace(/\s+/g, ' ').trim();
      row.spellings.set(spelling, (row.spellings.get(spelling) ?? 0) + 1);
      if (row.occurrences.at(-1)?.document !== index) row.documents.push(source);
      const named = mentionCounts(entity).named;
      row.mentions += named;
      row.occurrences.push({ document: index, id: entity.id, mentions: named });
      if (date !== null) {
        if (row.first === null || date < row.first) row.first = date;
        if (row.last === null || date > row.last) row.last = date;
      }
    }
  });
  const minDocuments = options.minDocuments ?? 1;
  const sorted = [...rows.values()]
    .map(({ spellings, ...row }) => ({ ...row, name: mostUsed(spellings) ?? row.name }))
    .filter((row) => row.documents.length >= minDocuments)
    .sort(
      (a, b) =>
        b.documents.length - a.documents.length ||
        b.mentions - a.mentions ||
        compare(a.name.toLowerCase(), b.name.toLowerCase()) ||
        compare(a.name, b.name) ||
        compare(a.type, b.type),
    );
  return options.limit === undefined ? sorted : sorted.slice(0, options.limit);
}

function mostUsed(spellings: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let count = 0;
  for (const [spelling, n] of spellings) {
    if (n > count) {
      best = spelling;
      count = n;
    }
  }
  return best;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

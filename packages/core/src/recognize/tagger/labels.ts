/**
 * The tagger's labels: BIO over the five types re3d scores as primary. Label 0 is O; type k has
 * B = 1 + 2k and I = 2 + 2k.
 */
import type { EntityType } from '../../types.js';

export const TAGGED_TYPES = ['person', 'organization', 'location', 'nationality', 'date'] as const;
export type TaggedType = (typeof TAGGED_TYPES)[number];

export const LABEL_COUNT = 1 + 2 * TAGGED_TYPES.length;
export const OUTSIDE = 0;

export const beginOf = (k: number): number => 1 + 2 * k;
export const insideOf = (k: number): number => 2 + 2 * k;
/** Index in TAGGED_TYPES of a B or I label (undefined for O). */
export const typeIndexOf = (label: number): number | undefined =>
  label === OUTSIDE ? undefined : (label - 1) >> 1;
export const isBegin = (label: number): boolean => label !== OUTSIDE && (label - 1) % 2 === 0;

export function taggedTypeIndex(type: EntityType): number {
  return (TAGGED_TYPES as readonly string[]).indexOf(type);
}

/** BIO well-formedness: I-x only after B-x or I-x. `from` = -1 is the start of a sequence. */
export function allowed(from: number, to: number): boolean {
  if (to === OUTSIDE || isBegin(to)) return true;
  return from !== -1 && from !== OUTSIDE && typeIndexOf(from) === typeIndexOf(to);
}

/** allowed(from, to) as a table: ALLOWED[(from + 1) * LABEL_COUNT + to]. */
export const ALLOWED: Uint8Array = (() => {
  const table = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let from = -1; from < LABEL_COUNT; from++)
    for (let to = 0; to < LABEL_COUNT; to++) table[(from + 1) * LABEL_COUNT + to] = allowed(from, to) ? 1 : 0;
  return table;
})();

/** A typed token span [startToken, endToken). */
export interface TaggedSpan {
  type: TaggedType;
  startToken: number;
  endToken: number;
}

/** Spans of a BIO label sequence (labels are well formed by construction of the decoder). */
export function spansOf(labels: ArrayLike<number>, offset = 0): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  for (let i = 0; i <= labels.length; i++) {
    const label = i < labels.length ? (labels[i] ?? OUTSIDE) : OUTSIDE;
    if (open && (label === OUTSIDE || isBegin(label) || typeIndexOf(label) !== taggedTypeIndex(open.type))) {
      open.endToken = offset + i;
      out.push(open);
      open = undefined;
    }
    if (label !== OUTSIDE && !open) {
      const type = TAGGED_TYPES[typeIndexOf(label) ?? 0] ?? 'person';
      open = { type, startToken: offset + i, endToken: offset + i + 1 };
    }
  }
  return out;
}

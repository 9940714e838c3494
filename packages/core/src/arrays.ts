/**
 * Arrays of one kind whatever tier of V8 builds them.
 *
 * V8 keeps an array's element kind in its map: packed or holey (and, while empty, small
 * integers). Code optimised on arrays of one kind deoptimises ("wrong map") when it meets the
 * other, and is compiled again. Some builtins give a kind that depends on the tier that runs them:
 * `map` builds a packed array in the interpreter and a holey one once TurboFan inlines it, and
 * `filter` of a holey array is holey in the interpreter and packed once inlined; `concat`, spreads
 * and `slice` pass the kind on. So arrays of objects that flow between stages are built packed
 * (literals, `push`, `filter` of packed arrays), never by `map` or `new Array(n)`.
 */

/**
 * `items.map(f)`, packed in every tier, for an array passed on (pushed: it regrows, where `map`
 * allocates once).
 */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i] as T, i));
  return out;
}

/**
 * `items.map(f)`, holey in every tier, for an array only indexed where it is made (never
 * filtered, joined or passed on): allocated once at its length.
 */
export function mapHoley<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out = new Array<U>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = f(items[i] as T, i);
  return out;
}

/** Entities (or anything with an id) by id: a loop, not `new Map(items.map(…))` (see above). */
export function entitiesById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    out.set(item.id, item);
  }
  return out;
}

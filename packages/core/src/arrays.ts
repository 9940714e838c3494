/**
 * `items.map(f)`, as the same kind of array whatever tier runs it. V8's optimising compiler builds
 * the result of a `map` it inlines as a holey array, where the interpreter and the builtin build a
 * packed one: code reading a `map` result sees one array map while the producer is cold and
 * another once it is optimised, and deoptimises ("wrong map"), as does everything the array is
 * concatenated into. This one is holey (`new Array(n)`) in every tier.
 */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out = new Array<U>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = f(items[i] as T, i);
  return out;
}

/** Entities (or anything with an id) by id; a loop, not `new Map(items.map(…))` (see `mapped`). */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    out.set(item.id, item);
  }
  return out;
}

/**
 * `[...a, ...b].sort(compare)` in linear time when `a` and `b` are each already in order, as the
 * tagger's lists mostly are (rule mentions by position, tagged spans left to right). Ties keep `a`
 * first, as the stable sort does, so the result is the same array either way; unsorted input
 * falls back to the sort.
 */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  if (!inOrder(a, compare) || !inOrder(b, compare)) return [...a, ...b].sort(compare);
  // Pushed, not written into `new Array(n)`: a packed array, as the sort's (see arrays.ts).
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    // b's element goes first only when strictly smaller: on ties a's stays ahead.
    if (compare(b[j] as T, a[i] as T) < 0) out.push(b[j++] as T);
    else out.push(a[i++] as T);
  }
  while (i < a.length) out.push(a[i++] as T);
  while (j < b.length) out.push(b[j++] as T);
  return out;
}

function inOrder<T>(list: readonly T[], compare: (x: T, y: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1] as T, list[i] as T) > 0) return false;
  return true;
}

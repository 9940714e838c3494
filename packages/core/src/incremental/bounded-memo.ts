/**
 * A memo of a pure function that outlives one analysis (an editing session reads the same words
 * and phrases on every edit): emptied when it reaches `limit` entries, so its memory stays bounded.
 * Values must never be changed by their users.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(
    private readonly limit: number,
    private readonly compute: (key: K) => V,
  ) {}

  get(key: K): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      value = this.compute(key);
      if (this.entries.size >= this.limit) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }
}

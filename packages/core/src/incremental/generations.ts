/**
 * A memo that keeps only what the latest analysis used: entries found or stored during one
 * analysis survive into the next, everything else is dropped when the next analysis starts. Its
 * size is bounded by one document's worth of entries, however long an editing session runs.
 */
export class Generations<K, V> {
  private previous = new Map<K, V>();
  private current = new Map<K, V>();

  /** Starts an analysis: what the last one used becomes what this one may reuse. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get(key: K): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.previous.get(key);
    if (old !== undefined) this.current.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    this.current.set(key, value);
  }

  /** Entries kept for the next analysis (for tests of the bound). */
  get size(): number {
    return this.current.size;
  }

  clear(): void {
    this.previous = new Map();
    this.current = new Map();
  }
}

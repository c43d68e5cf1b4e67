// FifoCache: a memo bounded by dropping its oldest entries, an eighth of it at a time.

/**
 * A Map that, when full, drops its oldest eighth in one pass. Dropping one entry per insert would make V8 walk over
 * every slot deleted since its last rehash on each "find the oldest" (a Map keeps deleted slots until it rehashes):
 * with thousands of entries, that walk was a good part of a worker's threading time.
 * @example const memo = new FifoCache<string, Features>(4096, (dropped) => (dropped.evicted = true));
 */
export class FifoCache<K, V> {
  private readonly map = new Map<K, V>();

  /**
   * @param capacity most entries kept
   * @param onEvict called with each dropped value
   */
  constructor(
    private readonly capacity: number,
    private readonly onEvict?: (value: V) => void,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  set(key: K, value: V): void {
    if (this.map.size >= this.capacity && !this.map.has(key)) this.dropOldest();
    this.map.set(key, value);
  }

  private dropOldest(): void {
    let left = Math.max(1, this.capacity >> 3);
    for (const [key, value] of this.map) {
      this.map.delete(key);
      this.onEvict?.(value);
      if (--left === 0) return;
    }
  }
}

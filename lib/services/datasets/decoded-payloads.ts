/**
 * Decoded dataset payloads kept by dataset id, at most `limit` of them, the least recently used dropped first.
 * Dataset rows are immutable (a new import is a new row), so a kept value never goes stale; the bound keeps a
 * long-running server that has seen many large imports (deleted ones too) from holding every one of them.
 * Callers look a dataset up with the user's firm first: the cache is keyed by id alone.
 */
export class DecodedPayloads<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit: number) {}

  /** The value kept for `id`, else `load()`'s, kept from now on (a failed load keeps nothing). */
  async get(id: string, load: () => Promise<T>): Promise<T> {
    if (this.entries.has(id)) {
      const hit = this.entries.get(id) as T;
      // Map keeps insertion order: moving a hit to the end makes the first key the least recently used.
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit;
    }
    const value = await load();
    this.entries.set(id, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  /** Forgets every kept value. */
  clear(): void {
    this.entries.clear();
  }
}

/** How many decoded payloads each reader keeps: a page's worth (a comparison, a proposal's slots) with room to spare. */
export const DECODED_PAYLOADS_KEPT = 32;

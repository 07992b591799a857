/** Whether typed arrays store the least significant byte first (true on every mainstream platform). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Sorts securities by market cap descending, ties by index ascending (ids are sorted, so index order
 * is id order: domain.md §3 "Ranks"). `ids` and `caps` are parallel and sorted together in place.
 *
 * An LSD radix sort on the IEEE-754 bytes of the caps: for positive doubles the bit pattern read as an
 * unsigned integer grows with the value, so 8 stable byte passes (fewer when a byte is the same for
 * all) sort in O(n). It runs at every rebalance, where a comparator sort was the slowest step of the
 * back-test. Stability keeps equal caps in input order, hence the ascending-ids precondition.
 *
 * @throws if the arrays differ in length, ids are not strictly ascending, or a cap is not > 0.
 * @example ids [0, 1, 2], caps [5, 9, 5] → ids [1, 0, 2], caps [9, 5, 5]
 */
export function sortByCapDescending(ids: Int32Array, caps: Float64Array): void {
  const n = ids.length;
  if (caps.length !== n) throw new Error(`sortByCapDescending: ${n} ids but ${caps.length} caps`);
  for (let i = 0; i < n; i++) {
    if (!((caps[i] ?? 0) > 0 && caps[i] !== Infinity)) {
      throw new Error(`sortByCapDescending: cap ${caps[i]} at ${i} is not a finite number > 0`);
    }
    if (i > 0 && (ids[i] ?? 0) <= (ids[i - 1] ?? 0)) {
      throw new Error("sortByCapDescending: ids must be strictly ascending");
    }
  }
  let srcIds: Int32Array = ids;
  let srcCaps: Float64Array = caps;
  let dstIds: Int32Array = new Int32Array(n);
  let dstCaps: Float64Array = new Float64Array(n);
  const counts = new Int32Array(256);
  for (let pass = 0; pass < 8; pass++) {
    const bytes = new Uint8Array(srcCaps.buffer, srcCaps.byteOffset, n * 8);
    const at = LITTLE_ENDIAN ? pass : 7 - pass;
    counts.fill(0);
    // Descending: bucket by the complement of the byte.
    for (let i = 0; i < n; i++) {
      const bucket = 255 - (bytes[i * 8 + at] ?? 0);
      counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    if (counts.includes(n)) continue;
    let start = 0;
    for (let b = 0; b < 256; b++) {
      const count = counts[b] ?? 0;
      counts[b] = start;
      start += count;
    }
    for (let i = 0; i < n; i++) {
      const bucket = 255 - (bytes[i * 8 + at] ?? 0);
      const slot = counts[bucket] ?? 0;
      counts[bucket] = slot + 1;
      dstIds[slot] = srcIds[i] ?? 0;
      dstCaps[slot] = srcCaps[i] ?? 0;
    }
    [srcIds, dstIds] = [dstIds, srcIds];
    [srcCaps, dstCaps] = [dstCaps, srcCaps];
  }
  if (srcIds !== ids) {
    ids.set(srcIds);
    caps.set(srcCaps);
  }
}

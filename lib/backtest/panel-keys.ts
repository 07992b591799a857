/**
 * Dense integer keys for a string column: each row's position among the sorted unique values.
 * Sorting the unique values (not the rows) is what makes `buildPanel` independent of input row order.
 */
export type SortedKeys = {
  /** Unique values in ascending UTF-16 code-unit order (the order `Array.prototype.sort` uses). */
  values: string[];
  /** `values` index of every row. */
  rowKeys: Int32Array;
};

/**
 * Maps every row's value to its index among the sorted unique values.
 *
 * @example sortedKeys(["b", "a", "b"]) → { values: ["a", "b"], rowKeys: [1, 0, 1] }
 */
export function sortedKeys(count: number, valueOf: (row: number) => string): SortedKeys {
  const firstSeen = new Map<string, number>();
  const seenKeys = new Int32Array(count);
  // Rows usually arrive grouped by id or date; reusing the previous lookup skips most Map probes.
  let previous: string | undefined;
  let previousKey = -1;
  for (let i = 0; i < count; i++) {
    const value = valueOf(i);
    if (value !== previous) {
      let key = firstSeen.get(value);
      if (key === undefined) {
        key = firstSeen.size;
        firstSeen.set(value, key);
      }
      previous = value;
      previousKey = key;
    }
    seenKeys[i] = previousKey;
  }
  const values = [...firstSeen.keys()].sort();
  const remap = new Int32Array(values.length);
  values.forEach((value, sortedIndex) => {
    remap[firstSeen.get(value) ?? 0] = sortedIndex;
  });
  for (let i = 0; i < count; i++) seenKeys[i] = remap[seenKeys[i] ?? 0] ?? 0;
  return { values, rowKeys: seenKeys };
}

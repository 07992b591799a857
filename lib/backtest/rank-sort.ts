/** Which 32-bit half of a double holds its low bits (the first on every mainstream, little-endian platform). */
const LOW_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
/** Three 11-bit digits of the high 32-bit half (bits 0–10, 11–21, 22–31). */
const DIGITS = 3;
const RADIX = 2048;

/**
 * Sorts securities by market cap descending, ties by index ascending (ids are sorted, so index order
 * is id order: domain.md §3 "Ranks"). `ids` and `caps` are parallel and sorted together in place.
 *
 * An LSD radix sort on the IEEE-754 bits of the caps: for positive doubles the bit pattern read as an
 * unsigned integer grows with the value. It runs at every rebalance, where a comparator sort was the
 * slowest step of the back-test. Only the high 32 bits (exponent and the top 20 bits of the mantissa,
 * caps equal to about one part in a million) are radix-sorted, in 3 stable passes of 11 bits (fewer
 * when a digit is the same for all; one counting pass fills every digit's histogram); an insertion sort
 * on the full caps then orders the few runs whose high halves tie, in O(n) when runs are short. Sorting
 * all 64 bits took 6 passes, most of the sort's time. Stability keeps equal caps in input order, hence
 * the ascending-ids precondition; the insertion sort also breaks ties by id.
 *
 * @throws if the arrays differ in length, ids are not strictly ascending, or a cap is not > 0.
 * @example ids [0, 1, 2], caps [5, 9, 5] → ids [1, 0, 2], caps [9, 5, 5]
 */
export function sortByCapDescending(ids: Int32Array, caps: Float64Array): void {
  const n = ids.length;
  if (caps.length !== n) throw new Error(`sortByCapDescending: ${n} ids but ${caps.length} caps`);
  const counts = digitCounts(ids, caps);
  let srcIds: Int32Array = ids;
  let srcCaps: Float64Array = caps;
  let dstIds: Int32Array = new Int32Array(n);
  let dstCaps: Float64Array = new Float64Array(n);
  for (let digit = 0; digit < DIGITS; digit++) {
    if (!toOffsets(counts, digit * RADIX, n)) continue;
    moveByDigit(srcIds, srcCaps, dstIds, dstCaps, counts, digit);
    const nextIds = srcIds;
    srcIds = dstIds;
    dstIds = nextIds;
    const nextCaps = srcCaps;
    srcCaps = dstCaps;
    dstCaps = nextCaps;
  }
  if (srcIds !== ids) {
    ids.set(srcIds);
    caps.set(srcCaps);
  }
  orderTies(ids, caps);
}

// Each loop below is a function of its own so V8 compiles it while it runs without the code around
// it (see `stepSeries`). Every index is in range by construction, so `!` instead of `?? 0`.

/** One stable pass: each element to the next free slot of its bucket for `digit` (offsets in `counts`). */
function moveByDigit(
  srcIds: Int32Array,
  srcCaps: Float64Array,
  dstIds: Int32Array,
  dstCaps: Float64Array,
  counts: Int32Array,
  digit: number,
): void {
  const words = new Uint32Array(srcCaps.buffer, srcCaps.byteOffset, 2 * srcCaps.length);
  const half = 1 - LOW_WORD;
  const shift = digit * 11;
  const top = digit * RADIX + RADIX - 1;
  for (let i = 0; i < srcIds.length; i++) {
    // Descending: bucket by the complement of the digit.
    const bucket = top - ((words[2 * i + half]! >>> shift) & (RADIX - 1));
    const slot = counts[bucket]!;
    counts[bucket] = slot + 1;
    dstIds[slot] = srcIds[i]!;
    dstCaps[slot] = srcCaps[i]!;
  }
}

/**
 * The histogram of every digit (complemented, for descending order) in one pass over the caps, which
 * also checks the preconditions.
 *
 * @throws unless every cap is a finite number > 0 and the ids strictly ascend.
 */
function digitCounts(ids: Int32Array, caps: Float64Array): Int32Array {
  const counts = new Int32Array(DIGITS * RADIX);
  const words = new Uint32Array(caps.buffer, caps.byteOffset, 2 * caps.length);
  const top = RADIX - 1;
  for (let i = 0; i < caps.length; i++) {
    if (!(caps[i]! > 0 && caps[i] !== Infinity)) {
      throw new Error(`sortByCapDescending: cap ${caps[i]} at ${i} is not a finite number > 0`);
    }
    if (i > 0 && ids[i]! <= ids[i - 1]!) throw new Error("sortByCapDescending: ids must be strictly ascending");
    const high = words[2 * i + 1 - LOW_WORD]!;
    counts[top - (high & top)]!++;
    counts[RADIX + top - ((high >>> 11) & top)]!++;
    counts[2 * RADIX + top - (high >>> 22)]!++;
  }
  return counts;
}

/**
 * Orders each run of caps whose high 32 bits tie (the radix passes left it in id order) by cap
 * descending, ties by id ascending: by insertion for the usual short run, by a comparator sort for a long
 * one (caps within a part in a million of each other), so no input makes the sort quadratic.
 */
function orderTies(ids: Int32Array, caps: Float64Array): void {
  const words = new Uint32Array(caps.buffer, caps.byteOffset, 2 * caps.length);
  const half = 1 - LOW_WORD;
  let start = 0;
  for (let i = 1; i <= ids.length; i++) {
    if (i < ids.length && words[2 * i + half] === words[2 * start + half]) continue;
    if (i - start > 32) sortRun(ids, caps, start, i);
    else if (i - start > 1) insertRun(ids, caps, start, i);
    start = i;
  }
}

/** Insertion sort of positions [from, to) by cap descending, ties by id ascending. */
function insertRun(ids: Int32Array, caps: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const cap = caps[i]!;
    const id = ids[i]!;
    let j = i - 1;
    while (j >= from && (caps[j]! < cap || (caps[j] === cap && ids[j]! > id))) {
      caps[j + 1] = caps[j]!;
      ids[j + 1] = ids[j]!;
      j--;
    }
    caps[j + 1] = cap;
    ids[j + 1] = id;
  }
}

/** {@link insertRun} for a long run: a comparator sort of the run's (cap, id) pairs. */
function sortRun(ids: Int32Array, caps: Float64Array, from: number, to: number): void {
  const pairs = Array.from({ length: to - from }, (_, k) => ({ cap: caps[from + k]!, id: ids[from + k]! }));
  pairs.sort((a, b) => b.cap - a.cap || a.id - b.id);
  pairs.forEach((pair, k) => {
    caps[from + k] = pair.cap;
    ids[from + k] = pair.id;
  });
}

/**
 * Turns one digit's counts into the first slot of each bucket (an exclusive prefix sum), in place.
 * Returns false when every element has the same digit: that pass would not move anything.
 */
function toOffsets(counts: Int32Array, base: number, n: number): boolean {
  let start = 0;
  for (let b = base; b < base + RADIX; b++) {
    const count = counts[b]!;
    if (count === n) return false;
    counts[b] = start;
    start += count;
  }
  return true;
}

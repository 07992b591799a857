/** Which 32-bit half of a 64-bit element holds its low bits (the first on every mainstream, little-endian platform). */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;

/**
 * Sort keys that order securities by market cap descending, ties by id ascending (domain.md §3 "Ranks"),
 * sorted by the engine's own sort of a BigUint64Array: native code, nothing for V8 to compile first. It
 * runs at every rebalance; the radix sort in JavaScript it replaced was a little faster once compiled, but
 * ran in V8's interpreter through a back-test's first windows, about 10 ms of its first call.
 *
 * Key i is the complement of cap i's IEEE-754 bits (for positive doubles the bits read as an unsigned
 * integer grow with the value, so the complement sorts largest first) with its lowest `indexBits` bits
 * replaced by i, the position in the ascending-id list the keys were made from. Equal caps therefore sort
 * by id. Caps that differ only in those lowest bits (within about 2⁻³⁹ of each other among 8,000
 * securities) also sort by id; `repairOrder` puts them in order.
 *
 * Three views of one buffer: `keys` to sort, `caps` to write a cap into a key, `words` for its bits.
 */
export type CapKeys = { keys: BigUint64Array; caps: Float64Array; words: Uint32Array; indexBits: number };

/** Keys for up to `length` securities. */
export function newCapKeys(length: number): CapKeys {
  const keys = new BigUint64Array(Math.max(length, 1));
  const indexBits = Math.max(1, Math.ceil(Math.log2(Math.max(length, 2))));
  if (indexBits > 31) throw new Error(`newCapKeys: ${length} securities are more than the keys can index`);
  return { keys, caps: new Float64Array(keys.buffer), words: new Uint32Array(keys.buffer), indexBits };
}

/**
 * Ranks the `count` securities ids[i] with caps byId[i] by cap descending, ties by id ascending: order[k]
 * is the security ranked k and caps[k] its cap. The ids must ascend strictly and the caps be finite and
 * > 0, which the collection of the eligible universe guarantees; they are not checked again here, as a
 * check would be one more loop for the interpreter on a first call.
 *
 * @example ids [0, 1, 2], byId [5, 9, 5] → order [1, 0, 2], caps [9, 5, 5]
 */
export function sortByCapDescending(
  keys: CapKeys,
  count: number,
  ids: Int32Array,
  byId: Float64Array,
  order: Int32Array,
  caps: Float64Array,
): void {
  const mask = 2 ** keys.indexBits - 1;
  toKeys(keys.caps, keys.words, byId, count, ~mask);
  keys.keys.subarray(0, count).sort();
  if (!fromKeys(keys.words, count, mask, ids, byId, order, caps)) repairOrder(order, caps, count);
}

// The loops below are functions of their own that take typed arrays and numbers, so V8 compiles each while
// it runs without the code around it. Every index is in range by construction, so `!` instead of `?? 0`.

/** Key i from byId[i] (see {@link CapKeys}): its bits complemented, i in the bits `keep` clears. */
function toKeys(keyCaps: Float64Array, words: Uint32Array, byId: Float64Array, count: number, keep: number): void {
  for (let i = 0; i < count; i++) {
    keyCaps[i] = byId[i]!;
    words[2 * i + HIGH] = ~words[2 * i + HIGH]!;
    words[2 * i + LOW] = (~words[2 * i + LOW]! & keep) | i;
  }
}

/**
 * Reads the sorted keys back into the ranking. Returns false when a cap ranks above a larger one (the two
 * differed only in the bits the index took), true when the ranking is in order.
 */
function fromKeys(
  words: Uint32Array,
  count: number,
  mask: number,
  ids: Int32Array,
  byId: Float64Array,
  order: Int32Array,
  caps: Float64Array,
): boolean {
  let inOrder = true;
  let above = Infinity;
  for (let k = 0; k < count; k++) {
    const i = words[2 * k + LOW]! & mask;
    const cap = byId[i]!;
    order[k] = ids[i]!;
    caps[k] = cap;
    // Equal caps came out by index, which is id order: only a larger cap below a smaller is out of place.
    inOrder = inOrder && cap <= above;
    above = cap;
  }
  return inOrder;
}

/**
 * Insertion sort of the ranking by cap descending, ties by id ascending: O(n) plus the few misplaced pairs.
 * A function of its own, called only when needed, so the loop of `fromKeys` has no branch that is rarely
 * taken (V8 would throw away its compiled code the first time one is).
 */
function repairOrder(order: Int32Array, caps: Float64Array, count: number): void {
  for (let k = 1; k < count; k++) {
    const cap = caps[k]!;
    const id = order[k]!;
    let at = k;
    while (at > 0 && (caps[at - 1]! < cap || (caps[at - 1] === cap && order[at - 1]! > id))) {
      caps[at] = caps[at - 1]!;
      order[at] = order[at - 1]!;
      at--;
    }
    caps[at] = cap;
    order[at] = id;
  }
}

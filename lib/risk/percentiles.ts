import type { PercentileBand } from "./types";

const BAND_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
/** Enough buckets that the few holding a wanted rank carry a small share of 10,000 values each. */
const BUCKETS = 1024;

/**
 * The 5th, 25th, 50th, 75th and 95th percentiles of `values`, by linear interpolation between order
 * statistics (Hyndman & Fan type 7, the default of R, NumPy and Excel's PERCENTILE.INC): with h = (n − 1)·q,
 * x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋ + 1) − x(⌊h⌋)). `values` is left as it is.
 *
 * @throws "percentileBand: …" if `values` is empty or holds a value that is not finite.
 * @example [1, 2, 3, 4, 5] → p5 1.2, p25 2, p50 3, p75 4, p95 4.8
 */
export function percentileBand(values: Float64Array): PercentileBand {
  const [p5, p25, p50, p75, p95] = percentiles(values, BAND_QUANTILES, "percentileBand") as [number, number, number, number, number];
  return { p5, p25, p50, p75, p95 };
}

/**
 * One percentile (q in [0, 1]), by the same definition as `percentileBand`.
 *
 * @throws "percentile: …" if `values` is empty or not finite, or q is outside [0, 1].
 * @example [4, 1, 3, 2] and q 0.5 → 2.5
 */
export function percentile(values: Float64Array, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new Error(`percentile: q must be in [0, 1], got ${q}`);
  return percentiles(values, [q], "percentile")[0]!;
}

/** The share of `values` below `limit` (strictly). */
export function shareBelow(values: Float64Array, limit: number): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! < limit) count++;
  return count / values.length;
}

function percentiles(values: Float64Array, quantiles: readonly number[], where: string): number[] {
  const n = values.length;
  if (n === 0) throw new Error(`${where}: no values`);
  const ranks = quantiles.flatMap((q) => {
    const lo = Math.floor((n - 1) * q);
    return [lo, Math.min(lo + 1, n - 1)];
  });
  const stats = orderStatistics(values, ranks, where);
  return quantiles.map((q, i) => {
    const h = (n - 1) * q;
    const low = stats[2 * i]!;
    return low + (h - Math.floor(h)) * (stats[2 * i + 1]! - low);
  });
}

/**
 * The values of the given ranks (0 = smallest) without sorting everything: one pass finds the range, one
 * counts the values in 1,024 equal-width buckets, one gathers the values of the buckets that hold a wanted
 * rank, and only those are sorted. Bucket numbers never decrease as values grow (the integer part of a
 * product by a positive number), so a rank's value is its bucket's (rank − values in lower buckets)-th
 * smallest: exact, as a full sort would give. Three passes of n instead of the n log n of a sort; a pile-up
 * in one bucket only brings back a sort of that pile.
 */
function orderStatistics(values: Float64Array, ranks: readonly number[], where: string): Float64Array {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let nan = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    nan ||= Number.isNaN(v);
  }
  if (nan || !(Number.isFinite(min) && Number.isFinite(max))) throw new Error(`${where}: values must be finite numbers`);
  if (min === max) return new Float64Array(ranks.length).fill(min);
  // Shrunk by 1e-12 so that even max lands below BUCKETS after rounding, and `| 0` can floor without a clamp.
  const scale = (BUCKETS / (max - min)) * (1 - 1e-12);
  if (!Number.isFinite(scale)) {
    // A range too narrow to divide (subnormal): sort it all.
    const sorted = values.slice().sort();
    return Float64Array.from(ranks, (r) => sorted[r]!);
  }
  const counts = new Int32Array(BUCKETS);
  for (let i = 0; i < values.length; i++) counts[((values[i]! - min) * scale) | 0]!++;

  // Each rank's bucket, and how many values lie in the buckets below it.
  const bucketOfRank = new Int32Array(ranks.length);
  const belowRank = new Int32Array(ranks.length);
  ranks.forEach((rank, i) => {
    let b = 0;
    let below = 0;
    while (below + counts[b]! <= rank) below += counts[b++]!;
    bucketOfRank[i] = b;
    belowRank[i] = below;
  });
  // Gather the wanted buckets' values into one pile each (slot −1: not wanted).
  const slot = new Int32Array(BUCKETS).fill(-1);
  const piles: Float64Array[] = [];
  for (const b of bucketOfRank) if (slot[b] === -1) slot[b] = piles.push(new Float64Array(counts[b]!)) - 1;
  const filled = new Int32Array(piles.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const s = slot[((v - min) * scale) | 0]!;
    if (s >= 0) piles[s]![filled[s]!++] = v;
  }
  for (const pile of piles) pile.sort();
  return Float64Array.from(ranks, (rank, i) => piles[slot[bucketOfRank[i]!]!]![rank - belowRank[i]!]!);
}

/**
 * Concentration of an index (domain.md §3): how much of the weight sits in a few names. A less concentrated
 * index lets an active manager size high-conviction ideas without being forced into a few giants.
 * All functions take weights already renormalised to sum to 1 (see `normalisedWeights`).
 */

/** Number of largest constituents summed by `topNShare`, as in the article's MSCI top-10 comparison. */
export const TOP_N = 10;

function descending(weights: Float64Array): Float64Array {
  return Float64Array.from(weights).sort().reverse();
}

/**
 * Share of the `n` largest weights: Σ of the n largest wᵢ (all of them when there are fewer than n).
 * @throws RangeError when `weights` is empty or `n` is not a positive integer.
 * @example topNShare(Float64Array.of(0.5, 0.3, 0.2), 2) // 0.8
 */
export function topNShare(weights: Float64Array, n: number = TOP_N): number {
  if (weights.length === 0) throw new RangeError("topNShare: weights must not be empty");
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`topNShare: n must be a positive integer, got ${n}`);
  return descending(weights)
    .subarray(0, n)
    .reduce((sum, w) => sum + w, 0);
}

/**
 * Largest single weight: max wᵢ.
 * @throws RangeError when `weights` is empty.
 * @example largestWeight(Float64Array.of(0.5, 0.3, 0.2)) // 0.5
 */
export function largestWeight(weights: Float64Array): number {
  if (weights.length === 0) throw new RangeError("largestWeight: weights must not be empty");
  return weights.reduce((max, w) => Math.max(max, w), 0);
}

/**
 * Herfindahl index H = Σ wᵢ². With weights summing to 1 it lies in [1/N, 1]: 1/N when all N weights are
 * equal, 1 when one constituent holds everything.
 * @throws RangeError when `weights` is empty.
 * @example herfindahl(Float64Array.of(0.5, 0.3, 0.2)) // 0.25 + 0.09 + 0.04 = 0.38
 */
export function herfindahl(weights: Float64Array): number {
  if (weights.length === 0) throw new RangeError("herfindahl: weights must not be empty");
  return weights.reduce((sum, w) => sum + w * w, 0);
}

/**
 * Effective number of holdings 1 / Σ wᵢ²: the number of equal weights that would give the same Herfindahl
 * index, so it reads as "this index behaves like N equally weighted stocks".
 * @throws RangeError when `weights` is empty or all zero.
 * @example effectiveHoldings(Float64Array.of(0.5, 0.3, 0.2)) // 1 / 0.38 ≈ 2.6316
 */
export function effectiveHoldings(weights: Float64Array): number {
  if (weights.length === 0) throw new RangeError("effectiveHoldings: weights must not be empty");
  const h = herfindahl(weights);
  if (h === 0) throw new RangeError("effectiveHoldings: weights must not all be zero");
  return 1 / h;
}

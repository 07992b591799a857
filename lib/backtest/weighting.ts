import type { Weighting } from "./types";

/**
 * Unnormalised weights of a ranked universe (domain.md §3 "Bucket return", §2 "something between
 * the two"): cap ∝ market cap at t, equal ∝ 1, sqrt ∝ √(market cap). A bucket divides these by their
 * sum over its members, so each bucket's weights sum to 1.
 *
 * One array per weighting, as long as the largest possible universe and the same objects for a whole
 * back-test, so a series keeps a reference to its weighting's array and a window allocates none: `cap`
 * is the array the universe's caps are ranked into, `equal` is ones, `sqrt` is refilled by
 * {@link fillRawWeights}.
 */
export type RawWeights = Record<Weighting, Float64Array>;

/** Weights over `caps`, the array each window ranks its universe's caps into. */
export function newRawWeights(caps: Float64Array): RawWeights {
  return { cap: caps, equal: new Float64Array(caps.length).fill(1), sqrt: new Float64Array(caps.length) };
}

/**
 * Brings the weights up to date with a window's universe, whose caps are the first `count` of `cap`.
 *
 * @example cap [4, 1], count 2 → sqrt [2, 1] (bucket weights 2/3, 1/3)
 */
export function fillRawWeights(weights: RawWeights, count: number): void {
  sqrtOf(weights.cap, weights.sqrt, count);
}

/** out[k] = √caps[k] for k < count; the loop takes arrays, not `RawWeights` (see `stepSeries`). */
function sqrtOf(caps: Float64Array, out: Float64Array, count: number): void {
  for (let k = 0; k < count; k++) out[k] = Math.sqrt(caps[k]!);
}

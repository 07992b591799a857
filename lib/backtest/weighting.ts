import type { Weighting } from "./types";

/**
 * Unnormalised weights of a ranked universe (domain.md §3 "Bucket return", §2 "something between
 * the two"): cap ∝ market cap at t, equal ∝ 1, sqrt ∝ √(market cap). A bucket divides these by their
 * sum over its members, so each bucket's weights sum to 1.
 *
 * @example rawWeights("sqrt", [4, 1]) → [2, 1] (bucket weights 2/3, 1/3)
 */
export function rawWeights(weighting: Weighting, caps: Float64Array): Float64Array {
  switch (weighting) {
    case "cap":
      return caps;
    case "equal":
      return new Float64Array(caps.length).fill(1);
    case "sqrt":
      return caps.map(Math.sqrt);
  }
}

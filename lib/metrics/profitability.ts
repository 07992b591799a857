import type { Constituent } from "../market/types";
import { knownValues } from "./coverage";
import { type Metric, notAvailable, ok } from "./types";

/**
 * Share of unprofitable constituents (domain.md §3), by count and by weight, over constituents whose
 * `profitable` flag is known:
 *   byCount  = #{unprofitable} / #{known}
 *   byWeight = Σ w(unprofitable) / Σ w(known)
 * Dividing by the known weight (not by 1) keeps unknown companies out of both numerator and denominator,
 * so a file that flags only half the index does not understate the share.
 *
 * @example weights 0.5 (profitable), 0.3 (unprofitable), 0.2 (unknown):
 *   byCount = 1 / 2 = 0.5; byWeight = 0.3 / (0.5 + 0.3) = 0.375; coverage 2 of 3, weight 0.8
 */
export function unprofitableShares(
  constituents: readonly Constituent[],
  weights: Float64Array | null,
  hasProfitable: boolean,
): { byCount: Metric; byWeight: Metric } {
  if (!hasProfitable) {
    return { byCount: notAvailable("no_profitable_column"), byWeight: notAvailable("no_profitable_column") };
  }
  const known = knownValues(constituents, weights, (c) => c.profitable);
  if (known.values.length === 0) {
    return { byCount: notAvailable("no_known_values"), byWeight: notAvailable("no_known_values") };
  }
  let count = 0;
  let weight = 0;
  known.values.forEach((profitable, i) => {
    if (profitable) return;
    count += 1;
    weight += known.weights[i]!;
  });
  const byCount = ok(count / known.values.length, known.coverage);
  const { coveredWeight } = known.coverage;
  const byWeight = coveredWeight > 0 ? ok(weight / coveredWeight, known.coverage) : notAvailable("zero_total_weight");
  return { byCount, byWeight };
}

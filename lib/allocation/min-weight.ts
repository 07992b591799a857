import { sleeveId } from "../market/regions";
import { MODEL_PARAMETERS } from "./parameters";
import type { MinWeightReason, RegionSplitReason } from "./reasons";

/**
 * Drop regions whose sleeve would be below the minimum sleeve weight and share their weight among the
 * remaining regions of the same size, pro rata, so the small-cap share is unchanged. When every region is
 * below the minimum, the largest one (first in order on a tie) keeps the whole size. Regions with no
 * weight at all are dropped without a reason: there was nothing to fold.
 *
 * @example size weight 0.10, split 0.96 / 0.04 → sleeves 0.096 and 0.004 < 0.005: the second is dropped
 *   and the first becomes 1.0 of the size (0.10 of the portfolio).
 */
export function dropSmallSleeves(
  splits: readonly RegionSplitReason[],
  sizeWeight: number,
): { kept: RegionSplitReason[]; dropped: MinWeightReason[] } {
  const positive = splits.filter((s) => s.value > 0);
  let kept = positive.filter((s) => s.value * sizeWeight >= MODEL_PARAMETERS.minSleeveWeight);
  if (kept.length === 0 && positive.length > 0) {
    kept = [positive.reduce((best, s) => (s.value > best.value ? s : best))];
  }
  const keptTotal = kept.reduce((sum, s) => sum + s.value, 0);
  const dropped: MinWeightReason[] = positive
    .filter((s) => !kept.includes(s))
    .map((s) => ({
      rule: "min_weight",
      sleeve: sleeveId(s.region, s.size),
      weight: s.value * sizeWeight,
      action: "dropped_region",
    }));
  return { kept: kept.map((s) => ({ ...s, value: s.value / keptTotal })), dropped };
}


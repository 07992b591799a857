import { type Region, type Size, sleeveId } from "../market/regions";
import { type ActiveMode, activeShare } from "./active-share";
import type { Eligibility } from "./eligibility";
import { gapScore } from "./gap-score";
import { dropSmallSleeves } from "./min-weight";
import type { SleevePlan } from "./plan";
import type { MinWeightReason } from "./reasons";
import { splitRegions } from "./region-split";
import type { MarketInputs } from "./types";

export type SizePlanInput = {
  size: Size;
  /** This size's fraction of the portfolio. */
  sizeWeight: number;
  /** This size's fraction of equities, for the reason. */
  shareOfEquities: number;
  eligibility: Eligibility;
  market: MarketInputs;
  home: Region | null;
  homeBias: number;
  passiveOnly: boolean;
  mode: ActiveMode;
};

/**
 * The sleeves of one size: regional split (small caps tilted by their gap scores, large caps at market
 * weights), small sleeves folded away, then each sleeve's active share. Large caps are not tilted because
 * the article's case for diversifying beyond the US is made for small caps, where the gaps differ.
 */
export function sizePlans(input: SizePlanInput): { plans: SleevePlan[]; dropped: MinWeightReason[] } {
  const { size, sizeWeight, eligibility, market } = input;
  if (sizeWeight <= 0) return { plans: [], dropped: [] };
  const gapScores =
    size === "small"
      ? new Map(
          eligibility.regions.map((r) => {
            const sleeve = sleeveId(r, size);
            return [r, gapScore(market.gapMetrics[sleeve], market.managerExcess[sleeve]).score];
          }),
        )
      : null;
  const splits = splitRegions({
    size,
    regions: eligibility.regions,
    marketWeights: size === "small" ? market.globalSmallCapWeights : market.globalLargeCapWeights,
    foldKoreaIntoEm: eligibility.foldKoreaIntoEm,
    gapScores,
    home: input.home,
    homeBias: input.homeBias,
  });
  const { kept, dropped } = dropSmallSleeves(splits, sizeWeight);
  const plans = kept.map((split): SleevePlan => {
    const sleeve = sleeveId(split.region, size);
    const activeReason = activeShare(sleeve, market, input.passiveOnly, input.mode);
    return {
      sleeve,
      region: split.region,
      size,
      weight: sizeWeight * split.value,
      active: activeReason.value,
      activeReason,
      reasons: [{ rule: "size_share", size, shareOfEquities: input.shareOfEquities }, split, activeReason],
    };
  });
  return { plans, dropped };
}

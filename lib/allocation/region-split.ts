import type { Region, Size } from "../market/regions";
import { MODEL_PARAMETERS } from "./parameters";
import type { RegionSplitReason } from "./reasons";

export type RegionSplitInput = {
  size: Size;
  regions: readonly Region[];
  marketWeights: Readonly<Record<Region, number>>;
  foldKoreaIntoEm: boolean;
  /** Gap score per region for a tilted split (small caps); null for a market-weight split (large caps). */
  gapScores: ReadonlyMap<Region, number | null> | null;
  home: Region | null;
  homeBias: number;
};

/**
 * Split one size's equities across regions (recommendation 2):
 *   1. base b_r = market weight among the eligible regions (Korea's added to EM when folded);
 *   2. tilt t_r = exp(k × (g_r − ḡ)), ḡ the base-weighted mean gap of the scored regions; t_r = 1 without a
 *      score or without `gapScores`. The exponential keeps every weight positive and treats a gap 0.2 above
 *      average and 0.2 below symmetrically (× e^0.2 and ÷ e^0.2);
 *   3. normalise b_r t_r, then mix in the home bias h: w_r = (1 − h) w_r + h [r = home], when home is eligible.
 *
 * @throws RangeError when the eligible regions' market weights sum to 0.
 * @example equal bases 0.5 / 0.5, gaps 0.8 / 0.4, k = 1: ḡ = 0.6, tilts e^0.2 ≈ 1.221 and e^−0.2 ≈ 0.819,
 *   weights 1.221 / (1.221 + 0.819) ≈ 0.599 and 0.401.
 */
export function splitRegions(input: RegionSplitInput): RegionSplitReason[] {
  const { regions, marketWeights, gapScores, home } = input;
  const raw = regions.map(
    (r) => marketWeights[r] + (r === "EM" && input.foldKoreaIntoEm ? marketWeights.KOREA : 0),
  );
  const total = raw.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new RangeError(`splitRegions: ${input.size}-cap market weights of ${regions.join(", ")} sum to 0`);
  const base = raw.map((w) => w / total);

  const gaps = regions.map((r) => gapScores?.get(r) ?? null);
  let scoredBase = 0;
  let scoredGap = 0;
  gaps.forEach((g, i) => {
    if (g === null) return;
    scoredBase += base[i]!;
    scoredGap += base[i]! * g;
  });
  const meanGap = scoredBase > 0 ? scoredGap / scoredBase : 0;
  const tilts = gaps.map((g) => (g === null ? 1 : Math.exp(MODEL_PARAMETERS.regionTiltStrength * (g - meanGap))));
  const tilted = base.map((b, i) => b * tilts[i]!);
  const tiltedTotal = tilted.reduce((s, w) => s + w, 0);

  const homeBias = home !== null && regions.includes(home) ? input.homeBias : 0;
  return regions.map((region, i) => ({
    rule: "region_split",
    region,
    size: input.size,
    base: base[i]!,
    tilt: tilts[i]!,
    gapScore: gaps[i]!,
    homeBias,
    isHome: region === home,
    value: (1 - homeBias) * (tilted[i]! / tiltedTotal) + (region === home ? homeBias : 0),
  }));
}

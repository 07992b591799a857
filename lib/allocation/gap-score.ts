import { MODEL_PARAMETERS } from "./parameters";
import type { GapComponents } from "./reasons";
import type { GapSummary } from "./types";

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Linear score: 0 at `none`, 1 at `full`, clamped; works whichever of the two is larger. */
function linear(x: number | null | undefined, none: number, full: number): number | null {
  return x === null || x === undefined ? null : clamp01((x - none) / (full - none));
}

/**
 * The information gap of one sleeve, 0 (efficient) to 1 (wide), from four components (domain.md §1):
 * low analyst coverage, low concentration (top-10 share), many unprofitable constituents and a high
 * manager excess return, each scored linearly between the anchors in `MODEL_PARAMETERS.gapScore`.
 *   score = Σ wₖ sₖ / Σ wₖ over the components that are known.
 * Missing components are left out rather than scored 0, so a file without an analysts column does not
 * make a market look efficient; with no component at all the score is null.
 *
 * @example analysts 5.7, top-10 0.04, unprofitable 0.42, excess unknown:
 *   coverage (20 − 5.7) / 18 ≈ 0.794, concentration (0.30 − 0.04) / 0.28 ≈ 0.929, unprofitable 0.84;
 *   score = (0.3 × 0.794 + 0.2 × 0.929 + 0.2 × 0.84) / 0.7 ≈ 0.846
 */
export function gapScore(
  summary: GapSummary | undefined,
  managerExcess: number | undefined,
): { score: number | null; components: GapComponents } {
  const p = MODEL_PARAMETERS.gapScore;
  const components: GapComponents = {
    coverage: linear(summary?.analystMean, p.analystsNoGap, p.analystsFullGap),
    concentration: linear(summary?.top10Share, p.top10NoGap, p.top10FullGap),
    unprofitable: linear(summary?.unprofitableShareByCount, 0, p.unprofitableFullGap),
    managerExcess: linear(managerExcess, 0, p.managerExcessFullGap),
  };
  let weighted = 0;
  let totalWeight = 0;
  for (const key of ["coverage", "concentration", "unprofitable", "managerExcess"] as const) {
    const s = components[key];
    if (s === null) continue;
    weighted += p.weights[key] * s;
    totalWeight += p.weights[key];
  }
  return { score: totalWeight === 0 ? null : weighted / totalWeight, components };
}

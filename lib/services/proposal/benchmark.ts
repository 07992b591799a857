import { REGIONS, sleeveId, type Region } from "../../market/regions";

/**
 * Small caps' share of a global all-cap equity index (roughly MSCI ACWI IMI: about 14% of market cap).
 * Used only to build the default benchmark.
 */
export const BENCHMARK_SMALL_CAP_SHARE = 0.14;
export const BENCHMARK_EQUITY_SHARE = 0.6;
export const BENCHMARK_LABEL = "Global cap-weighted 60/40 (60% equities at regional market weights, 40% bonds)";

/** The default benchmark: a global cap-weighted 60/40, over sleeves that have return history. */
export function globalSixtyForty(
  large: Readonly<Record<Region, number>>,
  small: Readonly<Record<Region, number>>,
  hasHistory: (sleeve: string) => boolean,
): Record<string, number> {
  const raw: Record<string, number> = {};
  for (const region of REGIONS) {
    const parts: [string, number][] = [
      [sleeveId(region, "large"), large[region] * (1 - BENCHMARK_SMALL_CAP_SHARE)],
      [sleeveId(region, "small"), small[region] * BENCHMARK_SMALL_CAP_SHARE],
    ];
    for (const [id, w] of parts) if (w > 0 && hasHistory(id)) raw[id] = w;
  }
  const total = Object.values(raw).reduce((a, b) => a + b, 0);
  const weights: Record<string, number> = {};
  for (const [id, w] of Object.entries(raw)) weights[id] = (w / total) * BENCHMARK_EQUITY_SHARE;
  weights.BONDS = 1 - BENCHMARK_EQUITY_SHARE;
  return weights;
}

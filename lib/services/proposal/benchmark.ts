import { REGIONS, sleeveId, type Region } from "../../market/regions";
import type { CurrentAllocation } from "../../domain/client";

/**
 * Small caps' share of a global all-cap equity index (roughly MSCI ACWI IMI: about 14% of market cap).
 * Used only to build benchmarks.
 */
export const BENCHMARK_SMALL_CAP_SHARE = 0.14;
export const BENCHMARK_EQUITY_SHARE = 0.6;

type MarketWeights = Readonly<Record<Region, number>>;
type Weights = Record<string, number>;

/** Equities of the given regions at market weights (large and small caps), over sleeves with history, summing to 1. */
function capWeightedEquity(large: MarketWeights, small: MarketWeights, regions: readonly Region[], hasHistory: (s: string) => boolean): Weights {
  const raw: Weights = {};
  for (const region of regions) {
    const parts: [string, number][] = [
      [sleeveId(region, "large"), large[region] * (1 - BENCHMARK_SMALL_CAP_SHARE)],
      [sleeveId(region, "small"), small[region] * BENCHMARK_SMALL_CAP_SHARE],
    ];
    for (const [id, w] of parts) if (w > 0 && hasHistory(id)) raw[id] = w;
  }
  const total = Object.values(raw).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(raw).map(([id, w]) => [id, w / total]));
}

/** Σ share × mix over the parts, leaving out parts with no share. */
function blend(parts: readonly [Weights, number][]): Weights {
  const out: Weights = {};
  for (const [mix, share] of parts) {
    if (share <= 0) continue;
    for (const [id, w] of Object.entries(mix)) out[id] = (out[id] ?? 0) + w * share;
  }
  return out;
}

/** The default benchmark: a global cap-weighted 60/40, over sleeves that have return history. */
export function globalSixtyForty(large: MarketWeights, small: MarketWeights, hasHistory: (sleeve: string) => boolean): Weights {
  return blend([
    [capWeightedEquity(large, small, REGIONS, hasHistory), BENCHMARK_EQUITY_SHARE],
    [{ BONDS: 1 }, 1 - BENCHMARK_EQUITY_SHARE],
  ]);
}

/**
 * The client's current allocation as a benchmark: US and international equities each at market weights
 * (regions and sizes), plus bonds and cash, so the proposal is compared with what the client holds now.
 */
export function currentAllocationBenchmark(
  current: CurrentAllocation,
  large: MarketWeights,
  small: MarketWeights,
  hasHistory: (sleeve: string) => boolean,
): Weights {
  return blend([
    [capWeightedEquity(large, small, ["US"], hasHistory), current.usEquity],
    [capWeightedEquity(large, small, REGIONS.filter((r) => r !== "US"), hasHistory), current.intlEquity],
    [{ BONDS: 1 }, current.bonds],
    [{ CASH: 1 }, current.cash],
  ]);
}

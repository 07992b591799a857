import { ALL_SLEEVES, REGIONS } from "../market/regions";
import type { MarketInputs } from "./types";

function check(ok: boolean, caller: string, what: string): void {
  if (!ok) throw new RangeError(`${caller}: ${what}`);
}

const isFraction = (x: number | null) => x === null || (Number.isFinite(x) && x >= 0 && x <= 1);

/**
 * Guard the market inputs before the model uses them: fees for every sleeve, finite and non-negative;
 * market weights finite and non-negative; manager excess finite (it may be negative); gap summaries in range.
 * @throws RangeError naming `caller` and the offending input.
 */
export function assertMarketInputs(market: MarketInputs, caller: string): void {
  for (const sleeve of ALL_SLEEVES) {
    const fee = market.fees[sleeve];
    check(fee !== undefined, caller, `no fees for ${sleeve}`);
    check(fee.passiveBps >= 0 && fee.activeBps >= 0, caller, `fees of ${sleeve} must be finite and >= 0`);
    check(Number.isFinite(fee.passiveBps + fee.activeBps), caller, `fees of ${sleeve} must be finite and >= 0`);
    const excess = market.managerExcess[sleeve];
    check(excess === undefined || Number.isFinite(excess), caller, `manager excess of ${sleeve} must be finite`);
  }
  for (const region of REGIONS) {
    for (const [name, weights] of [
      ["small", market.globalSmallCapWeights],
      ["large", market.globalLargeCapWeights],
    ] as const) {
      const w = weights[region];
      check(Number.isFinite(w) && w >= 0, caller, `${name}-cap market weight of ${region} must be finite and >= 0`);
    }
  }
  for (const [sleeve, gap] of Object.entries(market.gapMetrics)) {
    const analysts = gap.analystMean;
    check(analysts === null || (Number.isFinite(analysts) && analysts >= 0), caller, `analystMean of ${sleeve} must be >= 0`);
    check(isFraction(gap.top10Share) && isFraction(gap.unprofitableShareByCount), caller, `gap shares of ${sleeve} must be 0–1`);
  }
}

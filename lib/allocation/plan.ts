import type { EquitySleeveId, Region, Size } from "../market/regions";
import type { ActiveShareReason, Reason } from "./reasons";
import type { MarketInputs } from "./types";

/** One region × size sleeve while the model works on it, before it becomes active and passive lines. */
export type SleevePlan = {
  sleeve: EquitySleeveId;
  region: Region;
  size: Size;
  /** Fraction of the portfolio. */
  weight: number;
  /** Fraction of `weight` held actively. */
  active: number;
  activeReason: ActiveShareReason;
  reasons: Reason[];
};

/** Expected fee of a sleeve in bps of the portfolio: weight × (a × active fee + (1 − a) × passive fee). */
export function sleeveFeeBps(plan: SleevePlan, fees: MarketInputs["fees"]): number {
  const { activeBps, passiveBps } = fees[plan.sleeve];
  return plan.weight * (plan.active * activeBps + (1 - plan.active) * passiveBps);
}

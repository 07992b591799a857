import { MODEL_PARAMETERS } from "./parameters";
import type { EquityShareReason, SmallCapShareReason } from "./reasons";

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Equity share of the portfolio: base(risk tolerance) + adjustment(horizon), clamped to [0, 1].
 * Both terms are additive and the base rises with tolerance, so more tolerance never lowers the share.
 *
 * @throws RangeError when the risk tolerance is not an integer from 1 to 5.
 * @example equityShare(3, 12, "profile").value // 0.55 + 0.05 = 0.60
 */
export function equityShare(
  riskTolerance: number,
  horizonYears: number,
  riskSource: "profile" | "override",
): EquityShareReason {
  const base = MODEL_PARAMETERS.equityShareByRisk[riskTolerance - 1];
  if (!Number.isInteger(riskTolerance) || base === undefined) {
    throw new RangeError(`equityShare: risk tolerance must be an integer from 1 to 5, got ${riskTolerance}`);
  }
  const row = MODEL_PARAMETERS.horizonAdjustments.find((r) => horizonYears < r.belowYears);
  const horizonAdjustment = row?.adjustment ?? 0;
  return {
    rule: "equity_share",
    inputs: { riskTolerance, horizonYears, riskSource },
    base,
    horizonAdjustment,
    value: clamp01(base + horizonAdjustment),
  };
}

/**
 * Small-cap share of equities (recommendation 1):
 *   proposed = base + perRiskStep × (risk − 1) + perHorizonYear × min(horizon, horizonYearsCap),
 * capped at the model maximum, or the advisor's override instead; then capped at the client's maximum,
 * which no override may exceed.
 *
 * @example smallCapShare(3, 10, null).value // 0.08 + 0.03 × 2 + 0.005 × 10 = 0.19
 * @example smallCapShare(5, 30, 0.1) // proposed 0.30, value 0.1, capped "client_max"
 */
export function smallCapShare(
  riskTolerance: number,
  horizonYears: number,
  clientMax: number | null,
  override?: number,
): SmallCapShareReason {
  const p = MODEL_PARAMETERS.smallCap;
  const model = p.base + p.perRiskStep * (riskTolerance - 1) + p.perHorizonYear * Math.min(horizonYears, p.horizonYearsCap);
  const proposed = override ?? model;
  let value = override ?? Math.min(model, p.modelMax);
  let capped: SmallCapShareReason["capped"] = override === undefined && model > p.modelMax ? "model_max" : undefined;
  if (clientMax !== null && value > clientMax) {
    value = clientMax;
    capped = "client_max";
  }
  return {
    rule: "small_cap_share",
    inputs: { riskTolerance, horizonYears, clientMax },
    proposed,
    source: override === undefined ? "model" : "override",
    value,
    ...(capped ? { capped } : {}),
  };
}

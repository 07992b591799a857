import type { EquitySleeveId } from "../market/regions";
import { gapScore } from "./gap-score";
import { MODEL_PARAMETERS } from "./parameters";
import type { ActiveShareReason } from "./reasons";
import type { MarketInputs, ProposalOverrides } from "./types";

export type ActiveMode = NonNullable<ProposalOverrides["activeOverride"]>;

/**
 * Active share of one sleeve (recommendation 3), in this order:
 *   - 0 when the client is passive-only or the advisor chose all passive;
 *   - 0 when no manager excess return is known, or the net excess g − (active fee − passive fee) is not
 *     positive: the fee spread, not the whole active fee, is what choosing active over passive costs;
 *   - the maximum under the "max_active" override;
 *   - otherwise max × clamp((gap − passiveBelow) / (fullActiveFrom − passiveBelow)), capped for US large caps
 *     (0, "narrow_gap", at or below `passiveBelow`).
 *
 * @example gross 3.1%, fees 20 / 85 bps: net = 0.031 − 0.0065 = 0.0245 > 0; a gap score of 0.5 gives
 *   0.9 × (0.5 − 0.25) / 0.5 = 0.45.
 */
export function activeShare(
  sleeve: EquitySleeveId,
  market: MarketInputs,
  passiveOnly: boolean,
  mode: ActiveMode,
): ActiveShareReason {
  const p = MODEL_PARAMETERS.activeShare;
  const fees = market.fees[sleeve];
  const gross = market.managerExcess[sleeve] ?? null;
  const feeSpreadBps = fees.activeBps - fees.passiveBps;
  const netExcess = gross === null ? null : gross - feeSpreadBps / 10_000;
  const { score, components } = gapScore(market.gapMetrics[sleeve], gross ?? undefined);
  const reason = { rule: "active_share", sleeve, gapScore: score, components, grossExcess: gross, feeSpreadBps, netExcess } as const;

  if (passiveOnly) return { ...reason, value: 0, limitedBy: "passive_only" };
  if (mode === "all_passive") return { ...reason, value: 0, limitedBy: "all_passive_override" };
  if (netExcess === null) return { ...reason, value: 0, limitedBy: "no_manager_data" };
  if (netExcess <= 0) return { ...reason, value: 0, limitedBy: "no_net_excess" };
  if (mode === "max_active") return { ...reason, value: p.max, limitedBy: "max_active_override" };

  // A known gross excess is itself a gap component, so the score is never null here.
  const ramp = ((score ?? 0) - p.gapPassiveBelow) / (p.gapFullActiveFrom - p.gapPassiveBelow);
  if (ramp <= 0) return { ...reason, value: 0, limitedBy: "narrow_gap" };
  const value = p.max * Math.min(1, ramp);
  if (sleeve === "US_LARGE" && value > p.usLargeMax) return { ...reason, value: p.usLargeMax, limitedBy: "us_large_default" };
  return { ...reason, value };
}

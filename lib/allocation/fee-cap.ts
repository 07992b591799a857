import { MODEL_PARAMETERS } from "./parameters";
import type { SleevePlan } from "./plan";
import { sleeveFeeBps } from "./plan";
import type { FeeCapReason, MaxFeeReason } from "./reasons";
import type { MarketInputs } from "./types";

/**
 * Enforce the client's maximum fee: while the weighted expected fee exceeds `maxFeeBps`, cut active shares,
 * the sleeve with the lowest net excess first (ties: widest fee spread, then sleeve order), each only as far
 * as needed. A cut that leaves less than the minimum sleeve weight active goes fully passive. When even the
 * all-passive portfolio costs more than the maximum, the result says "infeasible" instead of hiding it.
 * Returns new plans; the inputs are not changed.
 *
 * @example fee 40 bps, max 35, cheapest-to-cut sleeve 10% of the portfolio with a 60 bps spread and a = 0.9:
 *   needed 5 bps → Δa = 5 / (0.10 × 60) ≈ 0.833, a becomes ≈ 0.067.
 */
export function applyFeeCap(
  plans: readonly SleevePlan[],
  otherFeeBps: number,
  maxFeeBps: number,
  fees: MarketInputs["fees"],
): { plans: SleevePlan[]; reason: MaxFeeReason } {
  const next = plans.map((p) => ({ ...p, reasons: [...p.reasons] }));
  const total = () => otherFeeBps + next.reduce((s, p) => s + sleeveFeeBps(p, fees), 0);
  const spread = (p: SleevePlan) => fees[p.sleeve].activeBps - fees[p.sleeve].passiveBps;
  if (total() <= maxFeeBps) return { plans: next, reason: { rule: "max_fee", status: "met", feeBps: total(), maxFeeBps } };

  const order = next
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.active > 0 && spread(p) > 0)
    .sort(
      (a, b) =>
        (a.p.activeReason.netExcess ?? 0) - (b.p.activeReason.netExcess ?? 0) || spread(b.p) - spread(a.p) || a.i - b.i,
    );
  for (const { p } of order) {
    const needed = total() - maxFeeBps;
    if (needed <= 0) break;
    const before = p.active;
    p.active = Math.max(0, before - needed / (p.weight * spread(p)));
    if (p.weight * p.active < MODEL_PARAMETERS.minSleeveWeight) p.active = 0;
    const cut: FeeCapReason = { rule: "fee_cap", sleeve: p.sleeve, activeBefore: before, activeAfter: p.active, maxFeeBps };
    p.reasons.push(cut);
  }
  const feeBps = total();
  // Floating-point slack: a cut sized to hit the maximum exactly may land 1e-13 bps above it.
  const status = feeBps <= maxFeeBps + 1e-9 ? "reduced_active" : "infeasible";
  return { plans: next, reason: { rule: "max_fee", status, feeBps, maxFeeBps } };
}

import type { SleevePlan } from "./plan";
import { sleeveFeeBps } from "./plan";
import type { FeeCapReason, MaxFeeReason } from "./reasons";
import type { MarketInputs } from "./types";

/**
 * Enforce the client's maximum fee: while the weighted expected fee exceeds `maxFeeBps`, cut active shares,
 * the sleeve with the lowest net excess first (ties: widest fee spread, then sleeve order), each only as far
 * as needed, then as far as the minimum ticket asks (`snapToTicket`): a cut never leaves an active or a
 * passive line below `ticketWeight`, so it may cut a little more than needed. When even the all-passive
 * portfolio costs more than the maximum, the result says "infeasible" instead of hiding it.
 * Returns new plans; the inputs are not changed.
 *
 * @example fee 40 bps, max 35, cheapest-to-cut sleeve 10% of the portfolio with a 60 bps spread and a = 0.9:
 *   needed 5 bps → Δa = 5 / (0.10 × 60) ≈ 0.833, a becomes ≈ 0.067 (active 0.0067, at or above a 0.005 ticket).
 */
export function applyFeeCap(
  plans: readonly SleevePlan[],
  otherFeeBps: number,
  maxFeeBps: number,
  fees: MarketInputs["fees"],
  ticketWeight: number,
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
    p.active = snapToTicket(p.weight, Math.max(0, before - needed / (p.weight * spread(p))), ticketWeight);
    const cut: FeeCapReason = { rule: "fee_cap", sleeve: p.sleeve, activeBefore: before, activeAfter: p.active, maxFeeBps };
    p.reasons.push(cut);
  }
  const feeBps = total();
  // Floating-point slack: a cut sized to hit the maximum exactly may land 1e-13 bps above it.
  const status = feeBps <= maxFeeBps + 1e-9 ? "reduced_active" : "infeasible";
  return { plans: next, reason: { rule: "max_fee", status, feeBps, maxFeeBps } };
}

/**
 * The active share after a cut, moved down so neither line of the sleeve is below the ticket: a passive
 * part that would be is raised to the ticket (a = 1 − t / w), and an active part below it goes to 0.
 * @example w 0.04, t 0.01: a cut to a = 0.9 leaves passive 0.004 < 0.01 → a = 0.75 (active 0.03, passive 0.01).
 */
export function snapToTicket(weight: number, active: number, ticketWeight: number): number {
  let a = active;
  const passive = weight * (1 - a);
  if (passive > 0 && passive < ticketWeight) a = Math.max(0, 1 - ticketWeight / weight);
  return weight * a < ticketWeight ? 0 : a;
}

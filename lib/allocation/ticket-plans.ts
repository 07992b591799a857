import { isDefensive } from "./min-ticket";
import type { SleevePlan } from "./plan";
import type { MinTicket, MinTicketReason } from "./reasons";
import { foldBelowTicket } from "./ticket-fold";
import { toLines } from "./to-lines";
import type { AllocationLine } from "./types";

/**
 * The minimum ticket on sleeve plans and the defensive lines, before the fee maximum: the plans become
 * lines, small lines are folded (ticket-fold.ts), and the equity lines are grouped back into one plan per
 * sleeve (weight = Σ its lines, active = its active line ÷ weight) carrying the folds it received. A sleeve
 * whose lines were all folded away is gone. Returns new plans and lines; the inputs are not changed.
 */
export function applyMinTicket(
  plans: readonly SleevePlan[],
  defensive: readonly AllocationLine[],
  ticket: MinTicket,
  maxSmallCapShare: number | null,
): { plans: SleevePlan[]; defensive: AllocationLine[]; reasons: MinTicketReason[] } {
  const folded = foldBelowTicket([...toLines(plans), ...defensive], ticket, maxSmallCapShare);
  const regrouped = plans.flatMap((plan): SleevePlan[] => {
    const lines = folded.lines.filter((l) => l.sleeve === plan.sleeve);
    const weight = lines.reduce((s, l) => s + l.weight, 0);
    if (weight <= 0) return [];
    const active = lines.find((l) => l.style === "active")?.weight ?? 0;
    const received = lines.flatMap((l) => l.reasons.filter((r) => r.rule === "min_ticket"));
    return [{ ...plan, weight, active: Math.min(1, active / weight), reasons: [...plan.reasons, ...received] }];
  });
  return { plans: regrouped, defensive: folded.lines.filter(isDefensive), reasons: folded.reasons };
}

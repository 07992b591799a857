import { hasTicketAmount, MODEL_PARAMETERS } from "./parameters";
import type { LineRef, MinTicket, MinTicketReason } from "./reasons";
import type { AllocationLine } from "./types";

/** Read as a plain record so a currency string is looked up, not narrowed to the table's keys. */
const MIN_AMOUNTS: Readonly<Record<string, number>> = MODEL_PARAMETERS.minTicket.minAmount;

/**
 * Weights within this of the ticket count as at the ticket: far below the 1e-8 rounding step, so a line
 * sized exactly to the ticket is not folded for floating-point noise.
 */
const TICKET_TOLERANCE = 1e-9;

/**
 * The minimum ticket per line of a client's portfolio, in the client's currency and in weight:
 *   amount = max(minAmount, minWeight × investableAssets), weight = min(1, amount ÷ investableAssets).
 * The weight is capped at the whole portfolio (1, also with no assets): with investable assets below the
 * minimum amount no line can reach it, which `portfolioBelowTicket` says; the amount stays the real ticket.
 *
 * @throws RangeError naming minTicketFor for a currency without a minimum amount in parameters.ts.
 * @example ₩3.2bn: max(₩15,000,000, 0.005 × ₩3,200,000,000 = ₩16,000,000) = ₩16,000,000, weight 0.005.
 * @example USD 1,000,000: max(USD 10,000, USD 5,000) = USD 10,000, weight 0.01; USD 5,000: USD 10,000, weight 1.
 */
export function minTicketFor(investableAssets: number, currency: string): MinTicket {
  const minAmount = hasTicketAmount(currency) ? MIN_AMOUNTS[currency] : undefined;
  if (minAmount === undefined) throw new RangeError(`minTicketFor: no minimum ticket amount for currency ${currency}`);
  if (!(Number.isFinite(investableAssets) && investableAssets >= 0)) {
    throw new RangeError(`minTicketFor: investable assets must be finite and >= 0, got ${investableAssets}`);
  }
  const { minWeight } = MODEL_PARAMETERS.minTicket;
  const amount = Math.max(minAmount, minWeight * investableAssets);
  const weight = investableAssets > 0 ? Math.min(1, amount / investableAssets) : 1;
  return { weight, amount, minWeight, minAmount, currency, investableAssets };
}

export function portfolioBelowTicket(ticket: MinTicket): boolean {
  return ticket.investableAssets < ticket.minAmount;
}

export function isBelowTicket(weight: number, ticket: MinTicket): boolean {
  return weight < ticket.weight - TICKET_TOLERANCE;
}

export const isDefensive = (line: Pick<AllocationLine, "sleeve">): boolean => line.sleeve === "BONDS" || line.sleeve === "CASH";

export const lineRef = (line: AllocationLine): LineRef => ({ sleeve: line.sleeve, style: line.style });

/**
 * The last step before rounding: every line still below the ticket gets a `kept` reason saying why. The
 * fold (ticket-fold.ts) leaves a line below the ticket only when no other line of its asset class is left
 * (the class as a whole is below the ticket), or when every fold would raise the small-cap share above the
 * client's maximum; so a small line with others in its class is there for the second reason.
 */
export function markBelowTicket(lines: readonly AllocationLine[], ticket: MinTicket): AllocationLine[] {
  return lines.map((line) => {
    if (!isBelowTicket(line.weight, ticket)) return line;
    const alone = !lines.some((other) => other !== line && isDefensive(other) === isDefensive(line));
    const kept: MinTicketReason = {
      rule: "min_ticket",
      action: "kept",
      line: lineRef(line),
      weight: line.weight,
      amount: line.weight * ticket.investableAssets,
      why: alone ? "asset_class_below_ticket" : "max_small_cap_share",
      ticket,
    };
    return { ...line, reasons: [...line.reasons, kept] };
  });
}

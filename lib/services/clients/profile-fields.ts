import type { ClientProfileFields, Currency, CurrentAllocation } from "../../domain/client";
import type { ClientFormFields, ClientInput } from "../../validation/client";

/**
 * The client form's validated input as the app's client: percentages become fractions (25 → 0.25), fields
 * left blank become null.
 */
export function profileFieldsOf(input: ClientInput): ClientProfileFields {
  return {
    name: input.name,
    email: input.email ?? null,
    homeMarket: input.homeMarket,
    riskTolerance: input.riskTolerance,
    horizonYears: input.horizonYears,
    investableAssets: input.investableAssets,
    currency: input.currency,
    maxFeeBps: input.maxFeeBps ?? null,
    excludedRegions: input.excludedRegions,
    maxSmallCapShare: input.maxSmallCapSharePct === undefined ? null : input.maxSmallCapSharePct / 100,
    passiveOnly: input.passiveOnly,
    currentAllocation: currentAllocationOf(input),
    notes: input.notes ?? null,
  };
}

/**
 * The current allocation as fractions, or null when the advisor gave none. The schema lets through all four
 * shares or none, adding up to 100% within a basis point.
 */
export function currentAllocationOf(input: ClientInput): CurrentAllocation | null {
  const { currentUsEquityPct: us, currentIntlEquityPct: intl, currentBondsPct: bonds, currentCashPct: cash } = input;
  if (us === undefined || intl === undefined || bonds === undefined || cash === undefined) return null;
  return { usEquity: us / 100, intlEquity: intl / 100, bonds: bonds / 100, cash: cash / 100 };
}

/**
 * A fraction as the percent the form shows, to a hundredth of a percent (a basis point, the tolerance the
 * schema allows on the current allocation's total): 0.125 → "12.5", 0.1 → "10". Rounding drops the float noise
 * of the multiplication (0.55 × 100 = 55.00000000000001).
 */
const percentText = (fraction: number) => String(Math.round(fraction * 10_000) / 100);

const optionalText = (value: number | null, text: (v: number) => string = String) => (value === null ? "" : text(value));

/**
 * The inverse of profileFieldsOf: a stored client as the client form's values, for editing. Fractions become
 * percentages, absent values blank fields. Saving the form unchanged stores the same client.
 */
export function clientFormFieldsOf(client: ClientProfileFields & { currency: Currency }): ClientFormFields {
  const current = client.currentAllocation;
  return {
    name: client.name,
    email: client.email ?? "",
    homeMarket: client.homeMarket,
    riskTolerance: String(client.riskTolerance),
    horizonYears: String(client.horizonYears),
    investableAssets: String(client.investableAssets),
    currency: client.currency,
    maxFeeBps: optionalText(client.maxFeeBps),
    excludedRegions: [...client.excludedRegions],
    maxSmallCapSharePct: optionalText(client.maxSmallCapShare, percentText),
    passiveOnly: client.passiveOnly,
    notes: client.notes ?? "",
    currentUsEquityPct: current ? percentText(current.usEquity) : "",
    currentIntlEquityPct: current ? percentText(current.intlEquity) : "",
    currentBondsPct: current ? percentText(current.bonds) : "",
    currentCashPct: current ? percentText(current.cash) : "",
  };
}

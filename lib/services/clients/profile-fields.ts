import type { ClientProfileFields, CurrentAllocation } from "../../domain/client";
import type { ClientInput } from "../../validation/client";

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

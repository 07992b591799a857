// The choices of the proposal's assumptions form, without their zod schema (lib/validation/proposal.ts), so the
// browser's form imports them without bundling zod.

export const REBALANCE_RULES = ["monthly", "quarterly", "annual", "never", "band5"] as const;
export type RebalanceRule = (typeof REBALANCE_RULES)[number];

/** The model decides active or passive per sleeve, or the advisor makes every sleeve passive, or as active as allowed. */
export const ACTIVE_OVERRIDES = ["model", "all_passive", "max_active"] as const;

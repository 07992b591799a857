import "./zod-config";
import { z } from "zod";
import { REGIONS } from "../market/regions";
import { idSchema } from "./client";
import { nameField, optionalNumber } from "./fields";

import { ACTIVE_OVERRIDES, REBALANCE_RULES } from "../domain/proposal-choices";

export { ACTIVE_OVERRIDES, REBALANCE_RULES, type RebalanceRule } from "../domain/proposal-choices";

/**
 * An optional form number with its own message when it is out of range (the field says what range it takes);
 * a blank is undefined, text that is not a plain decimal is "errors.invalidNumber".
 */
function boundedNumber(min: number, max: number, rangeError: "errors.cashFlowRange" | "errors.inflationRange" | "errors.targetRange" | "errors.shockRange", exclusiveMin = false) {
  return optionalNumber({ min: -Number.MAX_VALUE, max: Number.MAX_VALUE }).refine(
    (v) => v === undefined || ((exclusiveMin ? v > min : v >= min) && v <= max),
    { error: rangeError },
  );
}

/**
 * The assumptions an advisor may change on the proposal page; each falls back to the client's profile or
 * the model's own figure when absent. `smallCapSharePct` is in percent of equities, as advisors speak of it.
 */
export const proposalAssumptionsSchema = z.object({
  riskTolerance: optionalNumber({ min: 1, max: 5, int: true }),
  smallCapSharePct: optionalNumber({ min: 0, max: 100 }),
  includedRegions: z.array(z.enum(REGIONS, { error: "errors.invalidChoice" })).min(1, { error: "errors.regionsRequired" }).optional(),
  activeOverride: z.enum(ACTIVE_OVERRIDES, { error: "errors.invalidChoice" }).default("model"),
  rebalance: z.enum(REBALANCE_RULES, { error: "errors.invalidChoice" }).default("annual"),
  // The projection's inputs (lib/services/proposal/risk.ts). Optional, so versions saved before them still parse.
  /** Money added (> 0) or taken out (< 0) at the start of each year, in today's money of the client's currency. */
  yearlyCashFlow: boundedNumber(-1e13, 1e13, "errors.cashFlowRange"),
  /** Percent a year; grows the cash flow and turns wealth into today's money. */
  inflationPct: boundedNumber(-5, 20, "errors.inflationRange"),
  /** In today's money when an inflation rate is given, else in money of the final year. */
  targetAmount: boundedNumber(0, 1e15, "errors.targetRange", true),
  /** Hypothetical one-off shocks in percent (−30 = a 30% fall); blank is DEFAULT_SHOCK_SCENARIO's figure. */
  shockEquitiesPct: boundedNumber(-100, 100, "errors.shockRange"),
  shockSmallCapsPct: boundedNumber(-100, 100, "errors.shockRange"),
  shockBondsPct: boundedNumber(-100, 100, "errors.shockRange"),
});

export type ProposalAssumptions = z.output<typeof proposalAssumptionsSchema>;
export type ProposalAssumptionsInput = z.input<typeof proposalAssumptionsSchema>;

/** What the proposal page opens with: the client's profile and the model's own figures. */
export const DEFAULT_ASSUMPTIONS: ProposalAssumptions = { activeOverride: "model", rebalance: "annual" };

export const generateProposalSchema = z.object({ clientId: idSchema, assumptions: proposalAssumptionsSchema.default(DEFAULT_ASSUMPTIONS) });

export const saveScenarioSchema = z.object({
  clientId: idSchema,
  name: nameField(120),
  assumptions: proposalAssumptionsSchema,
});

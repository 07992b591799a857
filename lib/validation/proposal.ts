import "./zod-config";
import { z } from "zod";
import { REGIONS } from "../market/regions";
import { idSchema } from "./client";
import { nameField, optionalNumber } from "./fields";

export const REBALANCE_RULES = ["monthly", "quarterly", "annual", "never", "band5"] as const;
export type RebalanceRule = (typeof REBALANCE_RULES)[number];

/** The model decides active or passive per sleeve, or the advisor makes every sleeve passive, or as active as allowed. */
export const ACTIVE_OVERRIDES = ["model", "all_passive", "max_active"] as const;

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

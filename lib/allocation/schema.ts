import { z } from "zod";
import { REGIONS } from "../market/regions";
import { hasTicketAmount } from "./parameters";

/** Validation of the model's client-side inputs; forms and server actions reuse these schemas. */

export const HOME_MARKETS = ["US", "KOREA", "EUROPE", "JAPAN", "OTHER"] as const;

const fraction = z.number().min(0).max(1);
const regionList = z.array(z.enum(REGIONS)).readonly();

export const clientConstraintsSchema = z.object({
  maxFeeBps: z.number().min(0).nullable(),
  excludedRegions: regionList,
  maxSmallCapShare: fraction.nullable(),
  passiveOnly: z.boolean(),
});

export const clientProfileSchema = z.object({
  riskTolerance: z.number().int().min(1).max(5),
  horizonYears: z.number().min(0).max(100),
  homeMarket: z.enum(HOME_MARKETS),
  investableAssets: z.number().min(0),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "an ISO 4217 code such as USD or KRW")
    .refine(hasTicketAmount, "a currency with a minimum ticket amount in parameters.ts"),
  constraints: clientConstraintsSchema,
});

export const proposalOverridesSchema = z.object({
  riskTolerance: z.number().int().min(1).max(5).optional(),
  smallCapShare: fraction.optional(),
  includedRegions: z.array(z.enum(REGIONS)).min(1).readonly().optional(),
  activeOverride: z.enum(["model", "all_passive", "max_active"]).optional(),
  homeBias: fraction.optional(),
});

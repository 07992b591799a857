import "./zod-config";
import { z } from "zod";
import { REGIONS } from "../market/regions";
import { blankToUndefined, nameField, optionalNumber, optionalTextField, requiredNumber } from "./fields";

export const HOME_MARKETS = ["US", "KOREA", "EUROPE", "JAPAN", "OTHER"] as const;
export const CURRENCIES = ["USD", "KRW", "EUR", "JPY", "GBP", "CHF", "AUD", "CAD", "HKD", "SGD"] as const;
export type HomeMarket = (typeof HOME_MARKETS)[number];

const percent = () => optionalNumber({ min: 0, max: 100 });

/** The client's current allocation by asset class, in percent; all four or none (see refine below). */
const CURRENT_FIELDS = ["currentUsEquityPct", "currentIntlEquityPct", "currentBondsPct", "currentCashPct"] as const;

/**
 * One schema for the client form and the create/update actions. `maxSmallCapSharePct` is entered in
 * percent (0–100) because that is how advisors speak of it; it is stored as a fraction.
 */
export const clientInputSchema = z.object({
  name: nameField(120),
  email: z.preprocess(
    blankToUndefined,
    z.string().trim().toLowerCase().email({ error: "errors.invalidEmail" }).max(200).optional(),
  ),
  homeMarket: z.enum(HOME_MARKETS, { error: "errors.invalidChoice" }),
  riskTolerance: requiredNumber({ min: 1, max: 5, int: true }),
  horizonYears: requiredNumber({ min: 1, max: 60, int: true }),
  investableAssets: requiredNumber({ min: 0, exclusiveMin: true, max: 1e13 }),
  currency: z.enum(CURRENCIES, { error: "errors.invalidChoice" }),
  maxFeeBps: optionalNumber({ min: 0, max: 500, int: true }),
  excludedRegions: z.array(z.enum(REGIONS, { error: "errors.invalidChoice" })).max(REGIONS.length).default([]),
  maxSmallCapSharePct: percent(),
  passiveOnly: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
  notes: optionalTextField(2000),
  currentUsEquityPct: percent(),
  currentIntlEquityPct: percent(),
  currentBondsPct: percent(),
  currentCashPct: percent(),
}).superRefine((v, ctx) => {
  // All four or none; when given they must add up to 100% (within rounding of one basis point).
  const given = CURRENT_FIELDS.filter((f) => v[f] !== undefined);
  if (given.length === 0) return;
  if (given.length < CURRENT_FIELDS.length) {
    for (const f of CURRENT_FIELDS) if (v[f] === undefined) ctx.addIssue({ code: "custom", path: [f], message: "errors.required" });
    return;
  }
  const total = CURRENT_FIELDS.reduce((sum, f) => sum + (v[f] as number), 0);
  if (Math.abs(total - 100) > 0.01) ctx.addIssue({ code: "custom", path: ["currentCashPct"], message: "errors.allocationTotal" });
});

export type ClientInput = z.output<typeof clientInputSchema>;

/** The current allocation as fractions, or null when the advisor gave none. */
export type CurrentAllocation = { usEquity: number; intlEquity: number; bonds: number; cash: number };

export function currentAllocationOf(input: ClientInput): CurrentAllocation | null {
  const [us, intl, bonds, cash] = CURRENT_FIELDS.map((f) => input[f]);
  if (us === undefined || intl === undefined || bonds === undefined || cash === undefined) return null;
  return { usEquity: us / 100, intlEquity: intl / 100, bonds: bonds / 100, cash: cash / 100 };
}
export type ClientFormValues = z.input<typeof clientInputSchema>;

export const idSchema = z.string().trim().min(1).max(64);

/** The `version` a client edit was based on (optimistic concurrency); sent by the edit form, not typed. */
export const clientVersionSchema = z.number().int().min(1);

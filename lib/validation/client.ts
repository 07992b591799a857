import "./zod-config";
import { z } from "zod";
import { REGIONS } from "../market/regions";
import { CURRENCIES, HOME_MARKETS } from "../domain/client";
import { blankToUndefined, nameField, optionalNumber, optionalTextField, requiredNumber } from "./fields";

/** Re-exported for the schemas that take the list from here (lib/validation/scenario-view.ts). */
export { HOME_MARKETS };

const percent = () => optionalNumber({ min: 0, max: 100 });

/** The client's current allocation by asset class, in percent; all four or none (see refine below). */
const CURRENT_FIELDS = ["currentUsEquityPct", "currentIntlEquityPct", "currentBondsPct", "currentCashPct"] as const;

/**
 * One schema for the client form and the create/update actions. `maxSmallCapSharePct` and the current
 * allocation are entered in percent (0–100) because that is how advisors speak of them; the client service
 * turns them into the fractions the app works with (lib/services/clients/profile-fields.ts).
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
export type ClientFormValues = z.input<typeof clientInputSchema>;


export { BLANK_CLIENT_FORM, type ClientFormFields } from "./client-form-blank";

export const idSchema = z.string().trim().min(1).max(64);

/** The `version` a client edit was based on (optimistic concurrency); sent by the edit form, not typed. */
export const clientVersionSchema = z.number().int().min(1);

import { z } from "zod";
import { REGIONS } from "../market/regions";

export const HOME_MARKETS = ["US", "KOREA", "EUROPE", "JAPAN", "OTHER"] as const;
export const CURRENCIES = ["USD", "KRW", "EUR", "JPY", "GBP", "CHF", "AUD", "CAD", "HKD", "SGD"] as const;
export type HomeMarket = (typeof HOME_MARKETS)[number];

const REQUIRED = "errors.required";
const NUMBER = "errors.invalidNumber";
const RANGE = "errors.outOfRange";

/** "" from an empty form field means "not given". */
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

const optionalNumber = (min: number, max: number, int = false) =>
  z.preprocess(
    blankToUndefined,
    (int ? z.coerce.number({ error: NUMBER }).int({ error: NUMBER }) : z.coerce.number({ error: NUMBER }))
      .min(min, { error: RANGE })
      .max(max, { error: RANGE })
      .optional(),
  );

/** The client's current allocation by asset class, in percent; all four or none (see refine below). */
const CURRENT_FIELDS = ["currentUsEquityPct", "currentIntlEquityPct", "currentBondsPct", "currentCashPct"] as const;

/**
 * One schema for the client form and the create/update actions. `maxSmallCapSharePct` is entered in
 * percent (0–100) because that is how advisors speak of it; it is stored as a fraction.
 */
export const clientInputSchema = z.object({
  name: z.string({ error: REQUIRED }).trim().min(1, { error: REQUIRED }).max(120, { error: "errors.tooLong" }),
  email: z.preprocess(
    blankToUndefined,
    z.string().trim().toLowerCase().email({ error: "errors.invalidEmail" }).max(200).optional(),
  ),
  homeMarket: z.enum(HOME_MARKETS, { error: "errors.invalidChoice" }),
  riskTolerance: z.coerce.number({ error: NUMBER }).int({ error: NUMBER }).min(1, { error: RANGE }).max(5, { error: RANGE }),
  horizonYears: z.coerce.number({ error: NUMBER }).int({ error: NUMBER }).min(1, { error: RANGE }).max(60, { error: RANGE }),
  investableAssets: z.coerce.number({ error: NUMBER }).positive({ error: RANGE }).max(1e13, { error: RANGE }),
  currency: z.enum(CURRENCIES, { error: "errors.invalidChoice" }),
  maxFeeBps: optionalNumber(0, 500, true),
  excludedRegions: z.array(z.enum(REGIONS, { error: "errors.invalidChoice" })).max(REGIONS.length).default([]),
  maxSmallCapSharePct: optionalNumber(0, 100),
  passiveOnly: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
  notes: z.preprocess(blankToUndefined, z.string().trim().max(2000, { error: "errors.tooLong" }).optional()),
  currentUsEquityPct: optionalNumber(0, 100),
  currentIntlEquityPct: optionalNumber(0, 100),
  currentBondsPct: optionalNumber(0, 100),
  currentCashPct: optionalNumber(0, 100),
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

export const clientListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().default(""),
  sort: z.enum(["name", "updated", "assets", "risk"]).catch("name"),
  archived: z.preprocess((v) => v === "1" || v === true, z.boolean()).default(false),
});
export type ClientListQuery = z.output<typeof clientListQuerySchema>;

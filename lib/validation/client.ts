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
});

export type ClientInput = z.output<typeof clientInputSchema>;
export type ClientFormValues = z.input<typeof clientInputSchema>;

export const idSchema = z.string().trim().min(1).max(64);

export const clientListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().default(""),
  sort: z.enum(["name", "updated", "assets", "risk"]).catch("name"),
  archived: z.preprocess((v) => v === "1" || v === true, z.boolean()).default(false),
});
export type ClientListQuery = z.output<typeof clientListQuerySchema>;

import { z } from "zod";
import type { FactorTable, FrenchFactors } from "./french-factors";
import { FACTOR_REGIONS } from "./french-factors-region";

/**
 * The JSON form of a parsed factor file, as Dataset.payload stores it (kind `french_factors`): typed arrays
 * become plain arrays and a missing value (NaN) becomes null, since JSON has no NaN (JSON.stringify would
 * write null anyway, and read it back as null, not NaN). Read it back with
 * `frenchFactorsFromJson(parseStoredRow(frenchFactorsJson, payload, …))` (lib/validation/stored-json.ts), so a
 * damaged row is DATA_CORRUPT rather than wrong figures.
 */

const tableJson = z
  .object({ periods: z.array(z.string()), columns: z.record(z.string(), z.array(z.number().nullable())) })
  .refine((t) => Object.values(t.columns).every((c) => c.length === t.periods.length), "column_length");

export const frenchFactorsJson = z
  .object({
    region: z.enum(FACTOR_REGIONS),
    vintage: z.object({ yyyymm: z.string().regex(/^\d{6}$/), database: z.string().min(1) }).nullable(),
    factors: z.array(z.string()),
    monthly: tableJson.nullable(),
    annual: tableJson.nullable(),
    daily: tableJson.nullable(),
  })
  .refine((f) => [f.monthly, f.annual, f.daily].every((t) => t === null || Object.keys(t.columns).join(",") === f.factors.join(",")), "factor_columns");

export type FrenchFactorsJson = z.infer<typeof frenchFactorsJson>;
type TableJson = z.infer<typeof tableJson>;

function tableToJson(t: FactorTable | null): TableJson | null {
  if (!t) return null;
  const columns = Object.fromEntries(Object.entries(t.columns).map(([name, v]) => [name, Array.from(v, (x) => (Number.isNaN(x) ? null : x))]));
  return { periods: [...t.periods], columns };
}

function tableFromJson(t: TableJson | null): FactorTable | null {
  if (!t) return null;
  const columns = Object.fromEntries(Object.entries(t.columns).map(([name, v]) => [name, Float64Array.from(v, (x) => x ?? NaN)]));
  return { periods: [...t.periods], columns };
}

/** @example JSON.stringify(frenchFactorsToJson(parsed)) is what the import stores; NaN cells are null. */
export function frenchFactorsToJson(f: FrenchFactors): FrenchFactorsJson {
  return {
    region: f.region,
    vintage: f.vintage ? { ...f.vintage } : null,
    factors: [...f.factors],
    monthly: tableToJson(f.monthly),
    annual: tableToJson(f.annual),
    daily: tableToJson(f.daily),
  };
}

/** The inverse of frenchFactorsToJson, on JSON already checked by `frenchFactorsJson`. */
export function frenchFactorsFromJson(json: FrenchFactorsJson): FrenchFactors {
  return {
    region: json.region,
    vintage: json.vintage ? { ...json.vintage } : null,
    factors: [...json.factors],
    monthly: tableFromJson(json.monthly),
    annual: tableFromJson(json.annual),
    daily: tableFromJson(json.daily),
  };
}

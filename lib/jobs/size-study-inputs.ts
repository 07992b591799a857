import { createHash } from "node:crypto";
import { z } from "zod";
import type { SizeEffectJobInputs } from "./size-effect-job-inputs";

/**
 * Bump when the size back-test or the study view changes what a stored result would hold: the version is
 * part of every cache key, so results of an older engine are never served as current (they stay in their
 * job rows and are simply not matched).
 */
export const SIZE_STUDY_ENGINE_VERSION = "size-study-1";

/**
 * The choices of a size study beyond the panel (zod fills the defaults, so `{}` and the explicit defaults
 * are one input and one cache entry): rebalancing month (5 = end of May, as in the study), one-way trading
 * cost in basis points, and whether preferred shares join the universe.
 */
export const sizeStudyInputsSchema = z.strictObject({
  rebalanceMonth: z.int({ error: "errors.invalidChoice" }).min(1, { error: "errors.invalidChoice" }).max(12, { error: "errors.invalidChoice" }).default(5),
  costBps: z.number({ error: "errors.invalidNumber" }).min(0, { error: "errors.invalidNumber" }).max(500, { error: "errors.invalidNumber" }).default(0),
  includePreferred: z.boolean().default(false),
});

export type SizeStudyInputs = z.output<typeof sizeStudyInputsSchema>;

/**
 * JSON with object keys sorted at every depth and no white space, so two equal inputs written in any key
 * order are one string. Numbers are JSON's (−0 becomes 0); undefined properties are left out, as in JSON.
 *
 * @example canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } }) → '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`canonicalJson: ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** What a result is cached by: the dataset, the validated inputs and the engine version, hashed (SHA-256, hex). */
export function sizeStudyCacheKey(datasetId: string, inputs: SizeStudyInputs | SizeEffectJobInputs, engineVersion = SIZE_STUDY_ENGINE_VERSION): string {
  return createHash("sha256").update(canonicalJson({ datasetId, engineVersion, inputs })).digest("hex");
}

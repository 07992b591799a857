import { z } from "zod";
import type { SizeEffectInputs } from "../services/research/size-effect-inputs";

/**
 * Part of every size-effect job's cache key, beside the dataset and the inputs: bump it when the size-effect
 * study (lib/services/research/size-effect-run.ts) or what a job stores changes, so older results are not matched.
 */
export const SIZE_EFFECT_ENGINE_VERSION = "size-effect-1";

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const count = z.number().finite().nonnegative();
const bucket = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("percentile"), from: z.number().min(0).max(1), to: z.number().min(0).max(1) }),
  z.strictObject({ kind: z.literal("rank"), fromRank: z.int().min(1), toRank: z.int().min(1).nullable() }),
]);

/**
 * A size-effect study as a background job's inputs (the dataset is the job's own column). The `kind` tells
 * it from a size study's inputs (lib/jobs/size-study-inputs.ts), which have none, so the rows and cache keys
 * written before this kind existed still read as they did. The page's URL parser has already checked the
 * values; this schema re-checks what a runner reads back from the row.
 */
export const sizeEffectJobInputsSchema = z.strictObject({
  kind: z.literal("size-effect"),
  rebalanceMonth: z.union([z.int().min(1).max(12), z.literal("every")]),
  weightings: z.array(z.enum(["cap", "equal", "sqrt"])).min(1),
  survivorship: z.enum(["total_loss", "last_available", "exclude"]),
  buckets: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("sweep") }),
    z.strictObject({ kind: z.literal("deciles") }),
    z.strictObject({ kind: z.literal("krx") }),
    z.strictObject({ kind: z.literal("custom"), buckets: z.array(bucket).min(1) }),
  ]),
  period: z.strictObject({ from: month.nullable(), to: month.nullable() }),
  filter: z.strictObject({ minMarketCap: count.optional(), minTradingValue: count.optional(), maxHoldings: z.int().min(1).optional() }),
  costBps: z.array(z.number().min(0).max(10_000)),
});

export type SizeEffectJobInputs = z.output<typeof sizeEffectJobInputsSchema>;

/** The job inputs of a page's study (everything but the dataset). */
export function sizeEffectJobInputs(inputs: SizeEffectInputs): SizeEffectJobInputs {
  const { dataset: _dataset, ...rest } = inputs;
  return sizeEffectJobInputsSchema.parse({ kind: "size-effect", ...rest });
}

/** The page's inputs of a job's, with the job's dataset. */
export function sizeEffectInputsOfJob(datasetId: string, inputs: SizeEffectJobInputs): SizeEffectInputs {
  const { kind: _kind, ...rest } = inputs;
  return { dataset: datasetId, ...rest };
}

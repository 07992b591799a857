import { z } from "zod";
import type { SizeEffectResult } from "../services/research/size-effect-run";

const weighting = z.enum(["cap", "equal", "sqrt"]);
// JSON has no NaN: a value the engine could not compute was stored as null. Statistics stay null (the type
// allows it); series values go back to NaN, as the engine produced them (a gap in a chart).
const stat = z.number().nullable();
const series = z.array(z.number().nullable()).transform((values) => values.map((v) => v ?? NaN));
const figures = z.object({ cagr: stat, volatility: stat, sharpe: stat, returnRisk: stat });
const bucket = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("percentile"), from: z.number(), to: z.number() }),
  z.object({ kind: z.literal("rank"), fromRank: z.number(), toRank: z.number().nullable() }),
]);
const run = z.object({
  rebalanceDates: z.array(z.string()),
  windowEnds: z.array(z.string()),
  periodsPerYear: z.number(),
  rows: z.array(z.object({ bucket: bucket.nullable(), weighting, after: figures, before: figures, wealth: series, holdings: series })),
  extremes: z.array(z.object({ weighting, topExcess: series, bottomExcess: series, topCumulative: series, bottomCumulative: series })),
});

/** A finished size-effect job's result column: the SizeEffectResult the runner stored (lib/jobs/job-steps.ts). */
export const storedSizeEffectSchema = z.object({ buckets: z.array(bucket), result: run, baseline: run.nullable() }) satisfies z.ZodType<SizeEffectResult, unknown>;

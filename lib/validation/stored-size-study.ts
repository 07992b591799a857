import { z } from "zod";
import type { SizeStudyView } from "../services/research/size-study";

const weighting = z.enum(["cap", "equal", "sqrt"]);
const figure = z.number().nullable();

/** A finished job's result column: the SizeStudyView the runner stored (lib/jobs/run-job.ts). */
export const storedSizeStudySchema = z.object({
  rebalanceDates: z.array(z.string()),
  table: z.array(z.object({ weighting, mode: z.enum(["total_loss", "last_available", "exclude"]), cagr: figure, volatility: figure, returnRisk: figure })),
  sweep: z.array(z.object({ centre: z.number(), weighting, cagr: figure, volatility: figure, returnRisk: figure, holdings: z.number() })),
  market: z.array(z.object({ weighting, cagr: figure, volatility: figure })),
  // JSON has no NaN: a value the engine could not compute was stored as null and is read back as NaN (a gap in the chart).
  extremes: z.array(z.object({ date: z.string(), top: figure, bottom: figure, topBefore: figure, bottomBefore: figure })),
}) satisfies z.ZodType<unknown>;

/** The stored view with nulls in the excess series back to NaN, as the engine produced them. */
export function sizeStudyOfStored(value: z.output<typeof storedSizeStudySchema>): SizeStudyView {
  const num = (v: number | null) => v ?? NaN;
  return {
    ...value,
    extremes: value.extremes.map((e) => ({ date: e.date, top: num(e.top), bottom: num(e.bottom), topBefore: num(e.topBefore), bottomBefore: num(e.bottomBefore) })),
  };
}

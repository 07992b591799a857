import { assertBucketSpec } from "./bucket-range";
import type { BucketSpec, SizeBacktestOptions, SurvivorshipMode, UniverseFilter, Weighting } from "./types";
import { assertUniverseFilter } from "./universe";

/** Options with defaults applied and every value checked once, before any window is computed. */
export type ResolvedSizeOptions = {
  buckets: readonly BucketSpec[];
  weightings: readonly Weighting[];
  survivorship: SurvivorshipMode;
  rebalanceMonth: number | "every";
  riskFree: number;
  filter: UniverseFilter;
  /** One-way cost as a decimal per unit of turnover (bps / 10,000) for a bucket. */
  costRate: (bucket: BucketSpec) => number;
};

/** Above 50% a full switch (turnover 2) would cost more than the whole portfolio. */
const MAX_COST_BPS = 5000;

/**
 * Applies the defaults of `SizeBacktestOptions` (total_loss, end of May, risk-free 0, no filter, no cost).
 *
 * @throws "runSizeBacktest: …" for no buckets or weightings, a malformed bucket, an unknown weighting or
 *   survivorship mode, a non-finite risk-free rate, a bad filter, or a cost outside 0–5000 bps.
 */
export function resolveSizeOptions(options: SizeBacktestOptions): ResolvedSizeOptions {
  const where = "runSizeBacktest";
  if (options.buckets.length === 0) throw new Error(`${where}: no buckets given`);
  if (options.weightings.length === 0) throw new Error(`${where}: no weightings given`);
  options.buckets.forEach((bucket, i) => assertBucketSpec(bucket, `${where}: bucket ${i}`));
  for (const weighting of options.weightings) {
    if (!["cap", "equal", "sqrt"].includes(weighting)) throw new Error(`${where}: unknown weighting "${weighting}"`);
  }
  const survivorship = options.survivorship ?? "total_loss";
  if (!["total_loss", "last_available", "exclude"].includes(survivorship)) {
    throw new Error(`${where}: unknown survivorship mode "${survivorship}"`);
  }
  const riskFree = options.riskFree ?? 0;
  if (!Number.isFinite(riskFree)) throw new Error(`${where}: riskFree must be finite, got ${riskFree}`);
  const filter = options.filter ?? {};
  assertUniverseFilter(filter, where);
  const month = options.rebalanceMonth ?? 5;
  if (month !== "every" && !(Number.isInteger(month) && month >= 1 && month <= 12)) {
    throw new Error(`${where}: rebalanceMonth must be 1–12 or "every", got ${String(month)}`);
  }
  const weightings = [...new Set(options.weightings)];
  return {
    buckets: options.buckets,
    weightings,
    survivorship,
    rebalanceMonth: month,
    riskFree,
    filter,
    costRate: (bucket) => {
      const cost = options.costBps;
      const bps = typeof cost === "function" ? cost(bucket) : (cost ?? 0);
      if (!(Number.isFinite(bps) && bps >= 0 && bps <= MAX_COST_BPS)) {
        throw new Error(`${where}: cost must be 0–${MAX_COST_BPS} bps, got ${bps}`);
      }
      return bps / 10_000;
    },
  };
}

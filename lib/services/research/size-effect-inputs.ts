import { decileBuckets, krxBuckets, sweepBuckets } from "../../backtest/buckets";
import type { BucketSpec, SurvivorshipMode, UniverseFilter, Weighting } from "../../backtest/types";
import type { MonthRange } from "../../research/months";

/** The size-effect page's bucket choice: one of the study's sets, or the user's own ranges. */
export type SizeEffectBuckets =
  | { kind: "sweep" }
  | { kind: "deciles" }
  | { kind: "krx" }
  | { kind: "custom"; buckets: BucketSpec[] };

/** The URL parameters of /research/size-effect (short, so a permalink stays readable). */
export const SIZE_EFFECT_PARAMS = ["d", "m", "w", "s", "b", "r", "from", "to", "mincap", "mintv", "maxh", "cost"] as const;
export type SizeEffectParam = (typeof SIZE_EFFECT_PARAMS)[number];

/** The demo market's dataset key: a stored panel is its dataset id. */
export const DEMO_DATASET = "demo";

/** Everything the size-effect page studies, after the URL was checked (see app/(app)/research/size-effect/size-effect-query.ts). */
export type SizeEffectInputs = {
  dataset: string;
  rebalanceMonth: number | "every";
  weightings: Weighting[];
  /** The corrected run; the "before correction" run is always last_available, as in the study. */
  survivorship: SurvivorshipMode;
  buckets: SizeEffectBuckets;
  period: MonthRange;
  filter: Pick<UniverseFilter, "minMarketCap" | "minTradingValue" | "maxHoldings">;
  /** One-way cost in bps: empty = none, one value = every bucket, else one per bucket in order. */
  costBps: number[];
};

export const DEFAULT_SIZE_EFFECT_INPUTS: SizeEffectInputs = {
  dataset: DEMO_DATASET,
  rebalanceMonth: 5,
  weightings: ["cap", "equal"],
  survivorship: "total_loss",
  buckets: { kind: "sweep" },
  period: { from: null, to: null },
  filter: {},
  costBps: [],
};

/** The bucket specs of a choice, in display order. */
export function bucketSpecs(choice: SizeEffectBuckets): BucketSpec[] {
  switch (choice.kind) {
    case "sweep":
      return sweepBuckets();
    case "deciles":
      return decileBuckets();
    case "krx":
      return krxBuckets();
    case "custom":
      return choice.buckets;
  }
}

/** Whether costs or filters change the universe or the returns, so a cost-free unfiltered run is shown beside. */
export function isTradabilityAdjusted(inputs: SizeEffectInputs): boolean {
  const f = inputs.filter;
  return inputs.costBps.some((c) => c > 0) || f.minMarketCap !== undefined || f.minTradingValue !== undefined || f.maxHoldings !== undefined;
}

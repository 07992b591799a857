import { runSizeBacktest } from "../../backtest/size-backtest";
import type { Panel } from "../../backtest/panel-type";
import type { BucketSpec, SeriesResult, SizeBacktestOptions, SizeBacktestResult, SurvivorshipMode, Weighting } from "../../backtest/types";
import { panelInPeriod } from "./size-effect-period";
import { bucketSpecs, isTradabilityAdjusted, type SizeEffectInputs } from "./size-effect-inputs";

/*
 * The size-effect study itself, apart from where its panel comes from: pure (no database, no framework), so
 * the job worker thread (lib/jobs/worker-entry.ts, bundled by `npm run build:jobs`) runs the same code as a request.
 */

/** The statistics one row of the study's table shows, for one series. */
export type SeriesFigures = { cagr: number | null; volatility: number | null; sharpe: number | null; returnRisk: number | null };

/** One bucket (or the whole market: bucket null) under one weighting, after and before the survivorship correction. */
export type SizeEffectRow = {
  bucket: BucketSpec | null;
  weighting: Weighting;
  after: SeriesFigures;
  before: SeriesFigures;
  /** Per window of the corrected run, aligned with `windowEnds`. */
  wealth: number[];
  holdings: number[];
};

/** The corrected run's top- and bottom-decile excess over the cap-weighted market, per window and cumulative. */
export type SizeEffectExtremes = { weighting: Weighting; topExcess: number[]; bottomExcess: number[]; topCumulative: number[]; bottomCumulative: number[] };

export type SizeEffectRun = {
  rebalanceDates: string[];
  /** The end date of each window (rebalanceDates without the first). */
  windowEnds: string[];
  periodsPerYear: number;
  /** Buckets first (each in the order of the chosen weightings), then the whole market per weighting. */
  rows: SizeEffectRow[];
  extremes: SizeEffectExtremes[];
};

export type SizeEffectView = {
  inputs: SizeEffectInputs;
  buckets: BucketSpec[];
  result: SizeEffectRun;
  /** The same study without costs and filters, when either is set (null otherwise). */
  baseline: SizeEffectRun | null;
};

/** The engine options of the page's inputs for one survivorship mode; `plain` drops costs and filters. */
export function sizeEffectOptions(inputs: SizeEffectInputs, survivorship: SurvivorshipMode, plain = false): SizeBacktestOptions {
  const buckets = bucketSpecs(inputs.buckets);
  const costs = inputs.costBps;
  // By value, not by reference: the engine also prices the top and bottom deciles it compares, and those are
  // the same portfolios as a chosen bucket with equal bounds (a bucket that is not chosen costs nothing).
  const costOf = (bucket: BucketSpec) => costs[buckets.findIndex((b) => sameBucket(b, bucket))] ?? 0;
  const costBps = plain || costs.length === 0 ? 0 : costs.length === 1 ? costs[0]! : costOf;
  return {
    buckets,
    weightings: inputs.weightings,
    survivorship,
    rebalanceMonth: inputs.rebalanceMonth,
    filter: plain ? {} : { ...inputs.filter },
    costBps,
  };
}

function sameBucket(a: BucketSpec, b: BucketSpec): boolean {
  if (a.kind === "percentile" && b.kind === "percentile") return a.from === b.from && a.to === b.to;
  if (a.kind === "rank" && b.kind === "rank") return a.fromRank === b.fromRank && a.toRank === b.toRank;
  return false;
}

/** The "before the correction" run of the study: delisted securities keep their last available return. */
const BEFORE: SurvivorshipMode = "last_available";

/** A study's figures without the inputs it was asked with: what a background job stores. */
export type SizeEffectResult = Omit<SizeEffectView, "inputs">;

/**
 * The size-effect study of a panel: the chosen buckets × weightings after (the chosen survivorship mode)
 * and before (last available) the correction, with the whole market, wealth, holdings and the extremes.
 * With costs or filters set, the same study without them is returned beside it.
 * @throws the engine's error when the inputs cannot run on the panel (see runSizeBacktest)
 */
export function sizeEffectOfPanel(panel: Panel, inputs: SizeEffectInputs): SizeEffectView {
  const steps = sizeEffectSteps(panel, inputs);
  for (;;) {
    const next = steps.next();
    if (next.done) return { inputs, ...next.value };
  }
}

/**
 * The study as steps, one engine run each (two, or four with the cost-free, unfiltered study beside):
 * yields the share done (0..1) after each but the last and returns the figures. The inline page and the
 * background job both run this, so a job's result is the request's, number for number.
 */
export function* sizeEffectSteps(panel: Panel, inputs: SizeEffectInputs): Generator<number, SizeEffectResult, void> {
  const inPeriod = panelInPeriod(panel, inputs.period);
  const plainToo = isTradabilityAdjusted(inputs);
  const total = plainToo ? 4 : 2;
  let done = 0;
  const runs: SizeEffectRun[] = [];
  for (const plain of plainToo ? [false, true] : [false]) {
    const after = runSizeBacktest(inPeriod, sizeEffectOptions(inputs, inputs.survivorship, plain));
    yield ++done / total;
    const before = runSizeBacktest(inPeriod, sizeEffectOptions(inputs, BEFORE, plain));
    if (++done < total) yield done / total;
    runs.push(runView(after, before));
  }
  return { buckets: bucketSpecs(inputs.buckets), result: runs[0]!, baseline: runs[1] ?? null };
}

/** Pairs the two runs' series (they have the same buckets and weightings in the same order). */
export function runView(after: SizeBacktestResult, before: SizeBacktestResult): SizeEffectRun {
  const figures = (s: SeriesResult): SeriesFigures => ({ cagr: s.stats.cagr, volatility: s.stats.volatility, sharpe: s.stats.sharpe, returnRisk: s.stats.returnRisk });
  const row = (bucket: BucketSpec | null, weighting: Weighting, a: SeriesResult, b: SeriesResult): SizeEffectRow => ({
    bucket,
    weighting,
    after: figures(a),
    before: figures(b),
    wealth: Array.from(a.wealth.subarray(1)),
    holdings: Array.from(a.holdings),
  });
  return {
    rebalanceDates: [...after.rebalanceDates],
    windowEnds: after.rebalanceDates.slice(1),
    periodsPerYear: after.market[0]?.stats.periodsPerYear ?? 1,
    rows: [
      ...after.results.map((r, i) => row(r.bucket, r.weighting, r, before.results[i]!)),
      ...after.market.map((m, i) => row(null, m.weighting, m, before.market[i]!)),
    ],
    extremes: after.extremes.map((e) => ({
      weighting: e.weighting,
      topExcess: Array.from(e.topExcess),
      bottomExcess: Array.from(e.bottomExcess),
      topCumulative: Array.from(e.topCumulative),
      bottomCumulative: Array.from(e.bottomCumulative),
    })),
  };
}


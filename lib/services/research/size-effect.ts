import { buildPanel, runSizeBacktest, type Panel } from "../../backtest";
import type { BucketSpec, SeriesResult, SizeBacktestOptions, SizeBacktestResult, SurvivorshipMode, Weighting } from "../../backtest/types";
import { generateDemoPanel } from "../../data/synthetic";
import { decodePanel } from "../../data/panel-blob";
import { findPanelDataset, readPanelBlob } from "../../db/panel-datasets";
import { AppError } from "../../errors/app-error";
import { INLINE_ROW_LIMIT } from "./panel-study";
import { panelInPeriod } from "./size-effect-period";
import { bucketSpecs, DEMO_DATASET, isTradabilityAdjusted, type SizeEffectInputs } from "./size-effect-inputs";

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

export type SizeEffectAnswer =
  | { kind: "ok"; view: SizeEffectView }
  /** The engine refused the inputs on this data (e.g. fewer than two rebalance dates in the period). */
  | { kind: "no_windows" }
  /** A stored panel above the inline limit: its study runs as a background job instead. */
  | { kind: "too_large"; rowCount: number; limit: number };

type Who = { firmId: string };

// The demo panel is deterministic (fixed seed): built once per server process.
let demoPanel: Panel | null = null;

/**
 * The panel a size-effect study reads: the demo market, or a stored panel of the user's firm.
 * @throws AppError NOT_FOUND for another firm's or a missing dataset (one answer for both)
 */
async function loadPanel(who: Who, dataset: string, inlineRowLimit: number): Promise<Panel | { tooLarge: number }> {
  if (dataset === DEMO_DATASET) {
    demoPanel ??= buildPanel(generateDemoPanel());
    return demoPanel;
  }
  const meta = await findPanelDataset(who.firmId, dataset);
  if (!meta) throw new AppError("NOT_FOUND");
  if (meta.rowCount > inlineRowLimit) return { tooLarge: meta.rowCount };
  const blob = await readPanelBlob(who.firmId, dataset);
  if (!blob) throw new AppError("NOT_FOUND");
  return decodePanel(blob);
}

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

/**
 * The size-effect study of a panel: the chosen buckets × weightings after (the chosen survivorship mode)
 * and before (last available) the correction, with the whole market, wealth, holdings and the extremes.
 * With costs or filters set, the same study without them is returned beside it.
 * @throws the engine's error when the inputs cannot run on the panel (see runSizeBacktest)
 */
export function sizeEffectOfPanel(panel: Panel, inputs: SizeEffectInputs): SizeEffectView {
  const inPeriod = panelInPeriod(panel, inputs.period);
  const run = (plain: boolean) => {
    const after = runSizeBacktest(inPeriod, sizeEffectOptions(inputs, inputs.survivorship, plain));
    const before = runSizeBacktest(inPeriod, sizeEffectOptions(inputs, BEFORE, plain));
    return runView(after, before);
  };
  return {
    inputs,
    buckets: bucketSpecs(inputs.buckets),
    result: run(false),
    baseline: isTradabilityAdjusted(inputs) ? run(true) : null,
  };
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

/**
 * The size-effect page's study: reads the dataset (ownership checked here, where it is read) and runs it
 * inside the request. A stored panel above the inline limit is not run here (see `too_large`).
 * @throws AppError NOT_FOUND for another firm's or a missing dataset
 */
export async function loadSizeEffect(who: Who, inputs: SizeEffectInputs, options: { inlineRowLimit?: number } = {}): Promise<SizeEffectAnswer> {
  const limit = options.inlineRowLimit ?? INLINE_ROW_LIMIT;
  const panel = await loadPanel(who, inputs.dataset, limit);
  if ("tooLarge" in panel) return { kind: "too_large", rowCount: panel.tooLarge, limit };
  try {
    return { kind: "ok", view: sizeEffectOfPanel(panel, inputs) };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("runSizeBacktest:")) return { kind: "no_windows" };
    throw error;
  }
}

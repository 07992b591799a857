import { bucketRange } from "./bucket-range";
import { excessOver } from "./extremes";
import type { Panel } from "./panel";
import { rebalanceDateIndices } from "./rebalance-dates";
import { resolveSizeOptions } from "./size-backtest-options";
import { newBucketState, STEP_LENGTH, stepBucket } from "./size-series";
import { loadWindow, newSizeWindow, type SizeWindow } from "./size-window";
import { computeStatsOfEach } from "./stats";
import type { BucketSpec, SeriesResult, SizeBacktestOptions, SizeBacktestResult, Stats, Weighting } from "./types";
import { wealthCurve } from "./wealth";

type PercentileBucket = Extract<BucketSpec, { kind: "percentile" }>;

const MARKET: BucketSpec = { kind: "percentile", from: 0, to: 1 };
const TOP_DECILE: PercentileBucket = { kind: "percentile", from: 0, to: 0.1 };
const BOTTOM_DECILE: PercentileBucket = { kind: "percentile", from: 0.9, to: 1 };
/** One rebalance per year, so every window is one period of a year. */
/**
 * Windows per year for annualising: 1 when rebalancing once a year; when rebalancing at every date, read
 * from the median gap between dates (a monthly panel gives 12, a quarterly 4, a yearly 1). The median, not
 * the mean, so a partial last period (a file ending mid-month) does not change the frequency.
 */
function periodsPerYear(rebalanceMonth: number | "every", dates: readonly string[]): number {
  if (rebalanceMonth !== "every" || dates.length < 2) return 1;
  const gaps = dates.slice(1).map((d, i) => (Date.parse(d) - Date.parse(dates[i]!)) / 86_400_000).sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)]!;
  return median <= 45 ? 12 : median <= 120 ? 4 : 1;
}

/** The weightings in the order a bucket's state and step hold them (see `stepBucket`). */
const WEIGHTING_INDEX: Record<Weighting, number> = { cap: 0, equal: 1, sqrt: 2 };

/** Per-window figures of one weighting of a bucket. */
type Track = { returns: Float64Array; holdings: Int32Array; turnover: Float64Array };

/** A bucket stepped for all three weightings at once (see `stepBucket`), each weighting's figures in its track. */
type Plan = { bucket: BucketSpec; costRate: number; state: Float64Array; tracks: readonly Track[] };

/**
 * Size-bucket back-test (domain.md §3, reproducing the study of §2). At each rebalance date t (the
 * last panel date in `rebalanceMonth`, default May) the eligible universe is ranked once; each
 * security's holding return over (t, t_next] is computed once and shared by every bucket × weighting;
 * a bucket's return is Σ wᵢ rᵢ net of costs (see `stepSeries`). The market benchmark is the whole
 * eligible universe (the bucket [0, 1]) under the same rules and costs. `extremes` compares the
 * top (p in [0, 0.1)) and bottom ([0.9, 1]) deciles with the cap-weighted market (see `excessOver`).
 * Statistics use one period per year (a window that spans a year without a rebalance date still
 * counts as one period; rebalanceDateIndices explains why such a year is not invented).
 *
 * Results are ordered bucket by bucket, each in the order of `options.weightings`.
 *
 * @throws if the options are invalid (see `resolveSizeOptions`) or the panel has fewer than two
 *   rebalance dates (no window to hold over).
 * @example a panel with May ends 2019 and 2020, caps A 3, B 1 and returns 0.1, 0.3 over the window →
 *   cap-weighted market 0.75 × 0.1 + 0.25 × 0.3 = 0.15, equal-weighted (0.1 + 0.3) / 2 = 0.2
 */
export function runSizeBacktest(panel: Panel, options: SizeBacktestOptions): SizeBacktestResult {
  const resolved = resolveSizeOptions(options);
  const rebalance = rebalanceDateIndices(panel.dates, resolved.rebalanceMonth);
  if (rebalance.length < 2) {
    throw new Error(
      `runSizeBacktest: the panel has ${rebalance.length} rebalance date(s) ${resolved.rebalanceMonth === "every" ? "in all" : `in month ${resolved.rebalanceMonth}`}; at least 2 are needed for one window`,
    );
  }
  const windows = rebalance.length - 1;
  const perYear = periodsPerYear(resolved.rebalanceMonth, panel.dates);
  const n = panel.ids.length;
  // Two sets of window arrays, used in turn: a step reads its old weights from the previous window's.
  const loaded = [newSizeWindow(n), newSizeWindow(n)] as const;
  const track = (): Track => ({
    returns: new Float64Array(windows),
    holdings: new Int32Array(windows),
    turnover: new Float64Array(windows),
  });
  const plan = (bucket: BucketSpec): Plan => ({
    bucket,
    costRate: resolved.costRate(bucket),
    state: newBucketState(),
    tracks: [track(), track(), track()],
  });
  const buckets = resolved.buckets.map(plan);
  // Cap and equal always (the study's two reference lines), sqrt when requested.
  const market = plan(MARKET);
  const marketWeightings: Weighting[] = resolved.weightings.includes("sqrt") ? ["cap", "equal", "sqrt"] : ["cap", "equal"];
  // A decile that is also one of the buckets (the sweep's first and last are) is that bucket's series:
  // the same members and cost give the same returns, so it is stepped once. Only its returns are read
  // (by excessOver), so the caller sees nothing shared.
  const decile = (spec: PercentileBucket): Plan =>
    buckets.find(
      (p) =>
        p.bucket.kind === "percentile" &&
        p.bucket.from === spec.from &&
        p.bucket.to === spec.to &&
        p.costRate === resolved.costRate(spec),
    ) ?? plan(spec);
  const top = decile(TOP_DECILE);
  const bottom = decile(BOTTOM_DECILE);
  const all = [...new Set([...buckets, market, top, bottom])];
  const step = new Float64Array(STEP_LENGTH);
  for (let i = 0; i < windows; i++) {
    const now = loaded[i % 2]!;
    const before = loaded[(i + 1) % 2]!;
    const count = loadWindow(now, before, panel, rebalance[i] ?? 0, rebalance[i + 1] ?? 0, resolved);
    stepAll(all, now, before, count, i, step);
  }
  const capMarket = market.tracks[0]!;
  const trackOf = (p: Plan, weighting: Weighting) => p.tracks[WEIGHTING_INDEX[weighting]]!;
  const bucketSeries = buckets.flatMap((p) =>
    resolved.weightings.map((weighting) => ({ bucket: p.bucket, weighting, track: trackOf(p, weighting) })),
  );
  const marketSeries = marketWeightings.map((weighting) => ({ weighting, track: trackOf(market, weighting) }));
  // Every series' statistics in one call (see computeStatsOfEach).
  const stats = computeStatsOfEach(
    [...bucketSeries, ...marketSeries].map((series) => series.track.returns),
    perYear,
    resolved.riskFree,
  );
  return {
    rebalanceDates: rebalance.map((d) => panel.dates[d] ?? ""),
    results: bucketSeries.map(({ bucket, weighting, track }, i) => ({
      ...seriesResult(track, stats[i]!),
      bucket,
      weighting,
    })),
    market: marketSeries.map(({ weighting, track }, i) => ({
      ...seriesResult(track, stats[bucketSeries.length + i]!),
      weighting,
    })),
    extremes: resolved.weightings.map((weighting) => {
      const w = WEIGHTING_INDEX[weighting];
      const topExcess = excessOver(top.tracks[w]!.returns, capMarket.returns);
      const bottomExcess = excessOver(bottom.tracks[w]!.returns, capMarket.returns);
      return {
        weighting,
        topExcess: topExcess.excess,
        bottomExcess: bottomExcess.excess,
        topCumulative: topExcess.cumulative,
        bottomCumulative: bottomExcess.cumulative,
      };
    }),
  };
}

/**
 * Steps every bucket over one loaded window of `count` ranked securities, `before` holding the previous
 * window, `step` being scratch for one bucket's figures.
 */
function stepAll(
  plans: readonly Plan[],
  now: SizeWindow,
  before: SizeWindow,
  count: number,
  windowIndex: number,
  step: Float64Array,
): void {
  // Index loops and no destructuring: the first window runs this in V8's interpreter, where an array
  // iterator is a call per element.
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i]!;
    const range = bucketRange(p.bucket, count);
    stepBucket(p.state, now.ranked, before.ranked, range[0], range[1], p.costRate, step);
    for (let w = 0; w < 3; w++) {
      const track = p.tracks[w]!;
      track.returns[windowIndex] = step[w]!;
      track.turnover[windowIndex] = step[3 + w]!;
      track.holdings[windowIndex] = step[6]!;
    }
  }
}

/** A weighting's result; its arrays are its own (a bucket's weightings share no array with each other). */
function seriesResult(track: Track, stats: Stats): SeriesResult {
  const { returns, holdings, turnover } = track;
  return { returns, wealth: wealthCurve(returns), holdings, turnover, stats };
}

import { bucketRange } from "./bucket-range";
import { excessOver } from "./extremes";
import type { Panel } from "./panel";
import { rebalanceDateIndices } from "./rebalance-dates";
import { resolveSizeOptions } from "./size-backtest-options";
import { linkWindows, newSizeSeries, stepSizeSeries, type SizeSeries } from "./size-series";
import { loadWindow, newSizeWindow, type SizeWindow } from "./size-window";
import { computeStats } from "./stats";
import type { BucketSpec, SeriesResult, SizeBacktestOptions, SizeBacktestResult, Weighting } from "./types";
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

type Plan = {
  bucket: BucketSpec;
  weighting: Weighting;
  costRate: number;
  state: SizeSeries;
  returns: Float64Array;
  holdings: Int32Array;
  turnover: Float64Array;
};

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
  // Two sets of window arrays, used in turn: a series reads its old weights from the previous window's.
  const loaded = [newSizeWindow(n), newSizeWindow(n)] as const;
  const plan = (bucket: BucketSpec, weighting: Weighting): Plan => ({
    bucket,
    weighting,
    costRate: resolved.costRate(bucket),
    state: newSizeSeries(),
    returns: new Float64Array(windows),
    holdings: new Int32Array(windows),
    turnover: new Float64Array(windows),
  });
  const buckets = resolved.buckets.flatMap((bucket) => resolved.weightings.map((w) => plan(bucket, w)));
  // Cap and equal always (the study's two reference lines), sqrt when requested.
  const capMarket = plan(MARKET, "cap");
  const market = [capMarket, plan(MARKET, "equal")];
  if (resolved.weightings.includes("sqrt")) market.push(plan(MARKET, "sqrt"));
  // A decile that is also one of the buckets (the sweep's first and last are) is that bucket's series:
  // the same members, weighting and cost give the same returns, so it is stepped once. Only its returns
  // are read (by excessOver), so the caller sees nothing shared.
  const decile = (spec: PercentileBucket, weighting: Weighting): Plan =>
    buckets.find(
      (p) =>
        p.weighting === weighting &&
        p.bucket.kind === "percentile" &&
        p.bucket.from === spec.from &&
        p.bucket.to === spec.to &&
        p.costRate === resolved.costRate(spec),
    ) ?? plan(spec, weighting);
  const extremes = resolved.weightings.map((w) => ({ top: decile(TOP_DECILE, w), bottom: decile(BOTTOM_DECILE, w) }));
  const all = [...new Set([...buckets, ...market, ...extremes.flatMap((e) => [e.top, e.bottom])])];
  for (let i = 0; i < windows; i++) {
    const now = loaded[i % 2]!;
    const count = loadWindow(now, panel, rebalance[i] ?? 0, rebalance[i + 1] ?? 0, resolved);
    stepAll(all, now, loaded[(i + 1) % 2]!, count, i);
  }
  const toResult = (p: Plan) => seriesResult(p, resolved.riskFree, perYear);
  return {
    rebalanceDates: rebalance.map((d) => panel.dates[d] ?? ""),
    results: buckets.map((p) => ({ ...toResult(p), bucket: p.bucket, weighting: p.weighting })),
    market: market.map((p) => ({ ...toResult(p), weighting: p.weighting })),
    extremes: extremes.map(({ top: topPlan, bottom: bottomPlan }) => {
      const top = excessOver(topPlan.returns, capMarket.returns);
      const bottom = excessOver(bottomPlan.returns, capMarket.returns);
      return {
        weighting: topPlan.weighting,
        topExcess: top.excess,
        bottomExcess: bottom.excess,
        topCumulative: top.cumulative,
        bottomCumulative: bottom.cumulative,
      };
    }),
  };
}

/** Steps every series over one loaded window of `count` ranked securities, `before` holding the previous window. */
function stepAll(plans: readonly Plan[], now: SizeWindow, before: SizeWindow, count: number, windowIndex: number): void {
  linkWindows(now.window.ids, count, before.position, before.window.alive, now.previous);
  for (const p of plans) {
    const [lo, hi] = bucketRange(p.bucket, count);
    const step = stepSizeSeries(p.state, now.byWeighting[p.weighting], before.byWeighting[p.weighting], lo, hi, p.costRate);
    p.returns[windowIndex] = step.net;
    p.holdings[windowIndex] = step.holdings;
    p.turnover[windowIndex] = step.turnover;
  }
}

function seriesResult(p: Plan, riskFree: number, perYear: number): SeriesResult {
  return {
    returns: p.returns,
    wealth: wealthCurve(p.returns),
    holdings: p.holdings,
    turnover: p.turnover,
    stats: computeStats(p.returns, perYear, riskFree),
  };
}

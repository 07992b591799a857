import { buildPanel, runSizeBacktest, sweepBuckets, type Panel } from "../../backtest";
import type { BucketResult, MarketResult, PanelRow, SizeBacktestOptions, SizeBacktestResult, SurvivorshipMode, Weighting } from "../../backtest/types";

/** The blog study's views (domain.md §2) of one panel, as plain JSON for the Research page. */
export type SizeStudyView = {
  rebalanceDates: string[];
  table: { weighting: Weighting; mode: SurvivorshipMode; cagr: number | null; volatility: number | null; returnRisk: number | null }[];
  sweep: { centre: number; weighting: Weighting; cagr: number | null; volatility: number | null; returnRisk: number | null; holdings: number }[];
  market: { weighting: Weighting; cagr: number | null; volatility: number | null }[];
  extremes: { date: string; top: number; bottom: number; topBefore: number; bottomBefore: number }[];
};

/** The study's two runs: after the survivorship correction (total_loss), then before it (last_available). */
export const SIZE_STUDY_MODES: readonly SurvivorshipMode[] = ["total_loss", "last_available"];
const MODES = SIZE_STUDY_MODES;
const WEIGHTINGS: Weighting[] = ["cap", "equal"];

/** The engine options of one of the study's runs; `extra` carries a stored panel's choices (month, cost, filter). */
export function sizeStudyOptions(survivorship: SurvivorshipMode, extra: Pick<SizeBacktestOptions, "rebalanceMonth" | "costBps" | "filter"> = {}): SizeBacktestOptions {
  return { buckets: sweepBuckets(), weightings: WEIGHTINGS, survivorship, ...extra };
}

/**
 * The size sweep (centres 5%…95% ± 5%) cap- and equal-weighted, after (total_loss) and before
 * (last_available) the survivorship correction, with the top/bottom-10% cumulative excess over the
 * cap-weighted market: the study's table, sweep chart and extremes chart.
 */
export function sizeStudy(rows: readonly PanelRow[] | Panel): SizeStudyView {
  const panel = "ids" in rows ? rows : buildPanel(rows);
  const [after, before] = MODES.map((survivorship) => runSizeBacktest(panel, sizeStudyOptions(survivorship))) as [SizeBacktestResult, SizeBacktestResult];
  return sizeStudyOfRuns(after, before);
}

/** The study's views from its two runs (see `SIZE_STUDY_MODES`), however they were computed. */
export function sizeStudyOfRuns(after: SizeBacktestResult, before: SizeBacktestResult): SizeStudyView {
  const pick = (m: MarketResult | BucketResult) => ({ cagr: m.stats.cagr, volatility: m.stats.volatility, returnRisk: m.stats.returnRisk });

  const table = MODES.flatMap((mode, i) =>
    [after, before][i]!.market.map((m) => ({ weighting: m.weighting, mode, ...pick(m) })),
  );
  const sweep = after.results.map((r) => ({
    centre: r.bucket.kind === "percentile" ? Math.round(((r.bucket.from + r.bucket.to) / 2) * 100) / 100 : 0,
    weighting: r.weighting,
    ...pick(r),
    holdings: Math.round(r.holdings.reduce((a, b) => a + b, 0) / Math.max(1, r.holdings.length)),
  }));
  const capAfter = after.extremes.find((e) => e.weighting === "cap");
  const capBefore = before.extremes.find((e) => e.weighting === "cap");
  const extremes = after.rebalanceDates.slice(1).map((date, i) => ({
    date,
    top: capAfter?.topCumulative[i] ?? 0,
    bottom: capAfter?.bottomCumulative[i] ?? 0,
    topBefore: capBefore?.topCumulative[i] ?? 0,
    bottomBefore: capBefore?.bottomCumulative[i] ?? 0,
  }));
  return {
    rebalanceDates: [...after.rebalanceDates],
    table,
    sweep,
    market: after.market.map((m) => ({ weighting: m.weighting, cagr: m.stats.cagr, volatility: m.stats.volatility })),
    extremes,
  };
}

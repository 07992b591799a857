import { ALL_SLEEVES, REGIONS, type Region, type Size, type SleeveId } from "../market/regions";
import type { InformationGapMetrics } from "../metrics/types";
import type { ProposalView } from "../services/proposal/view-model";
import { numberRow, textRow, type NumberFormat, type NumberRow, type TextRow } from "./diff-cells";

/**
 * What differs between two or three proposals (saved versions, or a saved version and its re-run), the first
 * being the base: weights per sleeve, the headline statistics, how each was computed (engine and parameter
 * versions, rebalancing, benchmark, period), the data-set vintages, and the information-gap evidence.
 * Codes and numbers only; the UI names them from the catalogs.
 */

export type StatKey =
  | "equityShare"
  | "smallCapShareOfEquities"
  | "activeShareOfEquities"
  | "expectedFeeBps"
  | "cagr"
  | "volatility"
  | "sharpe"
  | "sortino"
  | "maxDrawdown"
  | "benchmarkCagr"
  | "excessReturn"
  | "trackingError";

export type MethodologyKey = "engineVersion" | "parametersVersion" | "rebalance" | "benchmark" | "period";

export type EvidenceMetric = "analystMean" | "unprofitableShareByCount" | "top10Share";
export type EvidenceKey = { region: Region; size: Size; metric: EvidenceMetric };

export type ProposalComparison = {
  weights: NumberRow<SleeveId>[];
  stats: NumberRow<StatKey>[];
  methodology: TextRow<MethodologyKey>[];
  /** Keyed by data-set name; the cell is its vintage, null when that proposal used no such data set. */
  datasets: TextRow<string>[];
  evidence: NumberRow<EvidenceKey>[];
};

type View = Pick<ProposalView, "allocation" | "backtest" | "evidence" | "methodology">;

const STATS: [StatKey, NumberFormat, (v: View) => number | null][] = [
  ["equityShare", "percent", (v) => v.allocation.equityShare],
  ["smallCapShareOfEquities", "percent", (v) => v.allocation.smallCapShareOfEquities],
  ["activeShareOfEquities", "percent", (v) => v.allocation.activeShareOfEquities],
  ["expectedFeeBps", "bps", (v) => v.allocation.expectedFeeBps],
  ["cagr", "percent", (v) => v.backtest.stats.net.cagr],
  ["volatility", "percent", (v) => v.backtest.stats.net.volatility],
  ["sharpe", "ratio", (v) => v.backtest.stats.net.sharpe],
  ["sortino", "ratio", (v) => v.backtest.stats.net.sortino],
  ["maxDrawdown", "percent", (v) => v.backtest.stats.net.maxDrawdown],
  ["benchmarkCagr", "percent", (v) => v.backtest.stats.benchmark?.cagr ?? null],
  ["excessReturn", "percent", (v) => v.backtest.relative?.excessReturn ?? null],
  ["trackingError", "percent", (v) => v.backtest.relative?.trackingError ?? null],
];

const METHODOLOGY: [MethodologyKey, (v: View) => string][] = [
  ["engineVersion", (v) => v.methodology.engineVersion],
  ["parametersVersion", (v) => v.methodology.parametersVersion],
  ["rebalance", (v) => v.methodology.rebalance],
  // From the back-test itself: stamps saved before the benchmark became a code hold English text there.
  ["benchmark", (v) => (v.backtest.benchmark.current ? "current_allocation" : "global_60_40")],
  ["period", (v) => `${v.backtest.commonPeriod.start}/${v.backtest.commonPeriod.end}`],
];

const EVIDENCE: [Size, EvidenceMetric, NumberFormat][] = [
  ["small", "analystMean", "count"],
  ["large", "analystMean", "count"],
  ["small", "unprofitableShareByCount", "percent"],
  ["small", "top10Share", "percent"],
];

/** The weight of each sleeve (its active and passive lines together); a sleeve not held weighs 0. */
export function weightsBySleeve(view: Pick<View, "allocation">): Map<SleeveId, number> {
  const weights = new Map<SleeveId, number>();
  for (const line of view.allocation.lines) weights.set(line.sleeve, (weights.get(line.sleeve) ?? 0) + line.weight);
  return weights;
}

/**
 * Compares proposals column by column against the first. Sleeves, data sets and regions held by any of them
 * get a row (in the model's order, data sets in order of first appearance).
 * @throws Error when given no proposals
 */
export function compareProposals(views: readonly View[]): ProposalComparison {
  if (views.length === 0) throw new Error("compareProposals: no proposals");
  const weights = views.map(weightsBySleeve);
  const held = ALL_SLEEVES.filter((s) => weights.some((w) => w.has(s)));
  const datasetNames = [...new Set(views.flatMap((v) => v.methodology.datasets.map((d) => d.name)))];
  return {
    weights: held.map((s) => numberRow(s, "percent", weights.map((w) => w.get(s) ?? 0))),
    stats: STATS.map(([key, format, pick]) => numberRow(key, format, views.map(pick))),
    methodology: METHODOLOGY.map(([key, pick]) => textRow(key, views.map(pick))),
    datasets: datasetNames.map((name) => textRow(name, views.map((v) => v.methodology.datasets.find((d) => d.name === name)?.vintage ?? null))),
    evidence: evidenceRows(views),
  };
}

function evidenceRows(views: readonly View[]): NumberRow<EvidenceKey>[] {
  const regions = REGIONS.filter((r) => views.some((v) => v.evidence.rows.some((row) => row.region === r)));
  return regions.flatMap((region) =>
    EVIDENCE.map(([size, metric, format]) =>
      numberRow({ region, size, metric }, format, views.map((v) => metricValue(v.evidence.rows.find((row) => row.region === region)?.[size] ?? null, metric))),
    ),
  );
}

function metricValue(metrics: InformationGapMetrics | null, metric: EvidenceMetric): number | null {
  const m = metrics?.[metric];
  return m?.status === "ok" ? m.value : null;
}

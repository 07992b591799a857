import { bucketLabel } from "../../lib/backtest/buckets";
import type { BucketSpec, SizeBacktestResult, Stats, Weighting } from "../../lib/backtest/types";

/** The JSON the CLI writes (field names are a contract: scripts and the app read them). */
export type BacktestJson = {
  rebalanceDates: string[];
  results: { bucket: BucketJson; weighting: Weighting; returns: number[]; stats: Stats }[];
  market: { weighting: Weighting; returns: number[]; stats: Stats }[];
  timings: { parseMs: number; computeMs: number };
};
type BucketJson = { from: number; to: number } | { fromRank: number; toRank: number | null };

function bucketJson(bucket: BucketSpec): BucketJson {
  switch (bucket.kind) {
    case "percentile":
      return { from: bucket.from, to: bucket.to };
    case "rank":
      return { fromRank: bucket.fromRank, toRank: bucket.toRank };
  }
}

/** Milliseconds rounded to 0.1 ms: finer digits are timer noise. */
const ms = (x: number) => Math.round(x * 10) / 10;

export function toBacktestJson(result: SizeBacktestResult, timings: { parseMs: number; computeMs: number }): BacktestJson {
  return {
    rebalanceDates: [...result.rebalanceDates],
    results: result.results.map((r) => ({
      bucket: bucketJson(r.bucket),
      weighting: r.weighting,
      returns: Array.from(r.returns),
      stats: r.stats,
    })),
    market: result.market.map((m) => ({ weighting: m.weighting, returns: Array.from(m.returns), stats: m.stats })),
    timings: { parseMs: ms(timings.parseMs), computeMs: ms(timings.computeMs) },
  };
}

const pct = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`);
const ratio = (x: number | null) => (x === null ? "n/a" : x.toFixed(2));
const WEIGHTING_LABEL: Record<Weighting, string> = { cap: "cap-weighted", equal: "equal-weighted", sqrt: "sqrt-cap-weighted" };

/** A fixed-width line: the first `left` cells are labels (left-aligned), the rest figures (right-aligned). */
function row(cells: readonly string[], widths: readonly number[], left = 1): string {
  return cells.map((c, i) => (i < left ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
}

/**
 * The study's headline table (domain.md §2): one row per weighting of the whole market; CAGR, std dev
 * and "Sharpe" as the study computes it (CAGR ÷ std dev, i.e. `returnRisk`), after the survivorship
 * correction (total_loss) and before it (last_available); then the buckets after the correction.
 */
export function renderBacktestTable(corrected: SizeBacktestResult, uncorrected: SizeBacktestResult): string {
  const widths = [17, 8, 8, 8, 8, 8, 8];
  const years = `${corrected.rebalanceDates[0]} … ${corrected.rebalanceDates.at(-1)}`;
  const lines = [
    `Whole market, ${corrected.rebalanceDates.length - 1} windows (${years}); Sharpe = CAGR ÷ std dev, as in the study`,
    row(["", "after correction (total_loss)", "before (last_available)"], [17, 28, 28]),
    row(["weighting", "CAGR", "std dev", "Sharpe", "CAGR", "std dev", "Sharpe"], widths),
  ];
  for (const m of corrected.market) {
    const before = uncorrected.market.find((u) => u.weighting === m.weighting)?.stats;
    const cells = [m.stats.cagr, m.stats.volatility].map(pct).concat(ratio(m.stats.returnRisk));
    const cellsBefore = before ? [before.cagr, before.volatility].map(pct).concat(ratio(before.returnRisk)) : ["", "", ""];
    lines.push(row([WEIGHTING_LABEL[m.weighting], ...cells, ...cellsBefore], widths));
  }
  const bucketWidths = [17, 17, 8, 8, 8];
  lines.push("", "By bucket, after survivorship correction", row(["bucket", "weighting", "CAGR", "std dev", "Sharpe"], bucketWidths, 2));
  for (const r of corrected.results) {
    const cells = [bucketLabel(r.bucket), WEIGHTING_LABEL[r.weighting], pct(r.stats.cagr), pct(r.stats.volatility), ratio(r.stats.returnRisk)];
    lines.push(row(cells, bucketWidths, 2));
  }
  return lines.join("\n") + "\n";
}

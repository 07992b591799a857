/**
 * Public types of the back-test engine (domain.md §3). The engine is pure: no framework, database,
 * clock or file-system imports anywhere under lib/backtest.
 */

/** One row of the per-security panel (domain.md §3 "Panel data"), as importers and generators produce it. */
export type PanelRow = {
  id: string;
  /** Period end, YYYY-MM-DD. */
  date: string;
  /** >= 0, one currency. */
  marketCap: number;
  /** Decimal total return for the period ending at `date`, dividends included; null = no data. */
  return: number | null;
  status?: "active" | "delisted" | null;
  isPreferred?: boolean | null;
  profitable?: boolean | null;
  analysts?: number | null;
  sector?: string | null;
  country?: string | null;
  tradingValue?: number | null;
};

export type Weighting = "cap" | "equal" | "sqrt";
export type SurvivorshipMode = "total_loss" | "last_available" | "exclude";

/** A percentile window [from, to) on p = (rank − 0.5) / N, or an inclusive rank range (toRank null = open). */
export type BucketSpec =
  | { kind: "percentile"; from: number; to: number }
  | { kind: "rank"; fromRank: number; toRank: number | null };

export type UniverseFilter = {
  /** Preferred shares are excluded unless this is true. */
  includePreferred?: boolean;
  minMarketCap?: number;
  minTradingValue?: number;
  /** Keep only the largest N eligible securities. */
  maxHoldings?: number;
};

export type SizeBacktestOptions = {
  buckets: readonly BucketSpec[];
  weightings: readonly Weighting[];
  survivorship?: SurvivorshipMode; // default "total_loss"
  /**
   * 1–12: rebalance once a year at the last panel date of that month; default 5 (end of May, as in the
   * study). "every": rebalance at every panel date (monthly on a monthly panel), so a panel shorter than a
   * year — such as a few months converted from KRX daily files — can still be back-tested.
   */
  rebalanceMonth?: number | "every";
  /** Annual risk-free rate as a decimal, default 0. */
  riskFree?: number;
  filter?: UniverseFilter;
  /** One-way trading cost in bps on turnover at each rebalance; a function of the bucket allows micro-cap slippage. */
  costBps?: number | ((bucket: BucketSpec) => number);
};

/** Statistics of domain.md §3; null where a figure is undefined (e.g. Sharpe with zero volatility). */
export type Stats = {
  cagr: number | null;
  volatility: number | null;
  sharpe: number | null;
  /** Mean excess return ÷ downside deviation, both annualised (see stats.ts `sortino`). */
  sortino: number | null;
  returnRisk: number | null;
  maxDrawdown: number | null;
  best: number | null;
  worst: number | null;
  periods: number;
  periodsPerYear: number;
};

export type SeriesResult = {
  /** One return per window, net of costs, aligned with `rebalanceDates[i]` → `rebalanceDates[i + 1]`. */
  returns: Float64Array;
  /** Wealth after each window, starting from 1 (length = returns.length + 1). */
  wealth: Float64Array;
  holdings: Int32Array;
  /** Σ|w_new − w_drifted_old| at the rebalance opening each window (the first window counts the initial buy: 1). */
  turnover: Float64Array;
  stats: Stats;
};

export type BucketResult = SeriesResult & { bucket: BucketSpec; weighting: Weighting };
export type MarketResult = SeriesResult & { weighting: Weighting };

export type SizeBacktestResult = {
  rebalanceDates: readonly string[];
  results: readonly BucketResult[];
  market: readonly MarketResult[];
  /** Top-10% and bottom-10% excess returns over the cap-weighted market, per window and cumulative. */
  extremes: {
    weighting: Weighting;
    topExcess: Float64Array;
    bottomExcess: Float64Array;
    topCumulative: Float64Array;
    bottomCumulative: Float64Array;
  }[];
};

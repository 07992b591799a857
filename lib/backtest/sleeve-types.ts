import type { MonthlySeries } from "../market/types";
import type { Stats } from "./types";

/**
 * When a sleeve portfolio goes back to its target weights (decided at each month end): every month,
 * at calendar-quarter ends, at December ends, never (buy and hold), or when any weight has drifted
 * more than `band` (absolute, e.g. 0.05 = 5 points) from its target.
 */
export type SleeveRebalance =
  | { kind: "monthly" }
  | { kind: "quarterly" }
  | { kind: "annual" }
  | { kind: "never" }
  | { kind: "band"; band: number };

/** Target weights (fractions summing to 1) by sleeve id, with optional per-sleeve fees in bps a year. */
export type SleeveWeights = Readonly<Record<string, number>>;

export type SleeveBacktestInput = {
  /** Monthly returns by sleeve id (a `SleeveHistory.series` fits). */
  series: Partial<Record<string, MonthlySeries>>;
  weights: SleeveWeights;
  rebalance: SleeveRebalance;
  /** Annual fee per sleeve in bps, charged monthly as fee / 12 on that sleeve's return. */
  feesBps?: SleeveWeights;
  /** Annual risk-free rate (decimal) for Sharpe and Sortino; default 0. */
  riskFree?: number;
  /** A benchmark mix; it rebalances like the portfolio and pays no fees unless told otherwise. */
  benchmark?: { weights: SleeveWeights; rebalance?: SleeveRebalance; feesBps?: SleeveWeights };
};

/** The months every weighted sleeve has data for, and which sleeves cut it short. */
export type CommonPeriod = {
  /** YYYY-MM, inclusive. */
  start: string;
  end: string;
  months: number;
  /** Sleeves whose history starts later or ends earlier than another weighted sleeve's, with their own range. */
  truncatedBy: { sleeve: string; firstMonth: string; lastMonth: string }[];
};

export type YearReturn = { year: number; return: number };

/** One calendar year, compounded from its months; `partial` when the period covers fewer than 12 of them. */
export type CalendarYear = YearReturn & { benchmark?: number; months: number; partial: boolean };

/** Statistics with 12 periods a year; best/worst are months; best/worst year over full calendar years only. */
export type SleeveStats = Stats & { bestYear: YearReturn | null; worstYear: YearReturn | null };

export type SleeveSeriesResult = {
  /** Net of fees, aligned with `months`. */
  returns: Float64Array;
  /** Length months + 1: wealth[0] = 1 before the first month, wealth[k] after month k. */
  wealth: Float64Array;
  /** Aligned with `wealth`: wealth / running peak − 1 (<= 0). */
  drawdown: Float64Array;
  stats: SleeveStats;
  rebalances: number;
  /** Σ over rebalances of Σ|target − drifted weight| (the initial buy is not counted). */
  turnover: number;
};

/** Portfolio against benchmark, from monthly net returns (see relative-stats.ts for each definition). */
export type RelativeStats = {
  excessReturn: number | null;
  trackingError: number | null;
  correlation: number | null;
  upCapture: number | null;
  downCapture: number | null;
};

export type SleeveBacktestResult = SleeveSeriesResult & {
  commonPeriod: CommonPeriod;
  months: readonly string[];
  /** The same holdings before fees: gross − net is each month's weighted fee. */
  grossReturns: Float64Array;
  grossWealth: Float64Array;
  grossStats: SleeveStats;
  yearly: CalendarYear[];
  benchmark?: SleeveSeriesResult;
  relative?: RelativeStats;
};

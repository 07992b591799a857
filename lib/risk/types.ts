import type { SleeveRebalance, SleeveWeights } from "../backtest/sleeve-types";
import type { MonthlySeries } from "../market/types";

/** A mix to project: target weights (fractions summing to 1), fees in bps a year per sleeve, a rebalancing rule. */
export type ProjectionMix = { weights: SleeveWeights; feesBps?: SleeveWeights; rebalance: SleeveRebalance };

/** What the investor aims for: an amount in money of that year ("nominal") or in today's money ("real"). */
export type ProjectionTarget = { amount: number; basis: "nominal" | "real" };

export type MonteCarloInput = {
  /** Monthly returns by sleeve id (a `SleeveHistory.series` fits); cut to the weighted sleeves' common period. */
  series: Partial<Record<string, MonthlySeries>>;
  portfolio: ProjectionMix;
  /** Simulated on the same resampled months as the portfolio; rebalances like it unless told otherwise. */
  benchmark?: { weights: SleeveWeights; feesBps?: SleeveWeights; rebalance?: SleeveRebalance };
  /** Whole years, 1–100. */
  horizonYears: number;
  /** Money invested at the start (> 0), in the client's currency. */
  initialAmount: number;
  /**
   * Money added (> 0) or taken out (< 0) at the start of every year, in today's money: year y's flow is
   * amount × (1 + inflation)^y, y = 0 … horizon − 1.
   */
  yearlyCashFlow?: number;
  /** Annual inflation (decimal, > −1): grows the cash flow and deflates wealth into today's money. */
  inflation?: number;
  target?: ProjectionTarget;
  /** Default 10,000. */
  paths?: number;
  /** Mean block length in months (>= 1); default 12. */
  meanBlockLength?: number;
  /** Integer in [0, 2^32); default DEFAULT_MONTE_CARLO_SEED. */
  seed?: number;
};

/** The 5th, 25th, 50th, 75th and 95th percentiles of a simulated figure across paths. */
export type PercentileBand = { p5: number; p25: number; p50: number; p75: number; p95: number };

/** One year-end of the horizon (year 1 = after 12 simulated months). */
export type ProjectionYear = {
  year: number;
  /** Wealth in money of that year, after that year's returns and the flows so far. */
  wealth: PercentileBand;
  /** The same in today's money (wealth / (1 + inflation)^year); null when no inflation rate is given. */
  realWealth: PercentileBand | null;
  /** Share of paths whose wealth is below the initial amount. */
  probabilityBelowStart: number;
  /** Share of paths at or above the target; null without a target. */
  probabilityReachingTarget: number | null;
  /** Share of paths that withdrawals have emptied (wealth 0 from then on). */
  probabilityDepleted: number;
  /** The worst rolling 12-month return of the portfolio so far (time-weighted: flows do not count). */
  worst12MonthReturn: PercentileBand;
  /** Median across paths of the largest fall from a peak so far (negative; time-weighted). */
  medianMaxDrawdown: number;
};

export type ProjectionOutcome = {
  years: ProjectionYear[];
  /** Sample standard deviation of every simulated monthly return (all paths, all months) × √12. */
  annualVolatility: number;
  /** Percentiles of the calendar-year returns of every path and year of the horizon, pooled. */
  oneYearReturn: PercentileBand;
};

/** Everything needed to reproduce a projection exactly from the same sleeve history. */
export type MonteCarloMethodology = {
  method: "stationary_block_bootstrap";
  seed: number;
  meanBlockLength: number;
  paths: number;
  engineVersion: string;
  /** The months resampled: the common period of every weighted sleeve. */
  history: { start: string; end: string; months: number };
};

export type MonteCarloResult = {
  methodology: MonteCarloMethodology;
  horizonYears: number;
  initialAmount: number;
  portfolio: ProjectionOutcome;
  benchmark: ProjectionOutcome | null;
};

import { bestWorstYear, calendarYears } from "./calendar-years";
import { alignSleeves, type AlignedSleeves } from "./common-period";
import { relativeStats } from "./relative-stats";
import { simulateSleeves, type SleevePath } from "./sleeve-portfolio";
import { assertRebalanceRule } from "./sleeve-rebalance";
import type {
  SleeveBacktestInput,
  SleeveBacktestResult,
  SleeveRebalance,
  SleeveSeriesResult,
  SleeveStats,
  SleeveWeights,
} from "./sleeve-types";
import { computeStats } from "./stats";
import { drawdownCurve, wealthCurve } from "./wealth";

const MONTHS_PER_YEAR = 12;
const WEIGHT_SUM_TOLERANCE = 1e-9;

type Mix = { weights: SleeveWeights; rebalance: SleeveRebalance; feesBps: SleeveWeights };

/**
 * Back-tests a mix of monthly sleeve series (the portfolio model's allocation) against an optional
 * benchmark mix, over the common period of every sleeve either of them weights (see `alignSleeves`).
 * Returns are net of the per-sleeve fees (fee/12 a month, see `simulateSleeves`); statistics use 12
 * periods a year; relative figures compare net portfolio with net benchmark (see relative-stats.ts).
 *
 * @throws "runSleeveBacktest: …" if weights are negative, not finite or do not sum to 1 within 1e-9,
 *   a fee is negative or not finite, the rule is invalid, or the risk-free rate is not finite; and
 *   alignSleeves' errors for a weighted sleeve without a series or an empty common period.
 * @example 50/50 of A (+10%, −10%) and B (0%, 0%) rebalanced monthly → returns [0.05, −0.05],
 *   wealth [1, 1.05, 0.9975]
 */
export function runSleeveBacktest(input: SleeveBacktestInput): SleeveBacktestResult {
  const where = "runSleeveBacktest";
  const riskFree = input.riskFree ?? 0;
  if (!Number.isFinite(riskFree)) throw new Error(`${where}: riskFree must be finite, got ${riskFree}`);
  const portfolio = checkedMix({ weights: input.weights, rebalance: input.rebalance, feesBps: input.feesBps ?? {} }, where);
  const benchmark = input.benchmark
    ? checkedMix(
        {
          weights: input.benchmark.weights,
          rebalance: input.benchmark.rebalance ?? input.rebalance,
          feesBps: input.benchmark.feesBps ?? {},
        },
        `${where}: benchmark`,
      )
    : undefined;
  const sleeves = [...new Set([...weighted(portfolio), ...(benchmark ? weighted(benchmark) : [])])].sort();
  const aligned = alignSleeves(input.series, sleeves);
  const path = simulate(aligned, sleeves, portfolio);
  const benchmarkPath = benchmark ? simulate(aligned, sleeves, benchmark) : undefined;
  const net = seriesResult(path, path.net, aligned.months, riskFree);
  return {
    ...net,
    commonPeriod: aligned.period,
    months: aligned.months,
    grossReturns: path.gross,
    grossWealth: wealthCurve(path.gross),
    grossStats: sleeveStats(path.gross, aligned.months, riskFree),
    yearly: calendarYears(aligned.months, path.net, benchmarkPath?.net),
    ...(benchmarkPath && {
      benchmark: seriesResult(benchmarkPath, benchmarkPath.net, aligned.months, riskFree),
      relative: relativeStats(path.net, benchmarkPath.net, MONTHS_PER_YEAR),
    }),
  };
}

function checkedMix(mix: Mix, where: string): Mix {
  let sum = 0;
  for (const [sleeve, w] of Object.entries(mix.weights)) {
    if (!(Number.isFinite(w) && w >= 0)) throw new Error(`${where}: weight of "${sleeve}" must be a finite number >= 0, got ${w}`);
    sum += w;
  }
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) throw new Error(`${where}: weights must sum to 1, got ${sum}`);
  for (const [sleeve, fee] of Object.entries(mix.feesBps)) {
    if (!(Number.isFinite(fee) && fee >= 0)) throw new Error(`${where}: fee of "${sleeve}" must be a finite number of bps >= 0, got ${fee}`);
  }
  assertRebalanceRule(mix.rebalance, where);
  return mix;
}

/** Sleeves with a non-zero weight: only those need history. */
function weighted(mix: Mix): string[] {
  return Object.keys(mix.weights).filter((sleeve) => (mix.weights[sleeve] ?? 0) > 0);
}

function simulate(aligned: AlignedSleeves, sleeves: readonly string[], mix: Mix): SleevePath {
  const targets = Float64Array.from(sleeves, (s) => mix.weights[s] ?? 0);
  const fees = Float64Array.from(sleeves, (s) => (mix.feesBps[s] ?? 0) / 10_000 / MONTHS_PER_YEAR);
  return simulateSleeves(aligned.returns, targets, fees, mix.rebalance, aligned.months);
}

function seriesResult(path: SleevePath, returns: Float64Array, months: readonly string[], riskFree: number): SleeveSeriesResult {
  const wealth = wealthCurve(returns);
  return {
    returns,
    wealth,
    drawdown: drawdownCurve(wealth),
    stats: sleeveStats(returns, months, riskFree),
    rebalances: path.rebalances,
    turnover: path.turnover,
  };
}

function sleeveStats(returns: Float64Array, months: readonly string[], riskFree: number): SleeveStats {
  const { best, worst } = bestWorstYear(calendarYears(months, returns));
  return { ...computeStats(returns, MONTHS_PER_YEAR, riskFree), bestYear: best, worstYear: worst };
}

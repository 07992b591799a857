import { alignSleeves } from "../backtest/common-period";
import { blockSampler } from "./block-bootstrap";
import { checkedMix, mixVectors, weightedSleeves, type CheckedMix } from "./mix-check";
import { mixKernel, type MixKernel } from "./mix-kernel";
import { mixPathReturns } from "./mix-path";
import { summariseOutcomes, type SummaryTerms } from "./outcome-summary";
import { outcomeBuffers, recordPath, type OutcomeBuffers } from "./path-outcomes";
import type { MonteCarloInput, MonteCarloResult } from "./types";

/** Bumped whenever a change would make a stored projection differ when re-run with its seed. */
export const RISK_ENGINE_VERSION = "1.0.0";
export const DEFAULT_MONTE_CARLO_SEED = 20260101;
export const DEFAULT_PATHS = 10_000;
/**
 * A year: crises and their volatility last months, and a year-long block keeps them together, while 25
 * years of history still give hundreds of distinct blocks.
 */
export const DEFAULT_MEAN_BLOCK_LENGTH = 12;

const MONTHS_PER_YEAR = 12;
const MAX_HORIZON_YEARS = 100;
const MAX_PATHS = 100_000;
/** Each path-year holds 4 doubles per mix: 3,000,000 of them is under 200 MB for two mixes. */
const MAX_PATH_YEARS = 3_000_000;

/**
 * Projects a portfolio and an optional benchmark over the horizon by resampling history: the stationary
 * block bootstrap of Politis & Romano (1994, see block-bootstrap.ts) draws, for each path, a sequence of
 * history months in blocks of mean length `meanBlockLength`; every month contributes its whole cross-section
 * of sleeve returns, so the correlations between sleeves (and, within a block, across months) are those of
 * history. Both mixes are played on the same paths, net of each sleeve's fee (bps / 12 a month) and with
 * their rebalancing rule (mix-path.ts); money flows in or out at each year's start (path-outcomes.ts).
 *
 * Indices for a path are drawn first, then each mix accumulates along them, with every buffer allocated
 * once per run. The same input (seed included) gives the same result on every machine.
 *
 * @throws "runMonteCarlo: …" for an invalid mix (as the back-test), horizon (whole years 1–100), amount,
 *   cash flow, inflation (> −1), target, path count (1–100,000, and paths × years <= 3,000,000), or a month
 *   in which a weighted sleeve's growth net of fees is not positive; blockSampler's for the block length or
 *   seed; alignSleeves' for missing history.
 * @example a history whose every month returns 1% for every sleeve, 100 invested, 3 years, no flows →
 *   every percentile of year 3 is 100 · 1.01^36 = 143.0769 and P(below start) = 0.
 */
export function runMonteCarlo(input: MonteCarloInput): MonteCarloResult {
  const where = "runMonteCarlo";
  const terms = checkedTerms(input, where);
  const portfolio = checkedMix(input.portfolio, where);
  const benchmark = input.benchmark
    ? checkedMix({ ...input.benchmark, rebalance: input.benchmark.rebalance ?? input.portfolio.rebalance }, `${where}: benchmark`)
    : null;
  const sleeves = [...new Set([...weightedSleeves(portfolio), ...(benchmark ? weightedSleeves(benchmark) : [])])].sort();
  const aligned = alignSleeves(input.series, sleeves);
  const { horizonYears, paths, meanBlockLength, seed } = terms;
  const months = horizonYears * MONTHS_PER_YEAR;
  const kernelOf = (mix: CheckedMix) => {
    const { targets, monthlyFees } = mixVectors(mix, sleeves);
    // A holding that fell to zero or below could not compound (nor be divided by): refuse the history.
    aligned.returns.forEach((r, i) => {
      if (targets[i]! > 0 && r.some((x) => !(1 + x - monthlyFees[i]! > 0))) {
        throw new Error(`${where}: sleeve "${sleeves[i]}" loses everything in a month net of fees`);
      }
    });
    return mixKernel(aligned.returns, targets, monthlyFees, mix.rebalance, months);
  };
  const mixes = [kernelOf(portfolio), ...(benchmark ? [kernelOf(benchmark)] : [])];

  const sample = blockSampler(seed, aligned.months.length, meanBlockLength);
  const flows = yearlyFlows(horizonYears, input.yearlyCashFlow ?? 0, terms.summary.inflation ?? 0);
  const buffers = mixes.map(() => outcomeBuffers(paths, horizonYears));
  simulatePaths({ sample, mixes, buffers, months, flows, initial: terms.summary.initialAmount });

  return {
    methodology: {
      method: "stationary_block_bootstrap",
      seed,
      meanBlockLength,
      paths,
      engineVersion: RISK_ENGINE_VERSION,
      history: { start: aligned.period.start, end: aligned.period.end, months: aligned.period.months },
    },
    horizonYears,
    initialAmount: terms.summary.initialAmount,
    portfolio: summariseOutcomes(buffers[0]!, terms.summary),
    benchmark: buffers[1] ? summariseOutcomes(buffers[1], terms.summary) : null,
  };
}

type Run = {
  sample: (out: Int32Array) => void;
  mixes: readonly MixKernel[];
  buffers: readonly OutcomeBuffers[];
  months: number;
  flows: Float64Array;
  initial: number;
};

function simulatePaths({ sample, mixes, buffers, months, flows, initial }: Run): void {
  const indices = new Int32Array(months);
  const returns = new Float64Array(months);
  const ring = new Float64Array(MONTHS_PER_YEAR);
  const paths = buffers[0]?.paths ?? 0;
  for (let p = 0; p < paths; p++) {
    sample(indices);
    for (let m = 0; m < mixes.length; m++) {
      mixPathReturns(mixes[m]!, indices, returns);
      recordPath(returns, p, initial, flows, ring, buffers[m]!);
    }
  }
}

/** Year y's flow in money of that year: amount · (1 + inflation)^y, y = 0 … years − 1. */
function yearlyFlows(years: number, amount: number, inflation: number): Float64Array {
  return Float64Array.from({ length: years }, (_, y) => amount * (1 + inflation) ** y);
}

type Terms = { horizonYears: number; paths: number; meanBlockLength: number; seed: number; summary: SummaryTerms };

function checkedTerms(input: MonteCarloInput, where: string): Terms {
  const { horizonYears, initialAmount, yearlyCashFlow = 0, inflation, target } = input;
  const paths = input.paths ?? DEFAULT_PATHS;
  if (!(Number.isInteger(horizonYears) && horizonYears >= 1 && horizonYears <= MAX_HORIZON_YEARS)) {
    throw new Error(`${where}: horizonYears must be a whole number of years from 1 to ${MAX_HORIZON_YEARS}, got ${horizonYears}`);
  }
  if (!(Number.isFinite(initialAmount) && initialAmount > 0)) throw new Error(`${where}: initialAmount must be a finite number > 0, got ${initialAmount}`);
  if (!Number.isFinite(yearlyCashFlow)) throw new Error(`${where}: yearlyCashFlow must be finite, got ${yearlyCashFlow}`);
  if (inflation !== undefined && !(Number.isFinite(inflation) && inflation > -1)) throw new Error(`${where}: inflation must be a finite number > -1, got ${inflation}`);
  if (target && !(Number.isFinite(target.amount) && target.amount > 0)) throw new Error(`${where}: target amount must be a finite number > 0, got ${target.amount}`);
  if (!(Number.isInteger(paths) && paths >= 1 && paths <= MAX_PATHS)) throw new Error(`${where}: paths must be a whole number from 1 to ${MAX_PATHS}, got ${paths}`);
  if (paths * horizonYears > MAX_PATH_YEARS) throw new Error(`${where}: paths × horizonYears must be at most ${MAX_PATH_YEARS}, got ${paths * horizonYears}`);
  // The block length and seed are checked by blockSampler, which names itself.
  return {
    horizonYears,
    paths,
    meanBlockLength: input.meanBlockLength ?? DEFAULT_MEAN_BLOCK_LENGTH,
    seed: input.seed ?? DEFAULT_MONTE_CARLO_SEED,
    summary: { initialAmount, inflation: inflation ?? null, target: target ?? null },
  };
}

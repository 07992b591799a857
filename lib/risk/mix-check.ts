import { assertRebalanceRule } from "../backtest/sleeve-rebalance";
import type { SleeveRebalance, SleeveWeights } from "../backtest/sleeve-types";

const WEIGHT_SUM_TOLERANCE = 1e-9;
const MONTHS_PER_YEAR = 12;
const BPS = 10_000;

export type CheckedMix = { weights: SleeveWeights; feesBps: SleeveWeights; rebalance: SleeveRebalance };

/**
 * Checks a mix as the back-test does (lib/backtest/sleeve-backtest.ts): weights finite, >= 0 and summing to
 * 1 within 1e-9; fees finite bps >= 0; a valid rebalancing rule.
 *
 * @throws naming `where` for the first thing wrong.
 */
export function checkedMix(mix: { weights: SleeveWeights; feesBps?: SleeveWeights; rebalance: SleeveRebalance }, where: string): CheckedMix {
  let sum = 0;
  for (const [sleeve, w] of Object.entries(mix.weights)) {
    if (!(Number.isFinite(w) && w >= 0)) throw new Error(`${where}: weight of "${sleeve}" must be a finite number >= 0, got ${w}`);
    sum += w;
  }
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) throw new Error(`${where}: weights must sum to 1, got ${sum}`);
  const feesBps = mix.feesBps ?? {};
  for (const [sleeve, fee] of Object.entries(feesBps)) {
    if (!(Number.isFinite(fee) && fee >= 0)) throw new Error(`${where}: fee of "${sleeve}" must be a finite number of bps >= 0, got ${fee}`);
  }
  assertRebalanceRule(mix.rebalance, where);
  return { weights: mix.weights, feesBps, rebalance: mix.rebalance };
}

/** Sleeves with a non-zero weight: only those need history. */
export function weightedSleeves(mix: CheckedMix): string[] {
  return Object.keys(mix.weights).filter((sleeve) => (mix.weights[sleeve] ?? 0) > 0);
}

/** Targets and monthly fees (bps a year / 10,000 / 12, as the back-test charges them) in `sleeves` order. */
export function mixVectors(mix: CheckedMix, sleeves: readonly string[]): { targets: Float64Array; monthlyFees: Float64Array } {
  return {
    targets: Float64Array.from(sleeves, (s) => mix.weights[s] ?? 0),
    monthlyFees: Float64Array.from(sleeves, (s) => (mix.feesBps[s] ?? 0) / BPS / MONTHS_PER_YEAR),
  };
}

import type { SleeveRebalance } from "../backtest/sleeve-types";

const MONTHS_PER_YEAR = 12;

/**
 * A mix prepared for resampled paths: only its weighted sleeves, each history month's growth factor
 * 1 + rᵢ − feeᵢ laid out the way its rule reads it, and scratch buffers for one path (reused by every path).
 */
export type MixKernel = {
  rebalance: SleeveRebalance;
  sleeves: number;
  historyMonths: number;
  targets: Float64Array;
  /** Per history month, Σ wᵢ (rᵢ − feeᵢ) at the targets: the whole answer under monthly rebalancing. */
  atTargets: Float64Array;
  /**
   * Calendar rules: sleeve by sleeve, growthBySleeve[i · historyMonths + t], padded with sleeves that
   * neither hold nor grow (target 0, growth 1) to a multiple of 4 (`paddedSleeves`). Empty otherwise.
   */
  growthBySleeve: Float64Array;
  paddedSleeves: number;
  /** `targets` with the padding's zeros. */
  paddedTargets: Float64Array;
  /** Band rule: month by month (whole cross-sections), growthByMonth[t · sleeves + i]. Empty otherwise. */
  growthByMonth: Float64Array;
  /** Calendar rules: 1 after each path month at whose end the targets are restored. */
  resetAfter: Uint8Array;
  /** Scratch: the path's value month by month (calendar rules) and the holdings (band rule). */
  value: Float64Array;
  holdings: Float64Array;
};

/**
 * @param returns the aligned history, one series per sleeve; @param targets and @param monthlyFees in the
 * same order (fees as monthly decimals); @param pathMonths the length of every path. Sleeves with a zero
 * target are dropped: they hold nothing, never drift and never trigger a band.
 *
 * A path has no calendar, so its month k is taken as calendar month (k mod 12) + 1: quarterly rebalancing
 * follows months 3, 6, 9 and 12 of each simulated year and annual rebalancing month 12, as a history
 * starting in January would in the back-test (lib/backtest/sleeve-rebalance.ts).
 */
export function mixKernel(
  returns: readonly Float64Array[],
  targets: Float64Array,
  monthlyFees: Float64Array,
  rebalance: SleeveRebalance,
  pathMonths: number,
): MixKernel {
  const held = [...targets.keys()].filter((i) => targets[i]! > 0);
  const historyMonths = returns[0]?.length ?? 0;
  const sleeves = held.length;
  const calendar = rebalance.kind === "quarterly" || rebalance.kind === "annual" || rebalance.kind === "never";
  const paddedSleeves = calendar ? Math.ceil(sleeves / 4) * 4 : 0;
  const growthBySleeve = new Float64Array(historyMonths * paddedSleeves).fill(1);
  const growthByMonth = new Float64Array(rebalance.kind === "band" ? historyMonths * sleeves : 0);
  const atTargets = new Float64Array(historyMonths);
  for (let t = 0; t < historyMonths; t++) {
    let r = 0;
    held.forEach((i, j) => {
      const net = returns[i]![t]! - monthlyFees[i]!;
      if (calendar) growthBySleeve[j * historyMonths + t] = 1 + net;
      if (rebalance.kind === "band") growthByMonth[t * sleeves + j] = 1 + net;
      r += targets[i]! * net;
    });
    atTargets[t] = r;
  }
  const period = rebalance.kind === "quarterly" ? 3 : rebalance.kind === "annual" ? MONTHS_PER_YEAR : 0;
  return {
    rebalance,
    sleeves,
    historyMonths,
    targets: Float64Array.from(held, (i) => targets[i]!),
    atTargets,
    growthBySleeve,
    paddedSleeves,
    paddedTargets: Float64Array.from({ length: paddedSleeves }, (_, j) => (j < sleeves ? targets[held[j]!]! : 0)),
    growthByMonth,
    resetAfter: Uint8Array.from({ length: calendar ? pathMonths : 0 }, (_, k) => (period > 0 && (k + 1) % period === 0 ? 1 : 0)),
    value: new Float64Array(calendar ? pathMonths : 0),
    holdings: new Float64Array(sleeves),
  };
}

import { isRebalanceDue } from "./sleeve-rebalance";
import type { SleeveRebalance } from "./sleeve-types";

export type SleevePath = {
  /** Σ wᵢ rᵢ: the month's return of the holdings before fees. */
  gross: Float64Array;
  /** Σ wᵢ (rᵢ − feeᵢ): after each sleeve's monthly fee. */
  net: Float64Array;
  rebalances: number;
  /** Σ over rebalances of Σ|targetᵢ − wᵢ|. */
  turnover: number;
};

/**
 * Simulates a mix of sleeves month by month. The portfolio starts at its targets (the initial buy is
 * neither a rebalance nor turnover). Each month the weights drift with the sleeves' net returns,
 * wᵢ ← wᵢ(1 + rᵢ − feeᵢ)/(1 + R_net), and at the month end `rule` may restore the targets; no rebalance
 * follows the last month, since no month follows to hold it. Fees reduce the holding they are
 * charged on, so they also shape the drift; gross uses the same weights, so gross − net = Σ wᵢ feeᵢ.
 *
 * @param returns one aligned monthly series per sleeve; @param fees monthly fee per sleeve (decimal).
 * @example targets [0.5, 0.5], months A +10% / B 0%, then A −10% / B 0%:
 *   monthly → 0.05, then −0.05; never → 0.05, then (0.55/1.05) × −0.10 = −0.052381
 */
export function simulateSleeves(
  returns: readonly Float64Array[],
  targets: Float64Array,
  fees: Float64Array,
  rule: SleeveRebalance,
  months: readonly string[],
): SleevePath {
  const n = months.length;
  const gross = new Float64Array(n);
  const net = new Float64Array(n);
  const weights = targets.slice();
  let rebalances = 0;
  let turnover = 0;
  for (let m = 0; m < n; m++) {
    let g = 0;
    let r = 0;
    returns.forEach((series, i) => {
      const w = weights[i] ?? 0;
      g += w * (series[m] ?? 0);
      r += w * ((series[m] ?? 0) - (fees[i] ?? 0));
    });
    gross[m] = g;
    net[m] = r;
    // A wiped-out portfolio has no weights left to drift; keeping the previous ones avoids 0/0.
    if (1 + r > 0) {
      returns.forEach((series, i) => {
        weights[i] = ((weights[i] ?? 0) * (1 + (series[m] ?? 0) - (fees[i] ?? 0))) / (1 + r);
      });
    }
    if (m < n - 1 && isRebalanceDue(rule, months[m] ?? "", weights, targets)) {
      turnover += weights.reduce((sum, w, i) => sum + Math.abs((targets[i] ?? 0) - w), 0);
      weights.set(targets);
      rebalances++;
    }
  }
  return { gross, net, rebalances, turnover };
}

import { alignSleeves } from "../backtest/common-period";
import { isYearMonth } from "../backtest/months";
import { simulateSleeves } from "../backtest/sleeve-portfolio";
import type { SleeveRebalance, SleeveWeights } from "../backtest/sleeve-types";
import type { MonthlySeries } from "../market/types";
import { checkedMix, mixVectors, weightedSleeves, type CheckedMix } from "./mix-check";
import type { StressEpisode } from "./stress-episodes";
import type { ProjectionMix } from "./types";

/** How a mix held from the first month of an episode fared. Wealth is 1 just before that month. */
export type EpisodeOutcome = {
  /** Wealth after the episode's last month − 1. */
  cumulativeReturn: number;
  /** The largest fall from a running peak (the start included) within the episode; <= 0. */
  maxDrawdown: number;
  /** The month within the episode that ended lowest, when it ended below the start; else null. */
  troughMonth: string | null;
  /**
   * Months from the trough until wealth is back at its starting level (the pre-episode peak, as every
   * episode starts at a market peak), continuing past the episode with the same rule; 0 when it never fell
   * below the start; null when the data ends first.
   */
  monthsToRecover: number | null;
};

export type StressEpisodeResult<Id extends string = string> =
  | { id: Id; start: string; end: string; covered: false }
  | { id: Id; start: string; end: string; covered: true; portfolio: EpisodeOutcome; benchmark: EpisodeOutcome | null };

export type HistoricalStressInput<Id extends string> = {
  series: Partial<Record<string, MonthlySeries>>;
  portfolio: ProjectionMix;
  /** Rebalances like the portfolio unless told otherwise. */
  benchmark?: { weights: SleeveWeights; feesBps?: SleeveWeights; rebalance?: SleeveRebalance };
  /** Usually STRESS_EPISODES (stress-episodes.ts); results keep their ids' type. */
  episodes: readonly (StressEpisode & { id: Id })[];
};

/**
 * Replays historical episodes (usually STRESS_EPISODES) on the portfolio and the benchmark: each mix starts
 * at its targets in the episode's first month and runs with its fees and rebalancing rule (the back-test's
 * own simulateSleeves, on real calendar months) to the end of the data, so recovery can be seen after the
 * episode. An episode is covered when every weighted sleeve of either mix has every month of it; otherwise
 * it is returned as `covered: false` with no figures.
 *
 * @throws "runHistoricalStress: …" for an invalid mix or an episode whose months are not ascending YYYY-MM;
 *   alignSleeves' errors for a weighted sleeve with no series or a gap.
 * @example 100% in a sleeve returning −10%, −10%, +10%, +15% over an episode of the first two months →
 *   cumulative −19%, max drawdown −19%, trough at month 2, back above 1 after month 4 (0.81 · 1.1 = 0.891,
 *   · 1.15 = 1.02465): 2 months to recover.
 */
export function runHistoricalStress<Id extends string>(input: HistoricalStressInput<Id>): StressEpisodeResult<Id>[] {
  const where = "runHistoricalStress";
  const portfolio = checkedMix(input.portfolio, where);
  const benchmark = input.benchmark
    ? checkedMix({ ...input.benchmark, rebalance: input.benchmark.rebalance ?? input.portfolio.rebalance }, `${where}: benchmark`)
    : null;
  const sleeves = [...new Set([...weightedSleeves(portfolio), ...(benchmark ? weightedSleeves(benchmark) : [])])].sort();
  const aligned = alignSleeves(input.series, sleeves);
  return input.episodes.map(({ id, start, end }) => {
    if (!(isYearMonth(start) && isYearMonth(end) && start <= end)) {
      throw new Error(`${where}: episode "${id}" must run from one YYYY-MM to a later one, got ${start} … ${end}`);
    }
    const first = aligned.months.indexOf(start);
    const last = aligned.months.indexOf(end);
    if (first < 0 || last < 0) return { id, start, end, covered: false as const };
    const months = aligned.months.slice(first);
    const returns = aligned.returns.map((r) => r.subarray(first));
    const outcome = (mix: CheckedMix) => {
      const { targets, monthlyFees } = mixVectors(mix, sleeves);
      return episodeOutcome(simulateSleeves(returns, targets, monthlyFees, mix.rebalance, months).net, months, last - first + 1);
    };
    return { id, start, end, covered: true as const, portfolio: outcome(portfolio), benchmark: benchmark ? outcome(benchmark) : null };
  });
}

/** The episode's figures from monthly net returns starting at its first month; `length` months are in it. */
function episodeOutcome(returns: Float64Array, months: readonly string[], length: number): EpisodeOutcome {
  let wealth = 1;
  let peak = 1;
  let maxDrawdown = 0;
  let lowest = 1;
  let trough = -1;
  for (let k = 0; k < length; k++) {
    wealth *= 1 + returns[k]!;
    peak = Math.max(peak, wealth);
    maxDrawdown = Math.min(maxDrawdown, wealth / peak - 1);
    if (wealth < lowest) {
      lowest = wealth;
      trough = k;
    }
  }
  const cumulativeReturn = wealth - 1;
  if (trough < 0) return { cumulativeReturn, maxDrawdown, troughMonth: null, monthsToRecover: 0 };
  let recovered: number | null = null;
  for (let k = trough + 1, w = lowest; k < returns.length; k++) {
    w *= 1 + returns[k]!;
    if (w >= 1) {
      recovered = k - trough;
      break;
    }
  }
  return { cumulativeReturn, maxDrawdown, troughMonth: months[trough] ?? null, monthsToRecover: recovered };
}

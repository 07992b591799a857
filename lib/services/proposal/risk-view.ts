import type {
  MonteCarloResult,
  ProjectionTarget,
  RiskFit,
  ShockOutcome,
  ShockScenario,
  StressEpisodeId,
  StressEpisodeResult,
} from "../../risk";
import type { SleeveRebalance } from "../../backtest/sleeve-types";

/** A mix as the projection played it: target weights and fees (bps a year) by sleeve id, and its rebalancing rule. */
export type RiskMix = { weights: Record<string, number>; feesBps: Record<string, number>; rebalance: SleeveRebalance };

/**
 * The forward-looking risk of a proposal, as plain JSON: the Monte Carlo projection over the client's horizon
 * (proposal and benchmark on the same paths), the historical stress episodes, the hypothetical shocks and the
 * risk-fit verdict. `inputs` with the projection's methodology (seed, paths, block length, engine version) and
 * the same sleeve history re-run the projection exactly; a saved version stores all of it and is shown as stored.
 */
export type ProposalRisk = {
  inputs: {
    portfolio: RiskMix;
    benchmark: RiskMix;
    horizonYears: number;
    initialAmount: number;
    /** In today's money of `currency`, > 0 added, < 0 taken out at each year's start; absent when none. */
    yearlyCashFlow?: number;
    /** A fraction a year; absent when none was given (no real figures then). */
    inflation?: number;
    target?: ProjectionTarget;
  };
  currency: string;
  projection: MonteCarloResult;
  stress: StressEpisodeResult<StressEpisodeId>[];
  shocks: { scenario: ShockScenario; proposal: ShockOutcome; benchmark: ShockOutcome };
  /** Read against the tolerance the proposal was built for (the assumption's, else the profile's). */
  fit: RiskFit;
};

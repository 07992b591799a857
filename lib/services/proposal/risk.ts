import {
  applyShockScenario,
  assessRiskFit,
  DEFAULT_MONTE_CARLO_SEED,
  DEFAULT_PATHS,
  DEFAULT_SHOCK_SCENARIO,
  runHistoricalStress,
  runMonteCarlo,
  STRESS_EPISODES,
  type ShockScenario,
} from "../../risk";
import type { ProposalAssumptions } from "../../validation/proposal";
import type { MarketData } from "./market-data";
import { effectiveRiskTolerance, proposalMixes } from "./mixes";
import type { ProposalRisk } from "./risk-view";
import type { ProposalClient, ProposalView } from "./view-model";

/**
 * Every proposal is projected with the same seed. A page reload or a saved version's re-run then shows the
 * same numbers, and two proposals (or two risk tolerances) are compared on the same resampled paths, so their
 * difference is the mix's, not sampling noise (common random numbers).
 */
export const PROPOSAL_RISK_SEED = DEFAULT_MONTE_CARLO_SEED;

/**
 * A proposal's forward-looking risk from loaded market data (no I/O): the mixes the back-test plays
 * (proposalMixes), projected by lib/risk over the client's horizon from the client's investable assets, with
 * the assumptions' cash flow, inflation and target; the stress episodes; the shocks (blank ones are
 * DEFAULT_SHOCK_SCENARIO's); and the fit against the tolerance the proposal was built for.
 * @throws the engine's errors (e.g. a weighted sleeve with no history), as for the back-test
 */
export function composeRisk(client: ProposalClient, market: MarketData, assumptions: ProposalAssumptions, paths: number = DEFAULT_PATHS): ProposalRisk {
  const mixes = proposalMixes(client, market, assumptions);
  const portfolio = { ...mixes.proposal, rebalance: mixes.rebalance };
  const benchmark = { ...mixes.benchmark, rebalance: mixes.rebalance };
  const inflation = assumptions.inflationPct === undefined ? undefined : assumptions.inflationPct / 100;
  const inputs: ProposalRisk["inputs"] = {
    portfolio,
    benchmark,
    horizonYears: client.horizonYears,
    initialAmount: client.investableAssets,
    ...(assumptions.yearlyCashFlow ? { yearlyCashFlow: assumptions.yearlyCashFlow } : {}),
    ...(inflation !== undefined ? { inflation } : {}),
    // A target is in today's money when the advisor gave an inflation rate to say what today's money is.
    ...(assumptions.targetAmount !== undefined ? { target: { amount: assumptions.targetAmount, basis: inflation !== undefined ? "real" : "nominal" } } : {}),
  };
  const series = market.history.series;
  const projection = runMonteCarlo({ series, ...inputs, paths, seed: PROPOSAL_RISK_SEED });
  const stress = runHistoricalStress({ series, portfolio, benchmark, episodes: STRESS_EPISODES });
  const scenario = shockScenarioOf(assumptions);
  const fit = assessRiskFit(
    { annualVolatility: projection.portfolio.annualVolatility, oneYearReturnP5: projection.portfolio.oneYearReturn.p5 },
    effectiveRiskTolerance(client, assumptions),
  );
  return {
    inputs,
    currency: client.currency,
    projection,
    stress,
    shocks: {
      scenario,
      proposal: applyShockScenario(portfolio.weights, scenario, client.investableAssets),
      benchmark: applyShockScenario(normalised(benchmark.weights), scenario, client.investableAssets),
    },
    fit,
  };
}

/** The view with its risk section, and the projection's method, seed, paths and block length in the stamp. */
export function withRisk(view: ProposalView, risk: ProposalRisk): ProposalView {
  return { ...view, risk, methodology: { ...view.methodology, risk: risk.projection.methodology } };
}

/** The advisor's shocks (percent) as the engine's fractions; a blank one is the default scenario's. */
export function shockScenarioOf(a: ProposalAssumptions): ShockScenario {
  const fraction = (pct: number | undefined, fallback: number) => (pct === undefined ? fallback : pct / 100);
  return {
    ...DEFAULT_SHOCK_SCENARIO,
    equities: fraction(a.shockEquitiesPct, DEFAULT_SHOCK_SCENARIO.equities),
    smallCaps: fraction(a.shockSmallCapsPct, DEFAULT_SHOCK_SCENARIO.smallCaps ?? DEFAULT_SHOCK_SCENARIO.equities),
    bonds: fraction(a.shockBondsPct, DEFAULT_SHOCK_SCENARIO.bonds),
  };
}

/**
 * The benchmark's weights are blends of market weights and may miss 1 by a rounding error; the shock check
 * allows 1e-9, so they are rescaled to sum to 1 exactly first.
 */
function normalised(weights: Record<string, number>): Record<string, number> {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, w / total]));
}

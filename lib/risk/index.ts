/** Public API of the forward-looking risk engine (pure: no framework, database, clock or file system). */
export type * from "./types";
export { runMonteCarlo, RISK_ENGINE_VERSION, DEFAULT_MONTE_CARLO_SEED, DEFAULT_PATHS, DEFAULT_MEAN_BLOCK_LENGTH } from "./monte-carlo";
export { blockSampler, type BlockSampler } from "./block-bootstrap";
export { percentileBand, percentile } from "./percentiles";
export { STRESS_EPISODES, type StressEpisode, type StressEpisodeId } from "./stress-episodes";
export { runHistoricalStress, type EpisodeOutcome, type StressEpisodeResult, type HistoricalStressInput } from "./stress";
export {
  applyShockScenario,
  sleeveShock,
  DEFAULT_SHOCK_SCENARIO,
  type ShockScenario,
  type ShockOutcome,
  type SleeveShock,
} from "./stress-shocks";
export { assessRiskFit, type RiskFit, type RiskFitCheck, type ProjectedRisk } from "./risk-fit";

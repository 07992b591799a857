/** Public API of the back-test engine (pure: no framework, database, clock or file system). */
export type * from "./types";
export type * from "./sleeve-types";
export { buildPanel, PANEL_FLAG, type Panel } from "./panel";
export { MISSING_FLAG, type CategoryColumn } from "./panel-columns";
export { sweepBuckets, decileBuckets, krxBuckets, parseBucketList, bucketLabel } from "./buckets";
export { bucketRange, BOUNDARY_TOLERANCE } from "./bucket-range";
export { rebalanceDateIndices } from "./rebalance-dates";
export { holdingOutcomes, FATE, type WindowOutcome } from "./holding-return";
export { rankUniverse, type RankedUniverse } from "./universe";
export { runSizeBacktest } from "./size-backtest";
export { excessOver } from "./extremes";
export { cagr, volatility, sharpe, sortino, returnRisk, maxDrawdown, computeStats } from "./stats";
export { wealthCurve, drawdownCurve } from "./wealth";
export { runSleeveBacktest } from "./sleeve-backtest";
export { calendarYears } from "./calendar-years";
export { trackingError, correlation, captureRatio, relativeStats } from "./relative-stats";

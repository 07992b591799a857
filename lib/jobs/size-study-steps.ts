import { runSizeBacktest } from "../backtest/size-backtest";
import type { SizeBacktestResult, SurvivorshipMode } from "../backtest/types";
import { decodePanel } from "../data/panel-blob";
import { SIZE_STUDY_MODES, sizeStudyOfRuns, sizeStudyOptions, type SizeStudyView } from "../services/research/size-study";
import type { SizeStudyInputs } from "./size-study-inputs";

/**
 * Buckets per engine call. Every bucket × weighting is computed independently of the others (the shared
 * ranking and holding returns are recomputed per call, a few ms), so a run split into groups gives the same
 * numbers as one call, and the gaps between groups are where progress is reported and a cancel is seen.
 */
const BUCKETS_PER_STEP = 5;

/** Progress once the columns are decoded; the engine runs share the rest up to 1. */
const DECODED = 0.2;

/**
 * A size study of a stored panel as steps: decode the blob, then the study's runs in groups of buckets.
 * Yields the progress (0..1) after each step and returns the study. Pure: the caller (a worker thread, a
 * worker process or an inline request) decides what happens between steps.
 */
export function* sizeStudySteps(blob: Uint8Array, inputs: SizeStudyInputs): Generator<number, SizeStudyView, void> {
  const panel = decodePanel(blob);
  yield DECODED;
  const extra = { rebalanceMonth: inputs.rebalanceMonth, costBps: inputs.costBps, filter: { includePreferred: inputs.includePreferred } };
  const runs: SizeBacktestResult[] = [];
  const groups = (mode: SurvivorshipMode) => {
    const buckets = sizeStudyOptions(mode).buckets;
    return Array.from({ length: Math.ceil(buckets.length / BUCKETS_PER_STEP) }, (_, g) => buckets.slice(g * BUCKETS_PER_STEP, (g + 1) * BUCKETS_PER_STEP));
  };
  const total = SIZE_STUDY_MODES.reduce((n, mode) => n + groups(mode).length, 0);
  let done = 0;
  for (const mode of SIZE_STUDY_MODES) {
    const parts: SizeBacktestResult[] = [];
    for (const buckets of groups(mode)) {
      parts.push(runSizeBacktest(panel, { ...sizeStudyOptions(mode, extra), buckets }));
      done++;
      if (done < total) yield DECODED + ((1 - DECODED) * done) / total;
    }
    runs.push(joinBucketGroups(parts));
  }
  return sizeStudyOfRuns(runs[0]!, runs[1]!);
}

/** One result from runs over consecutive groups of buckets: the buckets in order; dates, market and extremes are the same in every part. */
export function joinBucketGroups(parts: readonly SizeBacktestResult[]): SizeBacktestResult {
  const first = parts[0];
  if (!first) throw new Error("joinBucketGroups: no parts");
  return { ...first, results: parts.flatMap((p) => p.results) };
}

/** Runs every step at once: the inline path for small panels. */
export function sizeStudyOfBlob(blob: Uint8Array, inputs: SizeStudyInputs): SizeStudyView {
  const steps = sizeStudySteps(blob, inputs);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

import { decodePanel } from "../data/panel-blob";
import { sizeEffectSteps, type SizeEffectResult } from "../services/research/size-effect-run";
import type { SizeStudyView } from "../services/research/size-study";
// Types only: the schemas (and zod) stay out of the worker bundle; the runner validated the inputs.
import type { JobInputs } from "./job-inputs";
import type { SizeEffectJobInputs } from "./size-effect-job-inputs";
import { sizeStudySteps } from "./size-study-steps";

/** What a finished job stores: a size study's view, or a size-effect study's figures (by the job's inputs). */
export type JobResult = SizeStudyView | SizeEffectResult;

/** Progress once the panel is decoded; the study's engine runs share the rest up to 1. */
const DECODED = 0.2;

/**
 * The steps of any job, by its inputs' kind: yields progress (0..1) after each and returns what the job
 * stores. Pure, like the steps it wraps: run on a worker thread, in a worker process, or in tests.
 */
export function jobSteps(blob: Uint8Array, inputs: JobInputs): Generator<number, JobResult, void> {
  if ("kind" in inputs) return sizeEffectJobSteps(blob, inputs);
  return sizeStudySteps(blob, inputs);
}

function* sizeEffectJobSteps(blob: Uint8Array, inputs: SizeEffectJobInputs): Generator<number, SizeEffectResult, void> {
  const panel = decodePanel(blob);
  yield DECODED;
  // The dataset id is not part of the computation: the blob is the dataset.
  const { kind: _kind, ...study } = inputs;
  const steps = sizeEffectSteps(panel, { dataset: "", ...study });
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    yield DECODED + (1 - DECODED) * next.value;
  }
}

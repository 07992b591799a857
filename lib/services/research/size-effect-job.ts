import { findReusableJob, insertJob, readJobResult } from "../../db/backtest-jobs";
import { dispatchJob } from "../../jobs/dispatch";
import type { StudyExecutor } from "../../jobs/run-job";
import { SIZE_EFFECT_ENGINE_VERSION, sizeEffectJobInputs } from "../../jobs/size-effect-job-inputs";
import { sizeStudyCacheKey } from "../../jobs/size-study-inputs";
import { jsonText, parseStoredRow } from "../../validation/stored-json";
import { storedSizeEffectSchema } from "../../validation/stored-size-effect";
import { viewOf, type StudyJobView } from "./panel-study";
import type { SizeEffectInputs } from "./size-effect-inputs";
import type { SizeEffectView } from "./size-effect-run";

/** Where a size-effect study of a large stored panel stands. */
export type SizeEffectJobState =
  /** A finished job with the same dataset, inputs and engine version: its figures. */
  | { kind: "done"; view: SizeEffectView; job: StudyJobView }
  /** A job queued, running (new or joined), failed or cancelled: the page shows its status. */
  | { kind: "open"; job: StudyJobView }
  /** No job for these inputs, and none was to be started. */
  | { kind: "none" };

/**
 * The background job of a size-effect study on a stored panel (the caller has checked the panel is the
 * firm's): the finished or running job with the same cache key (dataset, inputs, engine version), else, when
 * `start` is set, a new one handed to its runner. Jobs are the firm's: a colleague's identical study is shared.
 * @throws AppError DATA_CORRUPT for a stored result the app cannot read
 */
export async function sizeEffectJob(
  who: { id: string; firmId: string },
  inputs: SizeEffectInputs,
  options: { start: boolean; execute?: StudyExecutor },
): Promise<SizeEffectJobState> {
  const jobInputs = sizeEffectJobInputs(inputs);
  const cacheKey = sizeStudyCacheKey(inputs.dataset, jobInputs, SIZE_EFFECT_ENGINE_VERSION);
  const reusable = await findReusableJob(who.firmId, cacheKey);
  if (reusable?.status === "done") {
    const text = await readJobResult(who.firmId, reusable.id);
    const stored = parseStoredRow(jsonText(storedSizeEffectSchema), text, { table: "BacktestJob", id: reusable.id });
    return { kind: "done", view: { inputs, ...stored }, job: await viewOf(who.firmId, reusable) };
  }
  if (reusable) return { kind: "open", job: await viewOf(who.firmId, reusable) };
  if (!options.start) return { kind: "none" };
  const job = await insertJob({
    firmId: who.firmId,
    userId: who.id,
    datasetId: inputs.dataset,
    cacheKey,
    engineVersion: SIZE_EFFECT_ENGINE_VERSION,
    inputs: JSON.stringify(jobInputs),
  });
  await dispatchJob(job.id, options.execute ? { execute: options.execute } : {});
  return { kind: "open", job: await viewOf(who.firmId, job) };
}

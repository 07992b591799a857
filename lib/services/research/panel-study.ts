import { findPanelDataset, readPanelBlob } from "../../db/panel-datasets";
import { findJob, findReusableJob, insertJob, readJobResult, requestJobCancel, type JobError, type JobRecord, type JobStatus } from "../../db/backtest-jobs";
import { AppError } from "../../errors/app-error";
import { dispatchJob, jobMode } from "../../jobs/dispatch";
import { STALE_AFTER_MS, type StudyExecutor } from "../../jobs/run-job";
import { isSizeEffectJob, jobInputsSchema } from "../../jobs/job-inputs";
import { SIZE_STUDY_ENGINE_VERSION, sizeStudyCacheKey, type SizeStudyInputs } from "../../jobs/size-study-inputs";
import { sizeStudyOfBlob } from "../../jobs/size-study-steps";
import { jsonText, parseStoredRow } from "../../validation/stored-json";
import { sizeStudyOfStored, storedSizeStudySchema } from "../../validation/stored-size-study";
import type { SizeStudyView } from "./size-study";

/** Panels up to this many rows are studied inside the request (well under a second); larger ones become jobs. */
export const INLINE_ROW_LIMIT = 200_000;

/** A job as the research page shows it: its state, and the study once it is done. */
export type StudyJobView = {
  id: string;
  /** A size study (its view is `study`) or a size-effect study (read by the size-effect page: loadSizeEffect). */
  kind: "study" | "size-effect";
  datasetId: string;
  status: JobStatus;
  progress: number;
  error: JobError | null;
  cancelRequested: boolean;
  createdAt: string;
  finishedAt: string | null;
  study: SizeStudyView | null;
};

export type StudyAnswer =
  | { kind: "inline"; study: SizeStudyView }
  | { kind: "inline_failed"; error: JobError }
  /** `cached`: a finished job for the same dataset, inputs and engine version answered without running. */
  | { kind: "job"; job: StudyJobView; cached: boolean };

type Who = { id: string; firmId: string };

/**
 * Runs the size study on one of the firm's stored panels: inline for a small panel, else as a background job
 * (lib/jobs), reusing a finished or running job with the same cache key (dataset, inputs, engine version).
 * @throws AppError NOT_FOUND when the firm has no such panel (absent or another firm's: the same answer)
 */
export async function requestPanelStudy(
  who: Who,
  datasetId: string,
  inputs: SizeStudyInputs,
  options: { execute?: StudyExecutor; inlineRowLimit?: number } = {},
): Promise<StudyAnswer> {
  const dataset = await findPanelDataset(who.firmId, datasetId);
  if (!dataset) throw new AppError("NOT_FOUND");
  if (dataset.rowCount <= (options.inlineRowLimit ?? INLINE_ROW_LIMIT)) {
    const blob = await readPanelBlob(who.firmId, datasetId);
    if (!blob) throw new AppError("NOT_FOUND");
    try {
      return { kind: "inline", study: sizeStudyOfBlob(blob, inputs) };
    } catch (error) {
      console.error(`size study of dataset ${datasetId} failed`, error);
      return { kind: "inline_failed", error: "engine_error" };
    }
  }
  const cacheKey = sizeStudyCacheKey(datasetId, inputs);
  const reusable = await findReusableJob(who.firmId, cacheKey);
  if (reusable) return { kind: "job", job: await viewOf(who.firmId, reusable), cached: reusable.status === "done" };
  const job = await insertJob({
    firmId: who.firmId,
    userId: who.id,
    datasetId,
    cacheKey,
    engineVersion: SIZE_STUDY_ENGINE_VERSION,
    inputs: JSON.stringify(inputs),
  });
  await dispatchJob(job.id, options);
  return { kind: "job", job: await viewOf(who.firmId, job), cached: false };
}

/**
 * A job of the firm's, with its study once done. On the embedded SQLite default a queued or running job that
 * nobody has touched for STALE_AFTER_MS (the app process that ran it stopped) is started again here, since
 * there is no worker process to notice it.
 * @throws AppError NOT_FOUND for another firm's or a missing id; DATA_CORRUPT for a stored result the app cannot read
 */
export async function getPanelStudyJob(firmId: string, jobId: string, options: { execute?: StudyExecutor } = {}): Promise<StudyJobView> {
  const job = await findJob(firmId, jobId);
  if (!job) throw new AppError("NOT_FOUND");
  const open = job.status === "queued" || job.status === "running";
  if (open && jobMode() === "app" && Date.now() - job.updatedAt.getTime() > STALE_AFTER_MS) await dispatchJob(job.id, options);
  return viewOf(firmId, job);
}

/**
 * Cancels a job: at once when queued, at the runner's next step when running; a finished job is unchanged.
 * @throws AppError NOT_FOUND for another firm's or a missing id
 */
export async function cancelPanelStudyJob(firmId: string, jobId: string): Promise<StudyJobView> {
  const job = await requestJobCancel(firmId, jobId);
  if (!job) throw new AppError("NOT_FOUND");
  return viewOf(firmId, job);
}

/** Exported for the size-effect page's jobs, which share the row, the runner and the status component. */
export async function viewOf(firmId: string, job: JobRecord): Promise<StudyJobView> {
  const kind = jobKind(job);
  let study: SizeStudyView | null = null;
  if (job.status === "done" && kind === "study") {
    const text = await readJobResult(firmId, job.id);
    study = sizeStudyOfStored(parseStoredRow(jsonText(storedSizeStudySchema), text, { table: "BacktestJob", id: job.id }));
  }
  return {
    id: job.id,
    kind,
    datasetId: job.datasetId,
    status: job.status,
    progress: job.progress,
    error: job.error,
    cancelRequested: job.cancelRequested,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    study,
  };
}

/** A row's kind by its inputs; a row whose inputs do not parse is left to the study path (its runner fails it as data_corrupt). */
function jobKind(job: JobRecord): StudyJobView["kind"] {
  let raw: unknown = null;
  try {
    raw = JSON.parse(job.inputs);
  } catch {
    return "study";
  }
  const inputs = jobInputsSchema.safeParse(raw);
  return inputs.success && isSizeEffectJob(inputs.data) ? "size-effect" : "study";
}

import { claimJob, finishJob, readJobForRunner, reportJobProgress, touchJob, type JobError } from "../db/backtest-jobs";
import { readPanelBlobById } from "../db/panel-datasets";
import { PanelBlobError } from "../data/panel-blob";
import { jobInputsSchema, type JobInputs } from "./job-inputs";
import { jobSteps, type JobResult } from "./job-steps";

/** A runner that has not touched its job for this long is taken to be dead; another may take the job over. */
export const STALE_AFTER_MS = 60_000;
/** How often a runner touches its job while a step is running (well inside STALE_AFTER_MS). */
const HEARTBEAT_MS = 10_000;

/** Called after each step with the progress; answers "stop" when the job was cancelled meanwhile. */
export type OnProgress = (progress: number) => Promise<"continue" | "stop">;

/**
 * Runs the study's steps somewhere (this thread, a worker thread) and reports each step's progress; resolves
 * with what the job stores (jobSteps), or null when `onProgress` said stop.
 */
export type StudyExecutor = (blob: Uint8Array, inputs: JobInputs, onProgress: OnProgress) => Promise<JobResult | null>;

export type RunOutcome = "done" | "failed" | "cancelled" | "not_taken";

/** Runs the steps on the calling thread, yielding to the event loop between them (a worker process, tests). */
export const inProcessExecutor: StudyExecutor = async (blob, inputs, onProgress) => {
  const steps = jobSteps(blob, inputs);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if ((await onProgress(next.value)) === "stop") return null;
  }
};

/**
 * Runs one job to its end, wherever it was dispatched from (an app's worker thread or a `npm run worker`
 * process): takes it (`claimJob`: a queued job, or a running one whose runner went quiet), loads the panel,
 * runs the steps, stores progress after each and checks for a cancel between them, then stores the result,
 * a failure code or the cancellation. Returns "not_taken" when the job was cancelled before it started,
 * is held by a live runner, or is finished.
 */
export async function runJob(jobId: string, options: { workerId: string; execute?: StudyExecutor; staleAfterMs?: number }): Promise<RunOutcome> {
  const { workerId, execute = inProcessExecutor } = options;
  const staleBefore = new Date(Date.now() - (options.staleAfterMs ?? STALE_AFTER_MS));
  if (!(await claimJob(jobId, workerId, staleBefore))) return "not_taken";
  const heartbeat = setInterval(() => void touchJob(jobId, workerId).catch(() => undefined), HEARTBEAT_MS);
  heartbeat.unref?.();
  const fail = async (error: JobError) => (await finishJob(jobId, workerId, { status: "failed", error }), "failed" as const);
  try {
    const job = await readJobForRunner(jobId);
    const inputs = jobInputsSchema.safeParse(JSON.parse(job?.inputs ?? "null"));
    if (!job || !inputs.success) return await fail("data_corrupt");
    const blob = await readPanelBlobById(job.datasetId);
    if (!blob) return await fail("dataset_missing");
    const onProgress: OnProgress = async (progress) => {
      const { cancelRequested, held } = await reportJobProgress(jobId, workerId, progress);
      return cancelRequested || !held ? "stop" : "continue";
    };
    if ((await onProgress(0.05)) === "stop") return await cancelled(jobId, workerId);
    const view = await execute(blob, inputs.data, onProgress);
    if (view === null) return await cancelled(jobId, workerId);
    await finishJob(jobId, workerId, { status: "done", result: JSON.stringify(view) });
    return "done";
  } catch (error) {
    console.error(`back-test job ${jobId} failed`, error);
    return await fail(error instanceof PanelBlobError ? "data_corrupt" : "engine_error");
  } finally {
    clearInterval(heartbeat);
  }
}

async function cancelled(jobId: string, workerId: string): Promise<"cancelled"> {
  await finishJob(jobId, workerId, { status: "cancelled" });
  return "cancelled";
}

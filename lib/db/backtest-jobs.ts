import { db } from "./prisma";

export const JOB_STATUSES = ["queued", "running", "done", "failed", "cancelled"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Why a job failed, as a code the page words from the catalogs. */
export const JOB_ERRORS = ["dataset_missing", "data_corrupt", "engine_error", "worker_lost"] as const;
export type JobError = (typeof JOB_ERRORS)[number];

/** A job as the research page shows it; `result` is the stored JSON text, parsed by the caller that renders it. */
export type JobRecord = {
  id: string;
  datasetId: string;
  status: JobStatus;
  progress: number;
  error: JobError | null;
  cancelRequested: boolean;
  inputs: string;
  cacheKey: string;
  engineVersion: string;
  workerId: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  updatedAt: Date;
};

const recordSelect = {
  id: true,
  datasetId: true,
  status: true,
  progress: true,
  error: true,
  cancelRequested: true,
  inputs: true,
  cacheKey: true,
  engineVersion: true,
  workerId: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  updatedAt: true,
} as const;

type Row = Omit<JobRecord, "status" | "error"> & { status: string; error: string | null };

/** Statuses and errors are written only from the lists above. */
function toRecord(row: Row): JobRecord {
  return { ...row, status: row.status as JobStatus, error: row.error as JobError | null };
}

export type NewJob = { firmId: string; userId: string; datasetId: string; cacheKey: string; engineVersion: string; inputs: string };

export async function insertJob(input: NewJob): Promise<JobRecord> {
  return toRecord(await db.backtestJob.create({ data: input, select: recordSelect }));
}

/**
 * The job that already answers this cache key for the firm: a finished one (its result is reused) or one
 * still queued or running (the same request again joins it). Failed and cancelled jobs answer nothing.
 */
export async function findReusableJob(firmId: string, cacheKey: string): Promise<JobRecord | null> {
  const rows = await db.backtestJob.findMany({
    where: { firmId, cacheKey, status: { in: ["done", "queued", "running"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: recordSelect,
  });
  const done = rows.find((r) => r.status === "done");
  return done || rows[0] ? toRecord((done ?? rows[0])!) : null;
}

/** A job of the firm's, or null when absent or another firm's (the same answer). */
export async function findJob(firmId: string, id: string): Promise<JobRecord | null> {
  const row = await db.backtestJob.findFirst({ where: { id, firmId }, select: recordSelect });
  return row ? toRecord(row) : null;
}

/** A finished job's stored result text, firm-checked. */
export async function readJobResult(firmId: string, id: string): Promise<string | null> {
  const row = await db.backtestJob.findFirst({ where: { id, firmId, status: "done" }, select: { result: true } });
  return row?.result ?? null;
}

/** For a runner: the job by id alone (it came from the queue, not from a request). */
export async function readJobForRunner(id: string): Promise<JobRecord | null> {
  const row = await db.backtestJob.findUnique({ where: { id }, select: recordSelect });
  return row ? toRecord(row) : null;
}

/**
 * Takes a job for one runner, atomically: a queued job, or a running one whose runner stopped reporting
 * before `staleBefore` (its process died). False when someone else has it, it was cancelled, or it is finished.
 */
export async function claimJob(id: string, workerId: string, staleBefore: Date): Promise<boolean> {
  const now = new Date();
  const { count } = await db.backtestJob.updateMany({
    where: { id, cancelRequested: false, OR: [{ status: "queued" }, { status: "running", updatedAt: { lt: staleBefore } }] },
    data: { status: "running", workerId, startedAt: now, progress: 0, updatedAt: now },
  });
  return count === 1;
}

/** Stores progress (0..1) of a job this runner holds and says whether a cancel was asked for meanwhile. */
export async function reportJobProgress(id: string, workerId: string, progress: number): Promise<{ cancelRequested: boolean; held: boolean }> {
  const { count } = await db.backtestJob.updateMany({ where: { id, workerId, status: "running" }, data: { progress, updatedAt: new Date() } });
  const row = await db.backtestJob.findUnique({ where: { id }, select: { cancelRequested: true } });
  return { cancelRequested: row?.cancelRequested ?? true, held: count === 1 };
}

/** The runner's heartbeat between progress reports: a job not touched for a while is taken to be orphaned. */
export async function touchJob(id: string, workerId: string): Promise<void> {
  await db.backtestJob.updateMany({ where: { id, workerId, status: "running" }, data: { updatedAt: new Date() } });
}

/** Ends a job this runner holds: done with its result, failed with a code, or cancelled. False if it no longer held it. */
export async function finishJob(id: string, workerId: string, end: { status: "done"; result: string } | { status: "failed"; error: JobError } | { status: "cancelled" }): Promise<boolean> {
  const { count } = await db.backtestJob.updateMany({
    where: { id, workerId, status: "running" },
    data: { ...end, ...(end.status === "done" ? { progress: 1 } : {}), finishedAt: new Date() },
  });
  return count === 1;
}

/**
 * Asks a job to stop. A queued job is cancelled at once (no runner will take it: `claimJob` skips it); a
 * running one is flagged, and its runner stops at its next step. Finished jobs are left as they are.
 * @returns the job after the request, or null when the firm has no such job
 */
export async function requestJobCancel(firmId: string, id: string): Promise<JobRecord | null> {
  const now = new Date();
  await db.backtestJob.updateMany({ where: { id, firmId, status: "queued" }, data: { status: "cancelled", cancelRequested: true, finishedAt: now } });
  await db.backtestJob.updateMany({ where: { id, firmId, status: "running" }, data: { cancelRequested: true } });
  return findJob(firmId, id);
}

/** Queued or running jobs nobody has touched since `staleBefore`: a runner died, or a queued job was never taken. */
export async function findStaleJobs(staleBefore: Date, take = 50): Promise<JobRecord[]> {
  const rows = await db.backtestJob.findMany({
    where: { status: { in: ["queued", "running"] }, updatedAt: { lt: staleBefore } },
    orderBy: { updatedAt: "asc" },
    take,
    select: recordSelect,
  });
  return rows.map(toRecord);
}

/** Gives up on a job whose runner is gone for good (after the retries): failed with `worker_lost`. */
export async function abandonJob(id: string): Promise<void> {
  await db.backtestJob.updateMany({ where: { id, status: { in: ["queued", "running"] } }, data: { status: "failed", error: "worker_lost", finishedAt: new Date() } });
}

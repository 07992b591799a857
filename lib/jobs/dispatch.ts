import { databaseUrl, providerOf } from "../db/database-url";
import { abandonJob, findStaleJobs } from "../db/backtest-jobs";
import { runJob, STALE_AFTER_MS, type StudyExecutor } from "./run-job";
import { enqueueStudy } from "./queue";
import { appExecutor } from "./thread-executor";

/**
 * Where a job runs: with PostgreSQL, on whichever `npm run worker` process takes it from the pg-boss queue
 * (the app only enqueues); with the embedded SQLite default, in the app's own process on a worker thread.
 */
export type JobMode = "queue" | "app";

export function jobMode(url: string = databaseUrl()): JobMode {
  return providerOf(url) === "postgresql" ? "queue" : "app";
}

/** The runner id stored on jobs this process runs in-app. */
export const appWorkerId = () => `app:${process.pid}`;

/** Jobs running or waiting in this process, so a poll does not start a second runner for them. */
const running = new Set<string>();
/**
 * In-app jobs run one after another: a study is CPU-bound, and the app's requests share the machine with it.
 * A job waiting here stays "queued" in its row until its turn.
 */
let appTail: Promise<unknown> = Promise.resolve();

/**
 * Hands a new (or orphaned) job to its runner and returns without waiting for it. In-app runs report their
 * own failures in the job row; an unexpected throw is logged, never thrown at the request that started it.
 */
export async function dispatchJob(jobId: string, options: { url?: string; execute?: StudyExecutor } = {}): Promise<void> {
  const url = options.url ?? databaseUrl();
  if (jobMode(url) === "queue") {
    await enqueueStudy(url, jobId);
    return;
  }
  if (running.has(jobId)) return;
  running.add(jobId);
  const execute = options.execute ?? appExecutor();
  appTail = appTail
    .then(() => runJob(jobId, { workerId: appWorkerId(), execute }))
    .catch((error) => console.error(`back-test job ${jobId}: runner failed`, error))
    .finally(() => running.delete(jobId));
}

/** A job still unfinished this long after it was created is given up (`worker_lost`) instead of restarted again. */
export const GIVE_UP_AFTER_MS = 60 * 60_000;

/**
 * Restarts jobs whose runner went quiet (an app or worker process died, or a queued job was never taken):
 * each is dispatched again and `claimJob` lets exactly one runner take it over; one that has kept failing to
 * finish for GIVE_UP_AFTER_MS (e.g. its runner is killed for memory every time) fails with `worker_lost`.
 * Called by every worker on start and every minute, and by the app when a page polls a job that looks stale
 * (the SQLite default has no worker process). Returns how many were re-dispatched.
 */
export async function recoverStaleJobs(options: { url?: string; staleAfterMs?: number; execute?: StudyExecutor } = {}): Promise<number> {
  const now = Date.now();
  const stale = await findStaleJobs(new Date(now - (options.staleAfterMs ?? STALE_AFTER_MS)));
  let restarted = 0;
  for (const job of stale) {
    if (now - job.createdAt.getTime() > GIVE_UP_AFTER_MS) {
      await abandonJob(job.id);
      continue;
    }
    await dispatchJob(job.id, options);
    restarted++;
  }
  return restarted;
}

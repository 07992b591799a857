/**
 * `npm run worker`: takes size-study jobs from the pg-boss queue in the app's PostgreSQL database and runs
 * them (lib/jobs/run-job.ts), any number of these processes on any number of machines. Each takes one job at
 * a time (a study is CPU-bound: run one process per core you want to give it). On start and every minute it
 * re-dispatches jobs whose runner went quiet (lib/jobs/dispatch.ts `recoverStaleJobs`). SIGINT/SIGTERM stop
 * taking new jobs and let the current one finish.
 *
 * The SQLite default needs no worker: the app runs jobs itself on a worker thread.
 */
import { hostname } from "node:os";
import { databaseUrl, providerOf } from "../lib/db/database-url";
import { recoverStaleJobs } from "../lib/jobs/dispatch";
import { runJob } from "../lib/jobs/run-job";
import { startQueue, STUDY_QUEUE, type StudyMessage } from "../lib/jobs/queue";

const RECOVER_EVERY_MS = 60_000;

async function main(): Promise<void> {
  const url = databaseUrl();
  if (providerOf(url) !== "postgresql") {
    console.error("npm run worker needs DATABASE_URL=postgresql://…; with SQLite the app runs jobs itself.");
    process.exit(2);
  }
  const workerId = `worker:${hostname()}:${process.pid}`;
  const boss = await startQueue(url, "worker");
  await boss.work<StudyMessage>(STUDY_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (!job) return;
    const outcome = await runJob(job.data.jobId, { workerId });
    console.log(`${new Date().toISOString()} job ${job.data.jobId}: ${outcome}`);
  });
  console.log(`${workerId} taking jobs from queue ${STUDY_QUEUE}`);

  // Sending through the queue: a recovered job goes to whichever worker is free, this one included.
  const recover = () => recoverStaleJobs({ url }).catch((error) => console.error("recovering stale jobs failed", error));
  await recover();
  const timer = setInterval(recover, RECOVER_EVERY_MS);

  const stop = async (signal: string) => {
    console.log(`${workerId}: ${signal}, finishing the current job`);
    clearInterval(timer);
    await boss.stop({ graceful: true, close: true });
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

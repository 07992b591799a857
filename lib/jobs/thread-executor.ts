import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PanelBlobError } from "../data/panel-blob";
import type { JobResult } from "./job-steps";
import { inProcessExecutor, type OnProgress, type StudyExecutor } from "./run-job";
import type { WorkerMessage } from "./worker-entry";

/**
 * Where `npm run build:jobs` (run by `postinstall` and `prebuild`) writes the bundled worker entry. A path
 * read at run time, not an import, so Next's bundler leaves it alone; JOB_WORKER_FILE overrides it.
 */
export function jobWorkerFile(): string {
  return path.resolve(process.env.JOB_WORKER_FILE ?? path.join("generated", "jobs", "size-study-worker.mjs"));
}

/**
 * Runs the steps on a worker thread so a long study never blocks the app's event loop. Progress messages
 * arrive as the thread posts them; each is stored (`onProgress`), and a "stop" answer terminates the thread.
 */
export function threadExecutor(file: string): StudyExecutor {
  return (blob, inputs, onProgress) =>
    new Promise<JobResult | null>((resolve, reject) => {
      // A fresh buffer of exactly the blob, handed over without a copy (the driver's may be shared or pooled).
      const own = blob.slice();
      const worker = new Worker(file, { workerData: { blob: own, inputs }, transferList: [own.buffer as ArrayBuffer] });
      let settled = false;
      let done = false;
      let reports = Promise.resolve<"continue" | "stop">("continue");
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
        void worker.terminate();
      };
      worker.on("message", (message: WorkerMessage) => {
        if (message.type === "progress") {
          // Reports are stored in order; a cancel seen in any of them ends the thread.
          reports = reports.then((previous) => (previous === "stop" ? "stop" : onProgress(message.progress)));
          void reports.then((answer) => answer === "stop" && settle(() => resolve(null)), (error) => settle(() => reject(error)));
        } else if (message.type === "done") {
          // The thread exits right after this message, before the reports still being stored are done: from
          // here the exit is expected, and the answer waits for those reports (a cancel among them wins).
          done = true;
          void reports.then((answer) => settle(() => resolve(answer === "stop" ? null : (message.view as JobResult))), (error) => settle(() => reject(error)));
        } else {
          const error = message.name === "PanelBlobError" ? new PanelBlobError((message.problem ?? "corrupt") as PanelBlobError["problem"]) : new Error(message.message);
          settle(() => reject(error));
        }
      });
      worker.on("error", (error) => settle(() => reject(error)));
      worker.on("exit", (code) => done || settle(() => reject(new Error(`job worker thread exited with code ${code} before its study was done`))));
    });
}

let warned = false;

/**
 * The executor for jobs run inside the app (the SQLite default): a worker thread on the bundled entry, or,
 * when the bundle is absent (development, or a build that skipped `build:jobs`), the app's own thread with a
 * logged warning. In development the bundle is not used even when present, since it may be older than the code.
 */
export function appExecutor(): StudyExecutor {
  const file = jobWorkerFile();
  if (process.env.NODE_ENV !== "development" && existsSync(file)) return threadExecutor(file);
  if (!warned && process.env.NODE_ENV !== "development") {
    warned = true;
    console.warn(`back-test jobs run on the app's main thread: ${file} is missing (run npm run build:jobs)`);
  }
  return inProcessExecutor;
}

export type { OnProgress };

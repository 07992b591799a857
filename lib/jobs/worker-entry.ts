import { parentPort, workerData } from "node:worker_threads";
import { PanelBlobError } from "../data/panel-blob";
import type { JobInputs } from "./job-inputs";
import { jobSteps } from "./job-steps";

/**
 * A worker thread's whole life: run one job's steps (a size study or a size-effect study) on the panel bytes it was handed (transferred, not
 * copied), post each step's progress and then the study. It touches no database and imports no framework,
 * so `npm run build:jobs` can bundle it into one plain JavaScript file that Node loads in `next start` as in
 * tests. The thread that started it stores progress, checks for a cancel and terminates it (thread-executor.ts).
 */
export type WorkerMessage =
  | { type: "progress"; progress: number }
  | { type: "done"; view: unknown }
  | { type: "error"; name: string; problem: string | null; message: string };

const { blob, inputs } = workerData as { blob: Uint8Array; inputs: JobInputs };
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

try {
  const steps = jobSteps(blob, inputs);
  for (;;) {
    const next = steps.next();
    if (next.done) {
      post({ type: "done", view: next.value });
      break;
    }
    post({ type: "progress", progress: next.value });
  }
} catch (error) {
  const e = error instanceof Error ? error : new Error(String(error));
  post({ type: "error", name: e.name, problem: error instanceof PanelBlobError ? error.problem : null, message: e.message });
}

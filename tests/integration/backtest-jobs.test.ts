import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeAdvisor } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { buildPanel, runSizeBacktest } from "@/lib/backtest";
import type { PanelRow } from "@/lib/backtest/types";
import type { SessionUser } from "@/lib/auth/session";
import { panelRowsToCsv } from "@/lib/data/panel-csv-writer";
import { generateDemoPanel } from "@/lib/data/synthetic";
import { claimJob, insertJob, requestJobCancel } from "@/lib/db/backtest-jobs";
import { databaseUrl } from "@/lib/db/database-url";
import { jobMode } from "@/lib/jobs/dispatch";
import { stopAppQueue } from "@/lib/jobs/queue";
import { inProcessExecutor, runJob, type StudyExecutor } from "@/lib/jobs/run-job";
import { SIZE_STUDY_ENGINE_VERSION, sizeStudyCacheKey, sizeStudyInputsSchema, type SizeStudyInputs } from "@/lib/jobs/size-study-inputs";
import { threadExecutor } from "@/lib/jobs/thread-executor";
import { importPanelDataset } from "@/lib/services/datasets/import-panel";
import { cancelPanelStudyJob, getPanelStudyJob, requestPanelStudy, type StudyJobView } from "@/lib/services/research/panel-study";
import { SIZE_STUDY_MODES, sizeStudy, sizeStudyOfRuns, sizeStudyOptions, type SizeStudyView } from "@/lib/services/research/size-study";
import { isAppError } from "@/lib/errors/app-error";

/**
 * Back-tests as jobs, on whichever database this run uses: progress stored step by step, cancel, the cache,
 * a dead runner's job taken over, firm isolation; then the real dispatch path of that database: the app's
 * worker thread on SQLite, a separate `npm run worker` process on PostgreSQL (the test only enqueues).
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const mode = jobMode();
const rows: PanelRow[] = generateDemoPanel().filter((r) => r.id < "S0600");

let admin: SessionUser;
let outsider: SessionUser;
let datasetId: string;
let bundleDir: string;
let workerFile: string;

beforeAll(async () => {
  [admin, outsider] = [await makeAdvisor("ADMIN"), await makeAdvisor("ADMIN")];
  const stored = await importPanelDataset({ bytes: Buffer.from(panelRowsToCsv(rows)), fileName: "demo.csv", label: "Demo slice", firmId: admin.firmId, importedById: admin.id });
  datasetId = stored.id;
  // The worker thread runs the bundle `npm run build:jobs` writes; build it here so the test runs today's code.
  bundleDir = mkdtempSync(path.join(tmpdir(), "smallcap-jobs-"));
  workerFile = path.join(bundleDir, "size-study-worker.mjs");
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build-job-worker.mjs"), workerFile], { stdio: "pipe" });
});

afterAll(async () => {
  rmSync(bundleDir, { recursive: true, force: true });
  if (mode === "queue") await stopAppQueue(databaseUrl());
});

/** The study computed here in one engine call per survivorship mode (the job splits each into groups of buckets). */
function expectedStudy(inputs: SizeStudyInputs): SizeStudyView {
  const panel = buildPanel(rows);
  const extra = { rebalanceMonth: inputs.rebalanceMonth, costBps: inputs.costBps, filter: { includePreferred: inputs.includePreferred } };
  const [after, before] = SIZE_STUDY_MODES.map((m) => runSizeBacktest(panel, sizeStudyOptions(m, extra)));
  return sizeStudyOfRuns(after!, before!);
}

async function newJob(raw: object) {
  const inputs = sizeStudyInputsSchema.parse(raw);
  return insertJob({ firmId: admin.firmId, userId: admin.id, datasetId, cacheKey: sizeStudyCacheKey(datasetId, inputs), engineVersion: SIZE_STUDY_ENGINE_VERSION, inputs: JSON.stringify(inputs) });
}

/** Wraps an executor to read the job row each time a progress report has been stored. */
function recording(execute: StudyExecutor, jobId: () => string, after?: (progress: number) => Promise<void>) {
  const stored: number[] = [];
  let calls = 0;
  const wrapped: StudyExecutor = (blob, inputs, onProgress) => {
    calls++;
    return execute(blob, inputs, async (p) => {
      if (after) await after(p);
      const answer = await onProgress(p);
      stored.push((await db.backtestJob.findUniqueOrThrow({ where: { id: jobId() } })).progress);
      return answer;
    });
  };
  return { wrapped, stored, calls: () => calls };
}

async function waitForEnd(firmId: string, jobId: string, timeoutMs = 60_000): Promise<StudyJobView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await getPanelStudyJob(firmId, jobId);
    if (job.status !== "queued" && job.status !== "running") return job;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const codeOf = (e: unknown) => (isAppError(e) ? e.code : String(e));

describe(`back-test jobs (${mode === "queue" ? "PostgreSQL, pg-boss" : "SQLite, in-app"})`, () => {
  test("a panel at or under the row limit is studied inside the request, with the demo study's numbers", async () => {
    const answer = await requestPanelStudy(admin, datasetId, sizeStudyInputsSchema.parse({}));
    expect(answer.kind).toBe("inline");
    if (answer.kind === "inline") expect(answer.study).toEqual(sizeStudy(buildPanel(rows)));
    expect(await db.backtestJob.count({ where: { datasetId } })).toBe(0);
  });

  test("a job on a worker thread stores its progress step by step and its result; the same inputs again come from the cache", async () => {
    const job = await newJob({ costBps: 25 });
    const rec = recording(threadExecutor(workerFile), () => job.id);
    expect(await runJob(job.id, { workerId: "test:thread", execute: rec.wrapped })).toBe("done");
    // Each report was in the row when the next step ran: rising, strictly between 0 and 1.
    expect(rec.stored.length).toBeGreaterThanOrEqual(4);
    expect(rec.stored.every((p, i) => p > 0 && p < 1 && (i === 0 || p > rec.stored[i - 1]!))).toBe(true);
    const done = await getPanelStudyJob(admin.firmId, job.id);
    expect(done).toMatchObject({ status: "done", progress: 1, error: null });
    expect(done.study).toEqual(expectedStudy(sizeStudyInputsSchema.parse({ costBps: 25 })));

    // The same inputs, written differently (key order, defaults spelled out): the finished job, nothing run.
    const jobsBefore = await db.backtestJob.count();
    const again = await requestPanelStudy(admin, datasetId, sizeStudyInputsSchema.parse({ includePreferred: false, costBps: 25, rebalanceMonth: 5 }), { inlineRowLimit: 0, execute: rec.wrapped });
    expect(again).toMatchObject({ kind: "job", cached: true, job: { id: job.id, status: "done" } });
    expect(await db.backtestJob.count()).toBe(jobsBefore);
    expect(rec.calls()).toBe(1);
    // Another engine version is another key.
    expect(sizeStudyCacheKey(datasetId, sizeStudyInputsSchema.parse({ costBps: 25 }), "size-study-0")).not.toBe(job.cacheKey);
  });

  test("a running job cancelled between steps stops there, and is not reused", async () => {
    const job = await newJob({ costBps: 6 });
    let asked = false;
    const rec = recording(inProcessExecutor, () => job.id, async () => {
      if (asked) return;
      asked = true;
      expect((await cancelPanelStudyJob(admin.firmId, job.id)).cancelRequested).toBe(true);
    });
    expect(await runJob(job.id, { workerId: "test:cancel", execute: rec.wrapped })).toBe("cancelled");
    const row = await getPanelStudyJob(admin.firmId, job.id);
    expect(row).toMatchObject({ status: "cancelled", study: null });
    expect(row.progress).toBeLessThan(1);
    expect(rec.stored).toHaveLength(1);
    const retry = await requestPanelStudy(admin, datasetId, sizeStudyInputsSchema.parse({ costBps: 6 }), { inlineRowLimit: 0, execute: inProcessExecutor });
    expect(retry.kind === "job" && retry.job.id).not.toBe(job.id);
    expect(retry.kind === "job" && retry.cached).toBe(false);
    // In-app it runs now; on PostgreSQL it waits for a worker, which the last test starts: leave none behind.
    if (retry.kind === "job" && mode === "app") await waitForEnd(admin.firmId, retry.job.id);
    if (retry.kind === "job" && mode === "queue") await cancelPanelStudyJob(admin.firmId, retry.job.id);
  });

  test("a queued job cancelled before any runner takes it is never run", async () => {
    const job = await newJob({ costBps: 4 });
    expect((await requestJobCancel(admin.firmId, job.id))?.status).toBe("cancelled");
    expect(await runJob(job.id, { workerId: "test:late" })).toBe("not_taken");
    expect(await db.backtestJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "cancelled", startedAt: null, result: null });
  });

  test("a job whose runner went quiet is taken over; a live runner's job is not", async () => {
    const job = await newJob({ costBps: 3 });
    expect(await claimJob(job.id, "test:dies", new Date(0))).toBe(true);
    expect(await runJob(job.id, { workerId: "test:second" })).toBe("not_taken");
    await db.backtestJob.update({ where: { id: job.id }, data: { updatedAt: new Date(Date.now() - 10 * 60_000) } });
    expect(await runJob(job.id, { workerId: "test:second" })).toBe("done");
    expect(await db.backtestJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "done", workerId: "test:second" });
  });

  test("a study the engine refuses (no rebalance date in the chosen month) fails with a code", async () => {
    // The demo panel has May ends only.
    const job = await newJob({ rebalanceMonth: 3 });
    expect(await runJob(job.id, { workerId: "test:fails" })).toBe("failed");
    expect(await getPanelStudyJob(admin.firmId, job.id)).toMatchObject({ status: "failed", error: "engine_error", study: null });
  });

  test("another firm's job and panel answer NOT_FOUND, as a missing id does", async () => {
    const job = await newJob({ costBps: 2 });
    const inputs = sizeStudyInputsSchema.parse({});
    for (const call of [
      () => getPanelStudyJob(outsider.firmId, job.id),
      () => cancelPanelStudyJob(outsider.firmId, job.id),
      () => requestPanelStudy(outsider, datasetId, inputs),
      () => getPanelStudyJob(admin.firmId, "cmissing000000000000000000"),
      () => requestPanelStudy(admin, "cmissing000000000000000000", inputs),
    ]) {
      expect(codeOf(await call().catch((e: unknown) => e))).toBe("NOT_FOUND");
    }
    expect((await db.backtestJob.findUniqueOrThrow({ where: { id: job.id } })).cancelRequested).toBe(false);
  });

  if (mode === "app") {
    test("SQLite: a request above the row limit becomes a job on the app's worker thread", async () => {
      process.env.JOB_WORKER_FILE = workerFile;
      try {
        const answer = await requestPanelStudy(admin, datasetId, sizeStudyInputsSchema.parse({ costBps: 7 }), { inlineRowLimit: 0 });
        expect(answer).toMatchObject({ kind: "job", cached: false });
        if (answer.kind !== "job") return;
        const done = await waitForEnd(admin.firmId, answer.job.id);
        expect(done.status).toBe("done");
        expect(done.study).toEqual(expectedStudy(sizeStudyInputsSchema.parse({ costBps: 7 })));
        expect((await db.backtestJob.findUniqueOrThrow({ where: { id: answer.job.id } })).workerId).toBe(`app:${process.pid}`);
      } finally {
        delete process.env.JOB_WORKER_FILE;
      }
    });
  }

  if (mode === "queue") {
    test("PostgreSQL: the app only enqueues; a separate `npm run worker` process takes the job", { timeout: 120_000 }, async () => {
      const inputs = sizeStudyInputsSchema.parse({ costBps: 11 });
      const answer = await requestPanelStudy(admin, datasetId, inputs, { inlineRowLimit: 0 });
      expect(answer).toMatchObject({ kind: "job", cached: false, job: { status: "queued" } });
      // A second job, cancelled while it waits in the queue: the worker must skip it.
      const skipped = await requestPanelStudy(admin, datasetId, sizeStudyInputsSchema.parse({ costBps: 12 }), { inlineRowLimit: 0 });
      if (answer.kind !== "job" || skipped.kind !== "job") throw new Error("expected jobs");
      expect((await cancelPanelStudyJob(admin.firmId, skipped.job.id)).status).toBe("cancelled");
      // Nothing in this process runs jobs: still queued.
      expect((await getPanelStudyJob(admin.firmId, answer.job.id)).status).toBe("queued");

      const worker = startWorker();
      try {
        const done = await waitForEnd(admin.firmId, answer.job.id, 90_000);
        expect(done.status).toBe("done");
        expect(done.study).toEqual(expectedStudy(inputs));
        const row = await db.backtestJob.findUniqueOrThrow({ where: { id: answer.job.id } });
        expect(row.workerId).toMatch(/^worker:/);
        expect(row.workerId).not.toBe(`worker:${process.pid}`);
        await waitForOutput(worker, skipped.job.id);
        expect(await db.backtestJob.findUniqueOrThrow({ where: { id: skipped.job.id } })).toMatchObject({ status: "cancelled", startedAt: null });
        const again = await requestPanelStudy(admin, datasetId, inputs, { inlineRowLimit: 0 });
        expect(again).toMatchObject({ kind: "job", cached: true, job: { id: answer.job.id } });
      } finally {
        stopWorker(worker);
      }
    });
  }
});

type Worker = { child: ChildProcess; output: string[] };

function startWorker(): Worker {
  const child = spawn("npx", ["tsx", "scripts/worker.ts"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl() }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
  return { child, output };
}

/** The worker logs every job it was handed with the outcome ("not_taken" for the cancelled one). */
async function waitForOutput(worker: Worker, text: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!worker.output.join("").includes(text)) {
    if (Date.now() > until) throw new Error(`worker never mentioned ${text}:\n${worker.output.join("")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** npx starts tsx, which starts node: the whole process group goes. */
function stopWorker(worker: Worker): void {
  if (worker.child.pid) {
    try {
      process.kill(-worker.child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

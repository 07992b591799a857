import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeAdvisor } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import type { PanelRow } from "@/lib/backtest/types";
import type { SessionUser } from "@/lib/auth/session";
import { panelRowsToCsv } from "@/lib/data/panel-csv-writer";
import { generateDemoPanel } from "@/lib/data/synthetic";
import { databaseUrl } from "@/lib/db/database-url";
import { jobMode } from "@/lib/jobs/dispatch";
import { stopAppQueue } from "@/lib/jobs/queue";
import { inProcessExecutor, runJob, type StudyExecutor } from "@/lib/jobs/run-job";
import { importPanelDataset } from "@/lib/services/datasets/import-panel";
import { getPanelStudyJob, type StudyJobView } from "@/lib/services/research/panel-study";
import { loadSizeEffect, type SizeEffectView } from "@/lib/services/research/size-effect";
import { DEFAULT_SIZE_EFFECT_INPUTS, type SizeEffectInputs } from "@/lib/services/research/size-effect-inputs";

/**
 * The size-effect page on a stored panel above the inline row limit (a limit of 10 rows here, so a small
 * panel is "large"): the study runs as a background job, stores its progress, and its figures equal the same
 * study computed inside the request (no limit); the same inputs again are answered from the finished job.
 * Then the real dispatch of this database: the app's worker thread on SQLite (the bundled worker entry), a
 * separate `npm run worker` process on PostgreSQL.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const mode = jobMode();
const rows: PanelRow[] = generateDemoPanel().filter((r) => r.id < "S0150");
const SMALL_LIMIT = 10;

let admin: SessionUser;
let outsider: SessionUser;
let datasetId: string;
let bundleDir: string;
let workerFile: string;

beforeAll(async () => {
  [admin, outsider] = [await makeAdvisor("ADMIN"), await makeAdvisor("ADMIN")];
  const stored = await importPanelDataset({ bytes: Buffer.from(panelRowsToCsv(rows)), fileName: "slice.csv", label: "Size-effect job slice", firmId: admin.firmId, importedById: admin.id });
  datasetId = stored.id;
  bundleDir = mkdtempSync(path.join(tmpdir(), "smallcap-size-effect-jobs-"));
  workerFile = path.join(bundleDir, "size-study-worker.mjs");
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build-job-worker.mjs"), workerFile], { stdio: "pipe" });
});

afterAll(async () => {
  rmSync(bundleDir, { recursive: true, force: true });
  if (mode === "queue") await stopAppQueue(databaseUrl());
});

/** Deciles with a cost, a filter and a period: the job runs the adjusted study and the plain one beside it (four engine runs). */
function inputs(costBps: number): SizeEffectInputs {
  return {
    ...DEFAULT_SIZE_EFFECT_INPUTS,
    dataset: datasetId,
    weightings: ["cap", "equal"],
    buckets: { kind: "deciles" },
    period: { from: "2002-01", to: "2016-12" },
    filter: { maxHoldings: 120 },
    costBps: [costBps],
  };
}

/** The same study inside the request: no row limit. */
async function inline(input: SizeEffectInputs): Promise<SizeEffectView> {
  const answer = await loadSizeEffect(admin, input, { inlineRowLimit: Number.MAX_SAFE_INTEGER });
  if (answer.kind !== "ok" || answer.job) throw new Error(`expected an inline study, got ${answer.kind}`);
  return answer.view;
}

async function waitForEnd(jobId: string, timeoutMs = 60_000): Promise<StudyJobView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await getPanelStudyJob(admin.firmId, jobId);
    if (job.status !== "queued" && job.status !== "running") return job;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`size-effect jobs (${mode === "queue" ? "PostgreSQL, pg-boss" : "SQLite, in-app"})`, () => {
  test("above the limit the study runs as a job with stored progress, equals the inline study, and a repeat comes from the cache", async () => {
    const input = inputs(25);
    const stored: number[] = [];
    let executions = 0;
    let jobId = "";
    const recording: StudyExecutor = (blob, jobInputs, onProgress) => {
      executions++;
      return inProcessExecutor(blob, jobInputs, async (p) => {
        const answer = await onProgress(p);
        stored.push((await db.backtestJob.findUniqueOrThrow({ where: { id: jobId } })).progress);
        return answer;
      });
    };
    // Without `jobs: "start"` (the CSV download) nothing is started.
    expect(await loadSizeEffect(admin, input, { inlineRowLimit: SMALL_LIMIT })).toEqual({ kind: "too_large", rowCount: rows.length, limit: SMALL_LIMIT });

    const first = await loadSizeEffect(admin, input, { inlineRowLimit: SMALL_LIMIT, jobs: "start", execute: recording });
    if (first.kind !== "job") throw new Error(`expected a job, got ${first.kind}`);
    jobId = first.job.id;
    expect(first.job).toMatchObject({ kind: "size-effect", datasetId, study: null });
    // On SQLite the app runs it (with the executor given); on PostgreSQL the app only enqueued it, and this test is the runner.
    if (mode === "queue") expect(await runJob(jobId, { workerId: "test:size-effect", execute: recording })).toBe("done");
    const done = await waitForEnd(jobId);
    expect(done.status).toBe("done");
    expect(executions).toBe(1);
    // Decoded (0.2), then after each of the first three of four engine runs: 0.4, 0.6, 0.8.
    expect(stored).toHaveLength(4);
    [0.2, 0.4, 0.6, 0.8].forEach((p, i) => expect(stored[i]).toBeCloseTo(p, 12));
    expect((await db.backtestJob.findUniqueOrThrow({ where: { id: jobId } })).progress).toBe(1);

    const expected = await inline(input);
    expect(expected.baseline).not.toBeNull();
    const again = await loadSizeEffect(admin, input, { inlineRowLimit: SMALL_LIMIT, jobs: "start", execute: recording });
    if (again.kind !== "ok" || !again.job) throw new Error(`expected the cached job's study, got ${again.kind}`);
    expect(again.job).toMatchObject({ cached: true, view: { id: jobId, status: "done", kind: "size-effect" } });
    expect(again.view).toEqual(expected);
    expect(executions).toBe(1);
    expect(await db.backtestJob.count({ where: { datasetId } })).toBe(1);
  });

  test("another firm asking for the panel is NOT_FOUND and starts nothing", async () => {
    const error = await loadSizeEffect(outsider, inputs(25), { inlineRowLimit: SMALL_LIMIT, jobs: "start" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.backtestJob.count({ where: { firmId: outsider.firmId } })).toBe(0);
  });

  if (mode === "app") {
    test("SQLite: the job runs on the app's worker thread (the bundled entry)", async () => {
      process.env.JOB_WORKER_FILE = workerFile;
      try {
        const input = inputs(40);
        const answer = await loadSizeEffect(admin, input, { inlineRowLimit: SMALL_LIMIT, jobs: "start" });
        if (answer.kind !== "job") throw new Error(`expected a job, got ${answer.kind}`);
        expect((await waitForEnd(answer.job.id)).status).toBe("done");
        expect((await db.backtestJob.findUniqueOrThrow({ where: { id: answer.job.id } })).workerId).toBe(`app:${process.pid}`);
        const cached = await loadSizeEffect(admin, input, { inlineRowLimit: SMALL_LIMIT, jobs: "start" });
        expect(cached.kind === "ok" && cached.view).toEqual(await inline(input));
      } finally {
        delete process.env.JOB_WORKER_FILE;
      }
    });
  }

  if (mode === "queue") {
    test("PostgreSQL: a separate `npm run worker` process runs the queued job", { timeout: 120_000 }, async () => {
      const input = inputs(40);
      const answer = await loadSizeEffect(admin, input, { inlineRowLimit: SMALL_LIMIT, jobs: "start" });
      if (answer.kind !== "job") throw new Error(`expected a job, got ${answer.kind}`);
      expect(answer.job.status).toBe("queued");
      const worker = startWorker();
      try {
        expect((await waitForEnd(answer.job.id, 90_000)).status).toBe("done");
        expect((await db.backtestJob.findUniqueOrThrow({ where: { id: answer.job.id } })).workerId).toMatch(/^worker:/);
        const cached = await loadSizeEffect(admin, input, { inlineRowLimit: SMALL_LIMIT, jobs: "start" });
        expect(cached.kind === "ok" && cached.view).toEqual(await inline(input));
      } finally {
        stopWorker(worker);
      }
    });
  }
});

function startWorker(): ChildProcess {
  return spawn("npx", ["tsx", "scripts/worker.ts"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl() }, detached: true, stdio: "ignore" });
}

/** npx starts tsx, which starts node: the whole process group goes. */
function stopWorker(child: ChildProcess): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { runSizeBacktest } from "../../lib/backtest/size-backtest";
import { sweepBuckets } from "../../lib/backtest/buckets";
import { readPanelFile } from "../../lib/data/panel-file";
import type { Phase } from "./bench-types";

/** Issue 10 §5: a stored 1.8M-row panel loads from the database into the engine in under a second. */
const LOAD_TARGET_MS = 1000;

/** A fresh database of the kind, migrated by the app's own command; `drop` removes it (PostgreSQL). */
async function scratchDatabase(kind: "sqlite" | "postgresql", dir: string): Promise<{ url: string; drop: () => Promise<void> } | { skipped: string }> {
  if (kind === "sqlite") return { url: `file:${path.join(dir, "panel-dataset.db")}`, drop: async () => undefined };
  const adminUrl = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const { default: pg } = await import("pg");
  const name = `smallcap_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (e) {
    return { skipped: `no PostgreSQL at ${adminUrl.replace(/\/\/[^@]*@/, "//")} (${(e as Error).message}); set BENCH_PG_ADMIN_URL` };
  } finally {
    await admin.end().catch(() => undefined);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
  return { url: url.toString(), drop };
}

/**
 * Stores the generated 5,000 × 30-year panel as a dataset (untimed against the target), then times what a job
 * or `--dataset` does with it: read the blob from the database, decode it into the engine's panel, and run the
 * sweep once. The database modules are imported after DATABASE_URL is set (the Prisma client binds on load).
 */
export async function runPanelDatasetCase(dir: string, kind: "sqlite" | "postgresql"): Promise<Phase[]> {
  const scratch = await scratchDatabase(kind, dir);
  if ("skipped" in scratch) return [{ name: `skipped: ${scratch.skipped}`, ms: 0 }];
  try {
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: scratch.url }, stdio: "pipe" });
    process.env.DATABASE_URL = scratch.url;
    const { db } = await import("../../lib/db/prisma");
    const { readPanelBlobById } = await import("../../lib/db/panel-datasets");
    const { decodePanel } = await import("../../lib/data/panel-blob");
    const { importPanelDataset } = await import("../../lib/services/datasets/import-panel");
    const { closeBlobConnections } = await import("../../lib/db/blob-column");

    const firm = await db.firm.create({ data: { name: "Bench" } });
    const file = path.join(dir, "bench.csv");
    let started = performance.now();
    const stored = await importPanelDataset({ bytes: readFileSync(file), fileName: "bench.csv", label: "Bench panel", firmId: firm.id, importedById: null });
    const importMs = performance.now() - started;

    started = performance.now();
    const blob = await readPanelBlobById(stored.id);
    const readMs = performance.now() - started;
    if (!blob) throw new Error("bench: the stored panel did not come back");
    started = performance.now();
    const panel = decodePanel(blob);
    const decodeMs = performance.now() - started;
    started = performance.now();
    runSizeBacktest(panel, { buckets: sweepBuckets(), weightings: ["cap", "equal", "sqrt"] });
    const computeMs = performance.now() - started;
    await Promise.all([db.$disconnect(), closeBlobConnections()]);

    const size = `${stored.rowCount.toLocaleString("en")} rows, blob ${(blob.length / 1e6).toFixed(1)} MB`;
    // Sanity against the file itself: the stored panel has the rows the file has.
    const fromFile = await readPanelFile(readFileSync(file));
    const sameShape = fromFile.ok && fromFile.value.ids.length === panel.ids.length && fromFile.value.dates.length === panel.dates.length;
    return [
      { name: "import CSV → blob → store (not part of the target)", ms: importMs, note: size },
      { name: `read blob from ${kind}`, ms: readMs },
      { name: "decode blob → engine panel", ms: decodeMs, note: sameShape ? `${panel.ids.length} ids × ${panel.dates.length} dates, as the file` : "SHAPE DIFFERS FROM THE FILE" },
      { name: `load total (${kind} → engine-ready)`, ms: readMs + decodeMs, targetMs: LOAD_TARGET_MS },
      { name: "compute on the loaded panel (first run, 19 buckets × 3)", ms: computeMs },
    ];
  } finally {
    await scratch.drop();
  }
}

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { makeAdvisor } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { buildPanel, type Panel } from "@/lib/backtest";
import type { PanelRow } from "@/lib/backtest/types";
import { decodePanel } from "@/lib/data/panel-blob";
import { panelRowsToCsv } from "@/lib/data/panel-csv-writer";
import { panelRowsToParquet } from "@/lib/data/panel-parquet-writer";
import { generateDemoPanel } from "@/lib/data/synthetic";
import { findPanelDataset, insertPanelDataset, listPanelDatasets, readPanelBlob, readPanelBlobById } from "@/lib/db/panel-datasets";
import { importPanelDataset } from "@/lib/services/datasets/import-panel";
import { isAppError } from "@/lib/errors/app-error";
import { databaseUrl } from "@/lib/db/database-url";

/** A demo-market slice plus rows that exercise every optional column and every kind of missing value. */
let memo: PanelRow[] | null = null;
function panelRows(): PanelRow[] {
  return (memo ??= makePanelRows());
}

function makePanelRows(): PanelRow[] {
  const demo = generateDemoPanel().filter((r) => r.date >= "2015-01-01" && r.id < "S0400");
  return [
    ...demo,
    { id: "Z-PREF", date: "2020-05-29", marketCap: 1.5e9, return: null, isPreferred: true, profitable: false, analysts: 2, sector: "Banks", country: "KR", tradingValue: 12345.678 },
    { id: "Z-PREF", date: "2021-05-31", marketCap: 0, return: -1, status: "delisted", isPreferred: true, sector: "Banks" },
    { id: "Z-NEW", date: "2021-05-31", marketCap: 0.1 + 0.2, return: 1e-300, profitable: true, country: "US" },
  ];
}

/** Cell by cell, NaN equal to NaN: the stored panel against the one built from the original rows (no file in between). */
function expectSameCells(actual: Panel, expected: Panel) {
  expect(actual.ids).toEqual(expected.ids);
  expect(actual.dates).toEqual(expected.dates);
  for (const name of ["marketCap", "returns", "flags", "profitable", "analysts", "tradingValue"] as const) {
    const [a, e] = [actual[name], expected[name]];
    expect(a === null, name).toBe(e === null);
    if (!a || !e) continue;
    expect(a.length, name).toBe(e.length);
    let differing = 0;
    for (let i = 0; i < e.length; i++) if (!Object.is(a[i], e[i])) differing++;
    expect(differing, `${name}: cells that differ`).toBe(0);
  }
  for (const name of ["sector", "country"] as const) {
    expect(actual[name]?.labels, name).toEqual(expected[name]?.labels);
    expect(Array.from(actual[name]?.codes ?? []), name).toEqual(Array.from(expected[name]?.codes ?? []));
  }
}

describe("panels stored as datasets", () => {
  test("a CSV panel round-trips exactly: every cell, missing ones included", async () => {
    const admin = await makeAdvisor("ADMIN");
    const rows = panelRows();
    const stored = await importPanelDataset({ bytes: Buffer.from(panelRowsToCsv(rows)), fileName: "panel.csv", label: "Round trip", firmId: admin.firmId, importedById: admin.id });
    expect(stored.rowCount).toBe(rows.length);
    expect(stored.kind).toBe("panel");
    const blob = await readPanelBlob(admin.firmId, stored.id);
    expect(blob).not.toBeNull();
    expectSameCells(decodePanel(blob!), buildPanel(rows));
    // The import and its activity row were written together.
    expect(await db.activity.count({ where: { advisorId: admin.id, kind: "dataset_imported" } })).toBe(1);
    const listed = await listPanelDatasets(admin.firmId);
    expect(listed.map((d) => d.id)).toContain(stored.id);
    const dates = [...new Set(rows.map((r) => r.date))].sort();
    expect(listed.find((d) => d.id === stored.id)?.summary).toEqual({
      securities: new Set(rows.map((r) => r.id)).size,
      periods: dates.length,
      firstDate: dates[0],
      lastDate: dates.at(-1),
    });
  });

  test("a Parquet panel stores the same cells as the CSV of the same rows", async () => {
    const admin = await makeAdvisor("ADMIN");
    const rows = panelRows();
    const stored = await importPanelDataset({ bytes: panelRowsToParquet(rows), fileName: "panel.parquet", label: "Parquet", firmId: admin.firmId, importedById: null });
    expectSameCells(decodePanel((await readPanelBlobById(stored.id))!), buildPanel(rows));
  });

  test("a bad file stores nothing and says where", async () => {
    const admin = await makeAdvisor("ADMIN");
    const before = await db.dataset.count();
    const bad = "id,date,market_cap,return\nA,2020-05-29,100,0.1\nA,2020-05-29,90,0.2\n";
    const error = await importPanelDataset({ bytes: Buffer.from(bad), fileName: "dup.csv", label: "Bad", firmId: admin.firmId, importedById: admin.id }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("INVALID_INPUT");
    expect(isAppError(error) && error.importErrors?.errors[0]).toMatchObject({ line: 3, code: "duplicate_row" });
    expect(await db.dataset.count()).toBe(before);
  });

  test("a blob of several megabytes comes back byte for byte (PostgreSQL reads it in parallel slices)", async () => {
    const admin = await makeAdvisor("ADMIN");
    // 9 MB and 3 bytes: above the slicing threshold and not a multiple of the four slices.
    const blob = new Uint8Array(9 * 1024 * 1024 + 3);
    let x = 12345;
    for (let i = 0; i < blob.length; i++) blob[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const summary = { securities: 0, periods: 0, firstDate: null, lastDate: null };
    const stored = await insertPanelDataset({ firmId: admin.firmId, importedById: null, name: "Bytes", source: "test", vintage: "test", fileName: null, blob, rowCount: 0, summary });
    const back = await readPanelBlobById(stored.id);
    expect(back?.length).toBe(blob.length);
    expect(Buffer.compare(Buffer.from(back!), Buffer.from(blob))).toBe(0);
  });

  test("another firm's panel reads as absent", async () => {
    const [owner, outsider] = [await makeAdvisor("ADMIN"), await makeAdvisor("ADMIN")];
    const stored = await importPanelDataset({ bytes: Buffer.from(panelRowsToCsv(panelRows().slice(0, 50))), fileName: "p.csv", label: "Mine", firmId: owner.firmId, importedById: owner.id });
    expect(await readPanelBlob(outsider.firmId, stored.id)).toBeNull();
    expect(await findPanelDataset(outsider.firmId, stored.id)).toBeNull();
    expect((await listPanelDatasets(outsider.firmId)).map((d) => d.id)).not.toContain(stored.id);
  });

  test("`npm run backtest -- --dataset ID` prints what `--panel FILE` prints for the same rows", () => {
    return (async () => {
      const admin = await makeAdvisor("ADMIN");
      const csv = panelRowsToCsv(panelRows());
      const stored = await importPanelDataset({ bytes: Buffer.from(csv), fileName: "cli.csv", label: "CLI", firmId: admin.firmId, importedById: null });
      const dir = mkdtempSync(path.join(tmpdir(), "smallcap-cli-"));
      try {
        const file = path.join(dir, "cli.csv");
        writeFileSync(file, csv);
        const root = path.resolve(import.meta.dirname, "../..");
        const run = (...args: string[]) =>
          execFileSync("npx", ["tsx", "scripts/backtest.ts", ...args, "--buckets", "deciles", "--format", "table"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl() }, encoding: "utf8" });
        const fromFile = run("--panel", file);
        expect(fromFile).toContain("2015-05-31");
        expect(run("--dataset", stored.id)).toBe(fromFile);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    })();
  }, 60_000);
});

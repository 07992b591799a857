import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { panelRowsToCsv } from "@/lib/data/panel-csv-writer";
import { panelRowsToParquet } from "@/lib/data/panel-parquet-writer";
import { generateDemoPanel } from "@/lib/data/synthetic";
import type { BacktestJson } from "@/scripts/lib/backtest-output";
import { shuffled } from "../backtest/rows";

/**
 * `npm run backtest` as the user runs it (scripts/run-bundled.mjs, the package.json script) on the demo
 * panel sorted, shuffled, newest year first, and as Parquet: every copy prints exactly the same.
 */
const tmp = mkdtempSync(path.join(tmpdir(), "backtest-order-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function backtest(file: string, ...flags: string[]) {
  const result = spawnSync(process.execPath, ["scripts/run-bundled.mjs", "backtest", "--panel", file, ...flags], {
    encoding: "utf8",
    cwd: process.cwd(),
    env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const rows = generateDemoPanel();
const csv = panelRowsToCsv(rows);
const [header, ...lines] = csv.trimEnd().split("\n");
const write = (name: string, content: string | Uint8Array) => {
  writeFileSync(path.join(tmp, name), content);
  return path.join(tmp, name);
};
const sorted = write("sorted.csv", csv);
const copies = {
  "shuffled lines": write("shuffled.csv", [header, ...shuffled(lines, 20240531)].join("\n") + "\n"),
  // Files concatenated year by year, newest first (each year's block in its own order).
  "years newest first, CRLF": write("newest-first.csv", [header, ...[...lines].sort((a, b) => b.split(",")[1]!.localeCompare(a.split(",")[1]!))].join("\r\n") + "\r\n"),
  "Parquet of shuffled rows": write("shuffled.parquet", panelRowsToParquet(shuffled(rows, 7))),
};
const withoutTimings = (stdout: string) => ({ ...(JSON.parse(stdout) as BacktestJson), timings: null });

describe("npm run backtest: the row order of the panel file does not matter", { timeout: 120_000 }, () => {
  const table = backtest(sorted, "--format", "table");
  const json = backtest(sorted);

  it("runs on the sorted panel", () => {
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("after correction (total_loss)");
    expect(json.code).toBe(0);
  });

  it.each(Object.entries(copies))("prints exactly the sorted panel's table and JSON for %s", (_, file) => {
    const copy = backtest(file, "--format", "table");
    expect(copy.stderr).toBe("");
    expect(copy.stdout).toBe(table.stdout);
    expect(withoutTimings(backtest(file).stdout)).toEqual(withoutTimings(json.stdout));
  });

  it("names both lines of a duplicated row", () => {
    const duplicated = write("duplicated.csv", [header, ...lines.slice(0, 10), lines[3], ...lines.slice(10)].join("\n") + "\n");
    const run = backtest(duplicated);
    expect(run.code).toBe(1);
    const [id, date] = lines[3]!.split(",");
    // lines[3] is file line 5; its copy was inserted after lines[0..9], at file line 12.
    expect(run.stderr).toContain(`duplicated.csv: Line 12, column "date": duplicated row: id ${id} already has a row for ${date} on line 5`);
  });
});

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { afterAll, describe, expect, test } from "vitest";
import { parsePanelCsv } from "../../../lib/data/panel-csv";
import { runBacktestCli } from "../../../scripts/lib/backtest-run";
import { nodePanelIo } from "../../../scripts/lib/panel-io";
import { PANEL_EXIT, PANEL_METADATA_KEY, runPanelCli } from "../../../scripts/lib/panel-run";
import { describeWithSharedData, SHARED_DATA_DIR } from "../../helpers/shared-data";
import { dailyCsv, gzip, weekdays, type DailyFixtureRow } from "../data/krx-daily-fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "panel-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI on the real file system, collecting what it prints. */
async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runPanelCli(argv, { ...nodePanelIo, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

describe("npm run panel: flags", () => {
  test.each([
    [[], "a command is required: from-krx-daily"],
    [["to-krx", "a.csv"], 'unknown command "to-krx"'],
    [["from-krx-daily", "--period", "month", "--out", "p.csv"], "name at least one daily file"],
    [["from-krx-daily", "a.csv", "--out", "p.csv"], "--period: must be month or year-end-may"],
    [["from-krx-daily", "a.csv", "--period", "week", "--out", "p.csv"], "--period: must be month or year-end-may"],
    [["from-krx-daily", "a.csv", "--period", "month", "--out", "p.json"], "--out: must end in .csv or .parquet"],
  ])("%j → usage error", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(PANEL_EXIT.USAGE);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("Usage: npm run panel -- from-krx-daily");
  });
});

describe("npm run panel from-krx-daily on hand-made yearly files", () => {
  // Two years of weekdays in two files (one gzip), one code stopping in November 2024.
  const days = weekdays("2023-06-01", "2025-05-30");
  const rows: DailyFixtureRow[] = ["000100", "000200", "000300"].flatMap((code, k) =>
    days.filter((d) => code !== "000300" || d <= "2024-11-15").map((date, i) => ({ code, date, ratio: 0.05 * (k + 1) * (i % 3 === 0 ? -1 : 1), marcap: 1000 / (k + 1) + i })),
  );
  const y2023 = path.join(dir, "marcap-2023.csv.gz");
  const y2024 = path.join(dir, "marcap-2024.csv");
  writeFileSync(y2023, gzip(dailyCsv(rows.filter((r) => r.date < "2024"))));
  writeFileSync(y2024, dailyCsv(rows.filter((r) => r.date >= "2024")));

  test("writes a year-end-May CSV panel that `npm run backtest -- --panel` runs, and logs each file and the rules", async () => {
    const out = path.join(dir, "annual.csv");
    const result = await run(["from-krx-daily", y2024, y2023, "--period", "year-end-may", "--out", out]);
    expect(result.code).toBe(PANEL_EXIT.OK);
    expect(result.stderr).toContain("read 1/2 marcap-2024.csv: ");
    expect(result.stderr).toContain("read 2/2 marcap-2023.csv.gz: ");
    expect(result.stderr).toContain("2 periods (2024-05 … 2025-05");
    expect(result.stderr).toContain("data stopped:");
    expect(result.stderr).toContain("returns are price returns compounded from the daily ChagesRatio: dividends are not included");
    expect(result.stderr).not.toContain("is partial");
    const meta = JSON.parse(readFileSync(`${out}.meta.json`, "utf8"));
    expect(meta).toMatchObject({ source: "krx-daily-marcap", period: "year-end-may", returnKind: "price", dividendsIncluded: false, partialPeriods: [] });

    let json = "";
    // Awaited: the back-test CLI reads Parquet panels asynchronously.
    const code = await runBacktestCli(["--panel", out, "--buckets", "0-0.5,0.5-1", "--weighting", "equal"], {
      readFile: (p) => readFileSync(p),
      writeFile: () => undefined,
      stdout: (t) => (json += t),
      stderr: (t) => {
        throw new Error(t);
      },
      now: () => 0,
    });
    expect(code).toBe(0);
    expect(JSON.parse(json).rebalanceDates).toEqual(["2024-05-31", "2025-05-30"]);
  });

  test("writes a Parquet panel with the CSV panel's rows and the metadata inside", async () => {
    const csvOut = path.join(dir, "monthly.csv");
    const parquetOut = path.join(dir, "monthly.parquet");
    expect((await run(["from-krx-daily", y2023, y2024, "--period", "month", "--out", csvOut])).code).toBe(0);
    expect((await run(["from-krx-daily", y2023, y2024, "--period", "month", "--out", parquetOut])).code).toBe(0);
    const csv = readFileSync(csvOut, "utf8");
    expect(parsePanelCsv(csv).ok).toBe(true);
    const bytes = readFileSync(parquetOut);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const back = await parquetReadObjects({ file });
    // The same table: the Parquet rows written back out as CSV cells are the CSV's lines.
    const cell = (v: unknown) => (v === null ? "" : typeof v === "boolean" ? (v ? "1" : "0") : String(v));
    const lines = back.map((r) => [r.id, r.date, r.market_cap, r.return, r.is_preferred, r.trading_value].map(cell).join(","));
    expect(["id,date,market_cap,return,is_preferred,trading_value", ...lines].join("\n") + "\n").toBe(csv);
    expect(back).toHaveLength(3 * 24 - 7); // 24 month ends; the stopped code misses November 2024 … May 2025
    const meta = parquetMetadata(file).key_value_metadata?.find((kv) => kv.key === PANEL_METADATA_KEY);
    expect(JSON.parse(meta?.value ?? "{}")).toMatchObject({ period: "month", returnKind: "price", dividendsIncluded: false });
  });

  test("a broken file is named with its line and column, in Korean with --lang ko, and nothing is written", async () => {
    const bad = path.join(dir, "bad.csv");
    writeFileSync(bad, dailyCsv([{ code: "5930", date: "2025-01-02", ratio: 1, marcap: 1 }]));
    const out = path.join(dir, "never.csv");
    const result = await run(["from-krx-daily", bad, "--period", "month", "--out", out, "--lang", "ko"]);
    expect(result.code).toBe(PANEL_EXIT.FAILED);
    expect(result.stderr).toContain(`${bad}: 2행, "Code" 열:`);
    expect(result.stderr).toContain("6자리 종목 코드가 아닙니다");
    expect(existsSync(out)).toBe(false);
    const missing = await run(["from-krx-daily", path.join(dir, "nope.csv"), "--period", "month", "--out", out]);
    expect([missing.code, missing.stderr.includes("nope.csv: cannot read")]).toEqual([PANEL_EXIT.FAILED, true]);
  });
});

describeWithSharedData("npm run panel on the KRX sample", () => {
  test("converts the sample to a monthly CSV that parses back unchanged, naming February partial", async () => {
    const out = path.join(dir, "sample.csv");
    const sample = path.join(SHARED_DATA_DIR, "korea/marcap-2025_partial_20250102-20250211.csv.gz");
    const result = await run(["from-krx-daily", sample, "--period", "month", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("read 1/1 marcap-2025_partial_20250102-20250211.csv.gz: 71,708 rows");
    expect(result.stderr).toContain("2025-02 is partial: the files end on 2025-02-11");
    expect(result.stderr).toContain("preferred shares: 116 of 2,877 codes");
    const text = readFileSync(out, "utf8");
    expect(parsePanelCsv(text).ok).toBe(true);
    expect(text.trim().split("\n")).toHaveLength(1 + 5_743);
    const meta = JSON.parse(readFileSync(`${out}.meta.json`, "utf8"));
    expect(meta.partialPeriods).toEqual([{ label: "2025-02", end: "2025-02-11", startsLate: false, endsEarly: true }]);
  }, 60_000);
});

import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { buildPanel } from "@/lib/backtest/panel";
import { runSizeBacktest } from "@/lib/backtest/size-backtest";
import { sweepBuckets } from "@/lib/backtest/buckets";
import type { PanelRow } from "@/lib/backtest/types";
import { readPanelCsv } from "@/lib/data/panel-csv";
import { panelRowsToCsv } from "@/lib/data/panel-csv-writer";
import { readPanelFile } from "@/lib/data/panel-file";
import { readPanelParquet } from "@/lib/data/panel-parquet";
import { panelRowsToParquet } from "@/lib/data/panel-parquet-writer";
import { generateDemoPanel } from "@/lib/data/synthetic";
import { panelDifference } from "./panel-difference";

const rows: PanelRow[] = [
  { id: "005935", date: "2020-05-29", marketCap: 40, return: 0.05, isPreferred: true, sector: "IT", tradingValue: 3.5 },
  { id: "005930", date: "2020-05-29", marketCap: 300.25, return: null, status: "active", profitable: true, analysts: 12, country: "KR" },
  { id: "000660", date: "2019-05-31", marketCap: 0, return: -1, status: "delisted", profitable: false, analysts: 0, sector: "Chips" },
];

describe("readPanelParquet", () => {
  it("reads a panel written by panelRowsToParquet into the panel its CSV reads into", async () => {
    const fromParquet = await readPanelParquet(panelRowsToParquet(rows));
    const fromCsv = readPanelCsv(Buffer.from(panelRowsToCsv(rows)));
    expect(fromParquet.ok && fromCsv.ok && panelDifference(fromParquet.value, fromCsv.value)).toBeNull();
    expect(fromParquet.ok && panelDifference(fromParquet.value, buildPanel(rows))).toBeNull();
  });

  it("back-tests the demo market from Parquet exactly as from CSV", async () => {
    const demo = generateDemoPanel();
    const fromParquet = await readPanelParquet(panelRowsToParquet(demo));
    const fromCsv = readPanelCsv(Buffer.from(panelRowsToCsv(demo)));
    if (!fromParquet.ok || !fromCsv.ok) throw new Error("the demo panel did not read");
    const options = { buckets: sweepBuckets(), weightings: ["cap", "equal"] as ("cap" | "equal")[] };
    expect(runSizeBacktest(fromParquet.value, options)).toEqual(runSizeBacktest(fromCsv.value, options));
  });

  it("takes the natural Parquet types too: a DATE column, 0/1 integer flags, INT64 and FLOAT numbers", async () => {
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: "id", data: ["B", "A"] },
        { name: "date", data: [new Date("2020-05-29T00:00:00Z"), new Date("2020-05-29T00:00:00Z")] },
        { name: "market_cap", data: [5n, 9n] },
        { name: "return", data: [0.5, null] },
        { name: "is_preferred", data: [1, 0] },
      ],
      schema: [
        { name: "root", num_children: 5 },
        { name: "id", type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "REQUIRED" },
        { name: "date", type: "INT32", converted_type: "DATE", repetition_type: "REQUIRED" },
        { name: "market_cap", type: "INT64", repetition_type: "REQUIRED" },
        { name: "return", type: "FLOAT", repetition_type: "OPTIONAL" },
        { name: "is_preferred", type: "INT32", repetition_type: "REQUIRED" },
      ],
    });
    const read = await readPanelParquet(new Uint8Array(bytes));
    const expected = buildPanel([
      { id: "B", date: "2020-05-29", marketCap: 5, return: 0.5, isPreferred: true },
      { id: "A", date: "2020-05-29", marketCap: 9, return: null, isPreferred: false },
    ]);
    expect(read.ok && panelDifference(read.value, expected)).toBeNull();
  });

  it("reports a bad value with the CSV codes, on the line the row would have in the CSV form", async () => {
    const bad = [...rows, { id: "X", date: "2020-05-29", marketCap: -5, return: 0.1 }];
    expect(await readPanelParquet(panelRowsToParquet(bad))).toEqual({
      ok: false,
      errors: [{ line: 5, column: "market_cap", code: "negative_value", params: { value: "-5" } }],
      total: 1,
    });
  });

  it("names both rows of a duplicated (id, date)", async () => {
    const result = await readPanelParquet(panelRowsToParquet([...rows, { ...rows[0]!, marketCap: 1 }]));
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 5, column: "date", code: "duplicate_row", params: { id: "005935", date: "2020-05-29", firstLine: 2 } }],
      total: 1,
    });
  });

  it("reports a missing column on line 1 and a broken file as a whole", async () => {
    const noReturn = parquetWriteBuffer({ columnData: [{ name: "id", data: ["A"] }, { name: "date", data: ["2020-05-29"] }, { name: "market_cap", data: [1] }] });
    expect(await readPanelParquet(new Uint8Array(noReturn))).toEqual({ ok: false, errors: [{ line: 1, column: "return", code: "missing_column", params: {} }], total: 1 });
    const good = panelRowsToParquet(rows);
    const broken = Uint8Array.from([...good.subarray(0, 8), ...new Uint8Array(64), ...good.subarray(good.length - 8)]);
    const result = await readPanelParquet(broken);
    expect(result.ok ? null : result.errors.map((e) => [e.line, e.column, e.code])).toEqual([[null, null, "corrupt_parquet"]]);
  });
});

describe("readPanelFile", () => {
  it("tells Parquet from CSV by the content, not the name", async () => {
    const fromParquet = await readPanelFile(panelRowsToParquet(rows));
    const fromCsv = await readPanelFile(Buffer.from(panelRowsToCsv(rows)));
    expect(fromParquet.ok && fromCsv.ok && panelDifference(fromParquet.value, fromCsv.value)).toBeNull();
  });
});

import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { describe, expect, test } from "vitest";
import { buildPanel } from "../../../lib/backtest/panel";
import { runSizeBacktest } from "../../../lib/backtest/size-backtest";
import { convertKrxDaily, isKrxPreferredCode, krxDailyInputFromBytes, type KrxConversion } from "../../../lib/data/krx-daily";
import { splitCsvLine } from "../../../lib/data/krx-daily-csv";
import { dayOfIsoDate } from "../../../lib/data/krx-daily-layout";
import { latestTradingDay, periodCoverage } from "../../../lib/data/krx-daily-periods";
import { panelRowsToParquet } from "../../../lib/data/panel-parquet-writer";
import { dailyCsv, dailyParquet, gzip, weekdays, type DailyFixtureRow } from "./krx-daily-fixtures";

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const convert = (files: Record<string, Uint8Array>, period: "month" | "year-end-may" = "month") =>
  convertKrxDaily(
    Object.entries(files).map(([name, bytes]) => krxDailyInputFromBytes(name, bytes)),
    { period },
  );
function ok(result: KrxConversion) {
  if (!result.ok) throw new Error(`conversion failed: ${JSON.stringify(result.errors)}`);
  return result.value;
}
/** Parsed string cells of a fixture CSV, keyed by column: what the Parquet fixture is written from. */
function records(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.trim().split("\n").map((l) => splitCsvLine(l) as string[]);
  return lines.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]!])));
}

describe("isKrxPreferredCode: the Korea Exchange short-code convention", () => {
  test.each([
    ["005930", false], // Samsung Electronics
    ["005935", true], // Samsung Electronics preferred
    ["005380", false], // Hyundai Motor
    ["005385", true],
    ["005387", true], // Hyundai Motor 2nd preferred B
    ["005389", true], // 3rd preferred B
    ["00088K", true], // Hanwha 3rd preferred B (letter class)
    ["33626L", true], // Doosan Fuel Cell 2nd preferred B
    ["0001A0", false], // an alphanumeric common code
    ["005931", null], // not a class the convention names
  ])("%s → %s", (code, expected) => {
    expect(isKrxPreferredCode(code)).toBe(expected);
  });
});

describe("period coverage (KRX calendar rules)", () => {
  const day = (s: string) => dayOfIsoDate(s)!;
  test("December ends on the weekday before the year-end closing day", () => {
    expect(latestTradingDay({ year: 2023, month: 11 })).toBe(day("2023-12-28")); // 31st a Sunday: closed Fri 29th
    expect(latestTradingDay({ year: 2024, month: 11 })).toBe(day("2024-12-30")); // closed Tue 31st
    expect(latestTradingDay({ year: 2025, month: 0 })).toBe(day("2025-01-31"));
  });
  test("a file from 2 January to 11 February: January whole, February partial; year-end-May both ends partial", () => {
    expect(periodCoverage(day("2025-01-02"), day("2025-02-11"), "month")).toEqual({ startsLate: false, endsEarly: true });
    expect(periodCoverage(day("2025-01-02"), day("2025-02-28"), "month")).toEqual({ startsLate: false, endsEarly: false });
    expect(periodCoverage(day("2025-01-03"), day("2025-02-28"), "month")).toEqual({ startsLate: true, endsEarly: false });
    expect(periodCoverage(day("2025-01-02"), day("2025-02-11"), "year-end-may")).toEqual({ startsLate: true, endsEarly: true });
    expect(periodCoverage(day("2023-06-01"), day("2025-05-30"), "year-end-may")).toEqual({ startsLate: false, endsEarly: false });
  });
});

describe("convertKrxDaily on hand-made files", () => {
  // 000010: four January days and one in February; 000020 stops on 15 January; 000030 starts on 31 January.
  const rows: DailyFixtureRow[] = [
    { code: "000010", date: "2025-01-02", ratio: 1, marcap: 100, amount: 5 },
    { code: "000010", date: "2025-01-15", ratio: -2, marcap: 98, amount: 7 },
    { code: "000010", date: "2025-01-24", ratio: 0, marcap: 98, amount: null },
    { code: "000010", date: "2025-01-31", ratio: 3, marcap: 101, amount: null },
    { code: "000010", date: "2025-02-03", ratio: 0.5, marcap: 102, amount: 1 },
    { code: "000015", name: "Stock 000010 preferred", date: "2025-01-02", ratio: 10, marcap: 10 },
    { code: "000015", date: "2025-01-15", ratio: -10, marcap: 9 },
    { code: "000015", date: "2025-01-31", ratio: 0, marcap: 9 },
    { code: "000015", date: "2025-02-03", ratio: 0, marcap: 9 },
    { code: "000020", date: "2025-01-02", ratio: 5, marcap: 50 },
    { code: "000020", date: "2025-01-15", ratio: 5, marcap: 55 },
    { code: "000030", date: "2025-01-31", ratio: 30, marcap: 13 },
    { code: "000030", date: "2025-02-03", ratio: -1, marcap: 12.87 },
  ];
  const csv = dailyCsv(rows);

  test("the first day's change counts: the January return compounds every January row", async () => {
    const panel = ok(await convert({ "a.csv": utf8(csv) }));
    const a = panel.rows.find((r) => r.id === "000010" && r.date === "2025-01-31")!;
    expect(a.return).toBeCloseTo(1.01 * 0.98 * 1 * 1.03 - 1, 14);
    expect(a.marketCap).toBe(101);
    expect(a.tradingValue).toBe(12); // 5 + 7; the empty Amount adds nothing
    expect(a.isPreferred).toBe(false);
    expect(panel.rows.find((r) => r.id === "000015" && r.date === "2025-01-31")).toMatchObject({ isPreferred: true, return: expect.closeTo(1.1 * 0.9 - 1, 14) });
  });

  test("a code whose rows stop before the period end has no row for it or after (data stopped)", async () => {
    const panel = ok(await convert({ "a.csv": utf8(csv) }));
    expect(panel.rows.filter((r) => r.id === "000020")).toEqual([]);
    expect(panel.periods.map((p) => [p.label, p.end, p.securities, p.stopped, p.startsLate, p.endsEarly])).toEqual([
      ["2025-01", "2025-01-31", 3, 1, false, false],
      ["2025-02", "2025-02-03", 3, 0, false, true],
    ]);
    // A code listed inside the period compounds from its first row.
    expect(panel.rows.find((r) => r.id === "000030" && r.date === "2025-01-31")!.return).toBeCloseTo(0.3, 14);
    expect(panel.returnKind).toBe("price");
  });

  test("CSV, gzip and Parquet input, and the rows in any order or split over files, give identical panels", async () => {
    const expected = ok(await convert({ "a.csv": utf8(csv) }));
    const gz = ok(await convert({ "a.csv.gz": gzip(csv) }));
    const pq = ok(await convert({ "a.parquet": dailyParquet(records(csv)) }));
    const [header, ...lines] = csv.trim().split("\n");
    const shuffled = [header, ...lines.reverse()].join("\n");
    const split = ok(await convert({ "feb.csv": utf8(dailyCsv(rows.filter((r) => r.date >= "2025-02"))), "jan.csv.gz": gzip(dailyCsv(rows.filter((r) => r.date < "2025-02"))) }));
    for (const other of [gz, pq, ok(await convert({ "r.csv": utf8(shuffled) })), split]) {
      expect(other.rows).toEqual(expected.rows);
      expect(other.periods).toEqual(expected.periods);
    }
    expect(expected.rows).toHaveLength(6);
  });

  test("errors name the file's line and column; nothing is converted from a broken file", async () => {
    const bad = csv.replace('"000030","Stock 000030",1000.0', '"30","Stock 000030",1000.0').replace('0.0,-2,10.0', "0.0,-100,10.0");
    const result = await convert({ "bad.csv": utf8(bad) });
    expect(result).toMatchObject({ ok: false, file: "bad.csv" });
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 3, column: "ChagesRatio", code: "return_below_minus_100", params: { value: "-100" } },
      { line: 13, column: "Code", code: "not_a_krx_code", params: { value: "30" } },
    ]);
  });

  test("a repeated (code, date) row, in one file or across two, is an error", async () => {
    const twice = `${csv}${csv.split("\n")[2]}\n`;
    const one = await convert({ "twice.csv": utf8(twice) });
    expect(one.ok ? [] : one.errors).toEqual([{ line: 15, column: "Date", code: "duplicate_daily_row", params: { id: "000010", date: "2025-01-15" } }]);
    const two = await convert({ "a.csv": utf8(csv), "b.csv.gz": gzip(csv) });
    expect(two.ok ? null : [two.file, two.total]).toEqual(["b.csv.gz", 13]);
  });

  test("layout, gzip and Parquet problems are reported with their codes", async () => {
    const noMarcap = csv.replace('"Marcap"', '"MarketCap"');
    const truncated = gzip(csv).slice(0, 60);
    const fakeParquet = utf8("PAR1 but not really a parquet file");
    const results = await Promise.all([convert({ "h.csv": utf8(noMarcap) }), convert({ "t.csv.gz": truncated }), convert({ "f.parquet": fakeParquet }), convert({ "e.csv": new Uint8Array(0) })]);
    expect(results.map((r) => (r.ok ? null : r.errors.map((e) => [e.line, e.column, e.code])))).toEqual([
      [[1, "Marcap", "missing_column"]],
      [[null, null, "corrupt_gzip"]],
      [[null, null, "corrupt_parquet"]],
      [[null, null, "empty_file"]],
    ]);
  });

  test("a gap of more than two weeks between trading days (a missing year) is refused", async () => {
    const later = dailyCsv([{ code: "000010", date: "2025-02-18", ratio: 1, marcap: 1 }]);
    const result = await convert({ "a.csv": utf8(csv), "b.csv": utf8(later) });
    expect(result.ok ? null : result.errors).toEqual([{ line: null, column: null, code: "krx_dates_gap", params: { from: "2025-02-03", to: "2025-02-18" } }]);
  });
});

describe("a year-end-May panel from daily files runs through the size back-test", () => {
  // Two years of weekdays: big A rises 0.1% a day, small B falls 0.05% a day, C stops on 2024-11-15.
  const days = weekdays("2023-06-01", "2025-05-30");
  const spec = [
    { code: "000100", ratio: 0.1, cap: 1000 },
    { code: "000200", ratio: -0.05, cap: 100 },
    { code: "000300", ratio: 0.2, cap: 10, stop: "2024-11-15" },
  ];
  const rows: DailyFixtureRow[] = spec.flatMap((s) =>
    days.filter((d) => !s.stop || d <= s.stop).map((date, i) => ({ code: s.code, date, ratio: s.ratio, marcap: s.cap * (1 + s.ratio / 100) ** (i + 1) })),
  );

  test("periods end at the last May weekday; returns compound June…May; the stopped code takes the survivorship rule", async () => {
    const panel = ok(await convert({ "2023.csv.gz": gzip(dailyCsv(rows.filter((r) => r.date < "2024"))), "2024.csv": utf8(dailyCsv(rows.filter((r) => r.date >= "2024"))) }, "year-end-may"));
    expect(panel.periods.map((p) => [p.label, p.end, p.startsLate, p.endsEarly])).toEqual([
      ["2024-05", "2024-05-31", false, false],
      ["2025-05", "2025-05-30", false, false],
    ]);
    const window = days.filter((d) => d > "2024-05-31").length;
    const first = days.filter((d) => d <= "2024-05-31").length;
    const aReturn = 1.001 ** window - 1;
    expect(panel.rows.find((r) => r.id === "000100" && r.date === "2025-05-30")!.return).toBeCloseTo(aReturn, 12);
    expect(panel.rows.find((r) => r.id === "000100" && r.date === "2024-05-31")!.return).toBeCloseTo(1.001 ** first - 1, 12);
    expect(panel.rows.filter((r) => r.id === "000300").map((r) => r.date)).toEqual(["2024-05-31"]);

    const built = buildPanel(panel.rows);
    const market = (survivorship: "total_loss" | "last_available") =>
      runSizeBacktest(built, { buckets: [{ kind: "percentile", from: 0, to: 1 }], weightings: ["cap", "equal"], survivorship }).market;
    // Independently: weights from the 2024-05-31 caps; B's return from its daily ratio; C lost (−1) or compounded (0: no valid return after May).
    const caps = spec.map((s) => s.cap * (1 + s.ratio / 100) ** first);
    const total = caps.reduce((a, b) => a + b, 0);
    const returns = [aReturn, 0.9995 ** window - 1, -1];
    const capWeighted = caps.reduce((sum, c, i) => sum + (c / total) * returns[i]!, 0);
    const [cap, equal] = market("total_loss");
    expect(cap!.returns[0]).toBeCloseTo(capWeighted, 12);
    expect(equal!.returns[0]).toBeCloseTo((returns[0]! + returns[1]! - 1) / 3, 12);
    expect(market("last_available")[1]!.returns[0]).toBeCloseTo((returns[0]! + returns[1]! + 0) / 3, 12);
  });
});

describe("panelRowsToParquet", () => {
  test("writes the CSV panel's columns with their types, nulls and metadata, read back by hyparquet", async () => {
    const rows = [
      { id: "005930", date: "2025-01-31", marketCap: 3.1e14, return: -0.0147, isPreferred: false, tradingValue: 1.8e13 },
      { id: "005935", date: "2025-01-31", marketCap: 3.5e13, return: null, isPreferred: true, tradingValue: null },
    ];
    const bytes = panelRowsToParquet(rows, { metadata: { note: "price returns" } });
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const back = await parquetReadObjects({ file });
    expect(back).toEqual([
      { id: "005930", date: "2025-01-31", market_cap: 3.1e14, return: -0.0147, is_preferred: false, trading_value: 1.8e13 },
      { id: "005935", date: "2025-01-31", market_cap: 3.5e13, return: null, is_preferred: true, trading_value: null },
    ]);
    const metadata = parquetMetadata(file);
    expect(metadata.key_value_metadata).toContainEqual({ key: "note", value: "price returns" });
    expect(metadata.schema.map((e) => [e.name, e.type])).toEqual([
      ["root", undefined],
      ["id", "BYTE_ARRAY"],
      ["date", "BYTE_ARRAY"],
      ["market_cap", "DOUBLE"],
      ["return", "DOUBLE"],
      ["is_preferred", "BOOLEAN"],
      ["trading_value", "DOUBLE"],
    ]);
  });
});

import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, test } from "vitest";
import { parseFrenchFactors, type FactorTable, type FrenchFactors } from "@/lib/data/french-factors";
import { factorRegion } from "@/lib/data/french-factors-region";
import { describeWithSharedData, hasSharedData, readShared, SHARED_DATA_DIR } from "@/tests/helpers/shared-data";

function parseOk(text: string, fileName: string): FrenchFactors {
  const result = parseFrenchFactors(text, fileName);
  if (!result.ok) throw new Error(`${fileName}: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.value;
}

/**
 * The cells of the row whose first cell is exactly `period`, read from the raw text by a plain line search
 * (not the importer's section walk), as decimals: "  4.46 " → 0.0446, "-99.99" → NaN.
 */
function rawRow(text: string, period: string): number[] {
  const line = text.split("\n").find((l) => l.split(",")[0]?.trim() === period);
  if (!line) throw new Error(`no row ${period}`);
  return line
    .split(",")
    .slice(1)
    // "+ 0" turns "-0.00" into 0, as the importer stores it.
    .map((c) => (Number(c) === -99.99 || Number(c) === -999 ? NaN : Math.round(Number(c) * 100) / 10000 + 0));
}

function tableRow(table: FactorTable | null, period: string): number[] {
  const i = table?.periods.indexOf(period) ?? -1;
  if (!table || i < 0) throw new Error(`no period ${period}`);
  return Object.values(table.columns).map((c) => c[i] ?? -1);
}

type Shape = [rows: number, first: string, last: string] | null;

// Regions, vintages and section sizes as listed in ../shared/data/SOURCES.md (written from it, not from the importer).
const FILES: [file: string, region: string, vintage: string | null, columns: string, monthly: Shape, annual: Shape, daily: Shape][] = [
  ["Asia_Pacific_ex_Japan_3_Factors_202509.csv", "APAC_EX_JAPAN", "202509 Bloomberg", "Mkt-RF,SMB,HML,RF", [423, "1990-07", "2025-09"], [34, "1991", "2024"], null],
  ["Developed_3_Factors_202512.csv", "DEVELOPED", "202512 Bloomberg", "Mkt-RF,SMB,HML,RF", [426, "1990-07", "2025-12"], [35, "1991", "2025"], null],
  ["Developed_ex_US_5_Factors_Daily_202603.csv", "DEVELOPED_EX_US", "202603 Bloomberg", "Mkt-RF,SMB,HML,RMW,CMA,RF", null, null, [9327, "1990-07-02", "2026-03-31"]],
  ["Emerging_5_Factors_202603.csv", "EM", "202603 Bloomberg", "Mkt-RF,SMB,HML,RMW,CMA,RF", [441, "1989-07", "2026-03"], [36, "1990", "2025"], null],
  ["Europe_3_Factors_202510.csv", "EUROPE", "202510 Bloomberg", "Mkt-RF,SMB,HML,RF", [424, "1990-07", "2025-10"], [34, "1991", "2024"], null],
  ["Europe_3_Factors_Daily_202603.csv", "EUROPE", "202603 Bloomberg", "Mkt-RF,SMB,HML,RF", null, null, [9327, "1990-07-02", "2026-03-31"]],
  ["F-F_Research_Data_Factors_monthly_through_202511.csv", "US", null, "Mkt-RF,SMB,HML,RF", [1193, "1926-07", "2025-11"], null, null],
  ["Japan_5_Factors_202512.csv", "JAPAN", "202512 Bloomberg", "Mkt-RF,SMB,HML,RMW,CMA,RF", [426, "1990-07", "2025-12"], [35, "1991", "2025"], null],
  ["North_America_5_Factors_202005.csv", "NORTH_AMERICA", "202005 Bloomberg", "Mkt-RF,SMB,HML,RMW,CMA,RF", [359, "1990-07", "2020-05"], [29, "1991", "2019"], null],
];

/** The file's own period keys: YYYY-MM → YYYYMM, YYYY-MM-DD → YYYYMMDD. */
const fileKey = (period: string) => period.replaceAll("-", "");

describeWithSharedData("French factor files in ../shared/data/french (real files)", () => {
  it("covers every factor file in the folder", () => {
    const inFolder = hasSharedData ? readdirSync(path.join(SHARED_DATA_DIR, "french")).filter((f) => /_Factors/.test(f)) : [];
    expect(inFolder.sort()).toEqual(FILES.map(([f]) => f).sort());
  });

  test.each(FILES)("%s: region %s, vintage %s, columns %s, section sizes", (file, region, vintage, columns, monthly, annual, daily) => {
    const text = readShared(`french/${file}`);
    const f = parseOk(text, file);
    expect(f.region).toBe(region);
    expect(f.vintage ? `${f.vintage.yyyymm} ${f.vintage.database}` : null).toBe(vintage);
    expect(f.factors.join(",")).toBe(columns);
    const shape = (t: FactorTable | null): Shape => (t ? [t.periods.length, t.periods[0] ?? "", t.periods.at(-1) ?? ""] : null);
    expect([shape(f.monthly), shape(f.annual), shape(f.daily)]).toEqual([monthly, annual, daily]);
    // Spot values: the first and last row of every section against the raw lines, percent ÷ 100.
    for (const [table, s] of [[f.monthly, monthly], [f.annual, annual], [f.daily, daily]] as const) {
      if (!table || !s) continue;
      for (const period of [s[1], s[2]]) expect(tableRow(table, period)).toEqual(rawRow(text, fileKey(period)));
    }
  });

  it("reads hand-picked cells: Europe 199007 Mkt-RF 4.46%, SMB 0.29%; Emerging 198907 RMW and CMA missing (-99.99)", () => {
    const europe = parseOk(readShared("french/Europe_3_Factors_202510.csv"), "Europe_3_Factors_202510.csv");
    expect(europe.monthly?.columns["Mkt-RF"]?.[0]).toBe(0.0446);
    expect(europe.monthly?.columns.SMB?.[0]).toBe(0.0029);
    const em = parseOk(readShared("french/Emerging_5_Factors_202603.csv"), "Emerging_5_Factors_202603.csv");
    expect(em.monthly?.columns.HML?.[0]).toBe(0.1553);
    expect(Number.isNaN(em.monthly?.columns.RMW?.[0])).toBe(true);
    expect(Number.isNaN(em.monthly?.columns.CMA?.[0])).toBe(true);
  });

  it("finds the region in the file name even when the file is renamed with a path and a copy suffix", () => {
    const f = parseOk(readShared("french/Japan_5_Factors_202512.csv"), "C:\\Downloads\\Japan_5_Factors (1).CSV");
    expect(f.region).toBe("JAPAN");
  });

  test.each(["Portfolios_Formed_on_ME.csv", "Developed_6_Portfolios_ME_BE-ME.csv"])("refuses the portfolio file %s (its columns are not factors)", (file) => {
    const result = parseFrenchFactors(readShared(`french/${file}`), file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe("unknown_column");
  });
});

describe("parseFrenchFactors on hand-made files", () => {
  it("reads a stripped file (header only, no preamble) with a BOM and CRLF; the region from the name, vintage unknown", () => {
    const f = parseOk("\uFEFF,Mkt-RF,SMB,HML,RF\r\n192607,   2.89,  -2.55,  -2.39,   0.22\r\n192608,   2.64,  -1.14,   3.81,   0.25\r\n", "F-F_Research_Data_Factors.csv");
    expect(f).toMatchObject({ region: "US", vintage: null, factors: ["Mkt-RF", "SMB", "HML", "RF"], annual: null, daily: null });
    expect(f.monthly?.periods).toEqual(["1926-07", "1926-08"]);
    expect(Array.from(f.monthly?.columns["Mkt-RF"] ?? [])).toEqual([0.0289, 0.0264]);
    expect(Array.from(f.monthly?.columns.RF ?? [])).toEqual([0.0022, 0.0025]);
  });

  it("reads French's full layout: preamble with a 'created by … using' vintage, untitled monthly section, titled annual section", () => {
    const text = [
      "This file was created by CMPT_ME_BEME_RETS using the 202312 CRSP database.",
      "The 1-month TBill return is from Ibbotson and Associates, Inc.",
      "",
      ",Mkt-RF,SMB,HML,RF",
      "202311,    8.84,   -0.02,    1.66,    0.44",
      "202312,    4.87,    6.34,    4.92,    0.43",
      "",
      " Annual Factors: January-December ",
      ",Mkt-RF,SMB,HML,RF",
      "2023,   21.69,   -3.23,  -13.55,    5.02",
      "",
      "Copyright 2023 Kenneth R. French",
    ].join("\n");
    const f = parseOk(text, "upload.csv");
    expect(f.region).toBe("US");
    expect(f.vintage).toEqual({ yyyymm: "202312", database: "CRSP" });
    expect(f.monthly?.periods).toEqual(["2023-11", "2023-12"]);
    expect(f.annual?.periods).toEqual(["2023"]);
    expect(f.annual?.columns.HML?.[0]).toBe(-0.1355);
  });

  it("reads daily rows keyed YYYYMMDD", () => {
    const f = parseOk(",Mkt-RF,SMB,HML,RF\n19900702    ,0.99    ,0.06   ,-0.56    ,0.03\n19900703   ,-0.10    ,0.20    ,0.00    ,0.03\n", "Europe_3_Factors_Daily.csv");
    expect(f).toMatchObject({ region: "EUROPE", monthly: null, daily: { periods: ["1990-07-02", "1990-07-03"] } });
    expect(f.daily?.columns["Mkt-RF"]?.[1]).toBe(-0.001);
  });

  const header = ",Mkt-RF,SMB,HML,RF\n";
  test.each([
    ["a bad number", `${header}199007, 1.0, x.5, 0.1, 0.5\n`, { line: 2, column: "SMB", code: "not_a_number", params: { value: "x.5" } }],
    ["a truncated row (names its first missing column)", `${header}199007, 1.0, 2.0\n`, { line: 2, column: "HML", code: "too_few_fields", params: { expected: 5, found: 3 } }],
    ["an extra field", `${header}199007, 1.0, 2.0, 3.0, 0.5, 9\n`, { line: 2, column: "RF", code: "too_many_fields", params: { expected: 5, found: 6 } }],
    ["a month 13", `${header}199013, 1.0, 2.0, 3.0, 0.5\n`, { line: 2, column: "period", code: "not_a_factor_period", params: { value: "199013" } }],
    ["a seven-digit period", `${header}1990071, 1.0, 2.0, 3.0, 0.5\n`, { line: 2, column: "period", code: "not_a_factor_period", params: { value: "1990071" } }],
    ["a day that does not exist", `${header}19900231, 1.0, 2.0, 3.0, 0.5\n`, { line: 2, column: "period", code: "not_a_calendar_date", params: { value: "19900231" } }],
    ["periods out of order", `${header}199008, 1, 2, 3, 0.5\n199007, 1, 2, 3, 0.5\n`, { line: 3, column: "period", code: "period_out_of_order", params: { period: "199007", previous: "1990-08" } }],
    ["a daily row in a monthly section", `${header}199007, 1, 2, 3, 0.5\n19900801, 1, 2, 3, 0.5\n`, { line: 3, column: "period", code: "period_out_of_order" }],
    ["a market return below -100%", `${header}199007, -100.5, 2, 3, 0.5\n`, { line: 2, column: "Mkt-RF", code: "return_below_minus_100", params: { value: "-100.5" } }],
    ["an unknown column", ",Mkt-RF,SMB,HML,MOM,RF\n199007, 1, 2, 3, 4, 0.5\n", { line: 1, column: "MOM", code: "unknown_column", params: { known: "Mkt-RF,SMB,HML,RMW,CMA,RF" } }],
    ["a missing SMB column", ",Mkt-RF,HML,RF\n199007, 1, 3, 0.5\n", { line: 1, column: "SMB", code: "missing_column", params: {} }],
    ["a header with no rows", `${header}\n`, { line: 1, column: null, code: "no_data_rows", params: {} }],
    ["two monthly sections", `${header}199007, 1, 2, 3, 0.5\n\n${header}199008, 1, 2, 3, 0.5\n`, { line: 4, column: null, code: "repeated_factor_section", params: { first: 1 } }],
    ["an annual section with other columns", `${header}199007, 1, 2, 3, 0.5\n\n,Mkt-RF,SMB,HML,RMW,CMA,RF\n1991, 1, 2, 3, 4, 5, 6\n`, { line: 4, column: null, code: "factor_columns_differ", params: { first: 1 } }],
    ["annual rows only", `${header}1991, 1, 2, 3, 0.5\n`, { line: null, column: null, code: "no_monthly_factors", params: {} }],
    ["no header at all", "This file was created using the 202510 Bloomberg database.\n", { line: null, column: null, code: "no_section", params: {} }],
    ["a data row before the header", `199007, 1, 2, 3, 0.5\n${header}`, { line: 1, column: "period", code: "row_outside_section", params: {} }],
  ])("refuses %s, by line and column, and imports nothing", (_, text, where) => {
    const result = parseFrenchFactors(text, "Europe_3_Factors.csv");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject(where);
    expect("value" in result).toBe(false);
  });

  it("refuses a file whose region is named neither in its text nor in its name", () => {
    const text = `This file was created using the 202510 Bloomberg database.\n\n${header}199007, 1, 2, 3, 0.5\n`;
    expect(parseFrenchFactors(text, "factors (1).csv")).toEqual({
      ok: false,
      errors: [{ line: null, column: null, code: "unknown_factor_region", params: { value: "factors (1).csv" } }],
      total: 1,
    });
  });

  it("reports every bad cell, not only the first", () => {
    const result = parseFrenchFactors(`${header}199007, a, 2, 3, 0.5\n199008, 1, 2, b, 0.5\n`, "Europe_3_Factors.csv");
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, "Mkt-RF", "not_a_number"],
      [3, "HML", "not_a_number"],
    ]);
  });
});

describe("factorRegion", () => {
  test.each([
    ["Europe_3_Factors.csv", "EUROPE"],
    ["Europe_5_Factors_Daily.csv", "EUROPE"],
    ["Japan_3_Factors.csv", "JAPAN"],
    ["Asia_Pacific_ex_Japan_5_Factors.csv", "APAC_EX_JAPAN"],
    ["Emerging_5_Factors.csv", "EM"],
    ["Developed_3_Factors.csv", "DEVELOPED"],
    ["Developed_ex_US_3_Factors.csv", "DEVELOPED_EX_US"],
    ["North_America_3_Factors.csv", "NORTH_AMERICA"],
    ["F-F_Research_Data_Factors.CSV", "US"],
    ["F-F_Research_Data_5_Factors_2x3_daily.CSV", "US"],
    ["my factors.csv", null],
  ])("reads %s as %s", (fileName, region) => {
    expect(factorRegion("This file was created using the 202510 Bloomberg database.", fileName)).toBe(region);
  });

  it("prefers the preamble to the file name: a CRSP file is the US, a text naming Developed is Developed", () => {
    expect(factorRegion("This file was created by CMPT_ME_BEME_RETS using the 202312 CRSP database.", "Europe_3_Factors.csv")).toBe("US");
    expect(factorRegion("… 5 BE/ME portfolios in Developed.", "Japan_5_Factors.csv")).toBe("DEVELOPED");
  });
});

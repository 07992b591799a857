import { describe, expect, it, test } from "vitest";
import { computeStats } from "@/lib/backtest/stats";
import { frenchSeries, parseFrenchFile, type FrenchFile } from "@/lib/data/french-size";
import { describeWithSharedData, hasSharedData, readShared } from "@/tests/helpers/shared-data";
import { readFixture } from "./helpers";

function parseOk(text: string): FrenchFile {
  const result = parseFrenchFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.value;
}

describeWithSharedData("French Portfolios_Formed_on_ME.csv (202602 vintage, real file)", () => {
  const file = hasSharedData ? parseOk(readShared("french/Portfolios_Formed_on_ME.csv")) : null;

  it("reads the vintage line", () => {
    expect(file?.vintage).toEqual({ yyyymm: "202602", database: "CRSP" });
  });

  // Row counts and first/last periods as listed in ../shared/data/SOURCES.md.
  test.each([
    ["Average Value Weight Returns -- Monthly", "vw", "monthly", 1196, "1926-07", "2026-02"],
    ["Average Equal Weighted Returns -- Monthly", "ew", "monthly", 1196, "1926-07", "2026-02"],
    ["Value Weight Returns -- Annual from January to December", "vw", "annual", 99, "1927", "2025"],
    ["Equal Weight Returns -- Annual from January to December", "ew", "annual", 99, "1927", "2025"],
    ["Number of Firms in Portfolios", "firms", "monthly", 1196, "1926-07", "2026-02"],
    ["Average Firm Size", "size", "monthly", 1196, "1926-07", "2026-02"],
  ])("section %s: %s %s, %i rows, %s…%s", (title, kind, frequency, rows, first, last) => {
    const section = file?.sections.find((s) => s.title === title);
    expect(section).toMatchObject({ kind, frequency });
    expect(section?.periods).toHaveLength(rows);
    expect(section?.periods[0]).toBe(first);
    expect(section?.periods.at(-1)).toBe(last);
    expect(section?.columns).toHaveLength(19);
  });

  it("has six sections and reads -99.99 in the <= 0 column as missing", () => {
    expect(file?.sections).toHaveLength(6);
    expect(file?.sections[0]?.values[0]?.every(Number.isNaN)).toBe(true);
  });

  it("converts percent to decimals: VW Hi 10, 1926-07 is 3.67% and VW annual Lo 30, 1927 is 35.71%", () => {
    expect(frenchSeries(file as FrenchFile, "vw", "Hi 10").returns[0]).toBe(0.0367);
    const annual = file?.sections.find((s) => s.kind === "vw" && s.frequency === "annual");
    expect(annual?.values[annual.columns.indexOf("Lo 30")]?.[0]).toBe(0.3571);
  });

  // Hand check (python3, from the raw lines 14–25 of the file, 1926-07…1927-06, percent ÷ 100):
  //   Hi 10: 3.67 3.79 1.26 -2.56 2.45 2.94 -0.27 4.05 1.80 1.26 5.46 -1.92
  //     Π(1+r) − 1 = 0.2388016190543214; stdev(n−1) × √12 = 0.08443021324792985
  //   Lo 10: -0.62 1.65 0.57 -4.29 -3.18 -2.58 1.67 5.68 -5.46 5.07 9.86 -3.30
  //     Π(1+r) − 1 = 0.03989950729775238; stdev(n−1) × √12 = 0.1601612908630206
  test.each([
    ["Hi 10", 0.2388016190543214, 0.08443021324792985],
    ["Lo 10", 0.03989950729775238, 0.1601612908630206],
  ])("the first 12 months of VW %s give CAGR %f and volatility %f", (column, cagr, volatility) => {
    const series = frenchSeries(file as FrenchFile, "vw", column);
    const stats = computeStats(series.returns.subarray(0, 12), 12);
    expect(series.months.slice(0, 12)).toEqual(expect.arrayContaining(["1926-07", "1927-06"]));
    expect(stats.cagr).toBeCloseTo(cagr, 10);
    expect(stats.volatility).toBeCloseTo(volatility, 10);
  });

  it("names an unknown column in frenchSeries' error", () => {
    expect(() => frenchSeries(file as FrenchFile, "ew", "Dec 11")).toThrow(/frenchSeries: no column "Dec 11"/);
  });
});

describeWithSharedData("French Developed_6_Portfolios_ME_BE-ME.csv (same layout)", () => {
  it("reads six sections: VW monthly 406 rows 1990-07…2024-04, annual 33 rows", () => {
    const file = parseOk(readShared("french/Developed_6_Portfolios_ME_BE-ME.csv"));
    expect(file.vintage).toEqual({ yyyymm: "202404", database: "Bloomberg" });
    expect(file.sections.map((s) => [s.kind, s.frequency, s.periods.length])).toEqual([
      ["vw", "monthly", 406],
      ["ew", "monthly", 406],
      ["vw", "annual", 33],
      ["ew", "annual", 33],
      ["firms", "monthly", 406],
      ["size", "monthly", 406],
    ]);
    expect(frenchSeries(file, "vw", "SMALL LoBM").months.at(-1)).toBe("2024-04");
  });
});

describe("French vintage line", () => {
  it("reads the program-named form French's generated files print", () => {
    const text = "This file was created by CMPT_ME_RETS using the 202312 CRSP database.\n\n  Average Value Weighted Returns -- Monthly\n,Lo 30,Hi 30\n202301,  1.00,  2.00\n";
    expect(parseOk(text).vintage).toEqual({ yyyymm: "202312", database: "CRSP" });
  });
});

describe("French importer errors (hand-made fixtures)", () => {
  it("reports a bad cell and a short row (naming its first missing column) by line and column, and imports nothing", () => {
    const result = parseFrenchFile(readFixture("french-bad-cell.csv"));
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 7, column: "Hi 10", code: "not_a_number", params: { value: "x.79" } },
        { line: 8, column: "Hi 10", code: "too_few_fields", params: { expected: 3, found: 2 } },
      ],
      total: 2,
    });
  });

  test.each([
    ["a month 13", ",A\n192613, 1.0\n", { line: 2, column: "period", code: "not_a_period", params: { value: "192613" } }],
    ["periods out of order", ",A\n192608, 1.0\n192607, 2.0\n", { line: 3, column: "period", code: "period_out_of_order", params: { period: "192607", previous: "1926-08" } }],
    ["a data row before any header", "192607, 1.0\n", { line: 1, column: "period", code: "row_outside_section" }],
    ["no section at all", "just text\n", { line: null, column: null, code: "no_section" }],
    ["a header row inside a section", ",A\n192607, 1.0\n,A\n", { line: 3, column: null, code: "header_in_section" }],
    ["an unnamed column", ",A,,B\n192607, 1.0, 2.0, 3.0\n", { line: 1, column: null, code: "empty_column_name", params: { position: 3 } }],
  ])("rejects %s", (_, text, where) => {
    const result = parseFrenchFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject(where);
  });

  it("keeps an untitled section (factor file layout) as kind other, values as printed", () => {
    const file = parseOk(",Mkt-RF,RF\n192607,    2.89,    0.22\n");
    expect(file.vintage).toBeNull();
    expect(file.sections[0]).toMatchObject({ title: "", kind: "other", unit: "raw", periods: ["1926-07"] });
    expect(Array.from(file.sections[0]?.values[0] ?? [])).toEqual([2.89]);
  });
});

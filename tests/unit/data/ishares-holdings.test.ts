import { describe, expect, it, test } from "vitest";
import { importIsharesHoldings, type IsharesImportOptions } from "@/lib/data/ishares-holdings";
import { readAsOfDate, readNumber } from "@/lib/data/ishares-layout";
import { describeWithSharedData, readShared } from "@/tests/helpers/shared-data";
import { readFixture } from "./helpers";

const OPTIONS: IsharesImportOptions = { id: "t", label: "test", source: "iShares", region: "US", size: "small" };

/*
 * Expected values computed independently of the importer with Python's csv module (one-off, 2026-11):
 * table = lines from the header to the first blank line; equity = Asset Class in {Equity, Aktien} and
 * Type != "Swap"; top-10 = sum of the ten largest "Weight (%)" / "Gewichtung (%)" values, e.g.
 *   python3 -c "import csv; rows=...; ws=sorted((float(r[w]) for r in eq), reverse=True); print(sum(ws[:10]))"
 * Equity counts agree with ../shared/data/SOURCES.md (IJR: 687 Equity of which 85 swaps → 602).
 */
describeWithSharedData("iShares holdings exports (real files)", () => {
  test.each([
    ["IWM_holdings_2026-05-05.csv", "us", "2026-05-05", 1924, 5, 7.26],
    ["IWM_holdings_2026-04-10.csv", "us", "2026-04-10", 1936, 5, 6.06],
    ["IWM_holdings_2025-11-05.csv", "us", "2025-11-05", 1962, 5, 5.85],
    ["IVV_holdings_2024-12-06.csv", "us", "2024-12-06", 503, 5, 36.07],
    ["IJR_holdings_undated_commit-2021-03-12.csv", "us-legacy", null, 602, 92, 5.86],
    ["EWGS_holdings_undated_commit-2021-03-12.csv", "de", null, 107, 5, 27.68],
    ["URTH_holdings_undated_commit-2021-04-25.csv", "us", null, 1249, 24, 16.19],
    // Micro-cap layout: a Shares column instead of Quantity (not read), a byte-order mark.
    ["IWC_holdings_2026-01-20.csv", "us", "2026-01-20", 1314, 4, 10.71],
  ])("%s: layout %s, as of %s, %i equity lines, %i other, top-10 %f%%", (file, layout, asOf, equity, other, top10) => {
    const result = importIsharesHoldings(readShared(`holdings/${file}`), OPTIONS);
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    const { snapshot } = result.value;
    expect(result.value.layout).toBe(layout);
    expect(snapshot.asOf).toBe(asOf);
    expect(snapshot.constituents).toHaveLength(equity);
    expect(result.value.other).toHaveLength(other);
    const weights = snapshot.constituents.map((c) => c.weight).sort((a, b) => b - a);
    expect(weights.slice(0, 10).reduce((a, b) => a + b, 0)).toBeCloseTo(top10 / 100, 10);
  });
});

describeWithSharedData("iShares layouts in detail (real files)", () => {
  it("reads the IWM preamble and a constituent line", () => {
    const result = importIsharesHoldings(readShared("holdings/IWM_holdings_2026-05-05.csv"), OPTIONS);
    expect(result.ok && result.value.fundName).toBe("iShares Russell 2000 ETF");
    expect(result.ok && result.value.preamble["Shares Outstanding"]).toBe("278,750,000.00");
    expect(result.ok && result.value.snapshot.constituents[0]).toEqual({
      ticker: "BE",
      name: "BLOOM ENERGY CLASS A CORP",
      sector: "Industrials",
      country: "United States",
      weight: 0.0193,
      marketValue: 1532594919.5,
    });
  });

  it("reads the German EWGS export: Aktien, apostrophe thousands separators", () => {
    const result = importIsharesHoldings(readShared("holdings/EWGS_holdings_undated_commit-2021-03-12.csv"), OPTIONS);
    expect(result.ok && result.value.snapshot.constituents[0]).toMatchObject({
      ticker: "TKA",
      sector: "Materialien",
      country: "Deutschland",
      weight: 0.0361,
      marketValue: 1536181,
    });
  });

  it("reads the IWC micro-cap export: byte-order mark, a Shares column, cash and a future kept apart", () => {
    const text = readShared("holdings/IWC_holdings_2026-01-20.csv");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(",Notional Value,Shares,Price,");
    const result = importIsharesHoldings(text, OPTIONS);
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    expect(result.value.fundName).toBe("iShares Micro-Cap ETF");
    expect(result.value.snapshot.constituents[0]).toMatchObject({ ticker: "APLD", weight: 0.017, marketValue: 21466278.36 });
    expect(result.value.other.map((o) => o.assetClass)).toEqual(["Money Market", "Cash Collateral and Margins", "Futures", "Cash"]);
  });

  it("keeps the IJR swap rows apart: 85 swaps, each repeating a held ticker", () => {
    const result = importIsharesHoldings(readShared("holdings/IJR_holdings_undated_commit-2021-03-12.csv"), OPTIONS);
    if (!result.ok) throw new Error("import failed");
    const swaps = result.value.other.filter((o) => o.type === "Swap");
    const held = new Set(result.value.snapshot.constituents.map((c) => c.ticker));
    expect(swaps).toHaveLength(85);
    expect(swaps.every((s) => held.has(s.ticker))).toBe(true);
  });
});

describe("iShares importer errors and cells (hand-made)", () => {
  it("reports a bad weight by line and column and imports nothing", () => {
    const result = importIsharesHoldings(readFixture("ishares-bad-weight.csv"), OPTIONS);
    expect(result).toEqual({ ok: false, errors: [{ line: 6, column: "Weight (%)", code: "not_a_number", params: { value: "n/a" } }], total: 1 });
  });

  it("names a missing required column on the header line", () => {
    const result = importIsharesHoldings("Ticker,Name,Sector,Market Value\nA,B,C,1\n", OPTIONS);
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [1, "Asset Class", "missing_column"],
      [1, "Weight (%)", "missing_column"],
    ]);
  });

  it("rejects a file without a holdings header, as a problem of the whole file", () => {
    expect(importIsharesHoldings("just,some\ntext,here\n", OPTIONS)).toEqual({
      ok: false,
      errors: [{ line: null, column: null, code: "no_holdings_header", params: {} }],
      total: 1,
    });
  });

  // Expected by hand: the header has 7 fields; each listing is ticker + name + location (+ exchange, absent here).
  test.each([
    ["a short row", '"AAA","ALPHA INC","Energy"', { line: 2, column: "Asset Class", code: "too_few_fields", params: { expected: 7, found: 3 } }],
    ["a long row", '"AAA","ALPHA INC","Energy","Equity","1.00","1.00","Japan","x"', { line: 2, column: "Location", code: "too_many_fields", params: { expected: 7, found: 8 } }],
    ["a negative equity weight", '"AAA","ALPHA INC","Energy","Equity","1.00","-3.61","Japan"', { line: 2, column: "Weight (%)", code: "negative_weight", params: { value: "-3.61" } }],
    ["an equity line without a weight", '"AAA","ALPHA INC","Energy","Equity","1.00","-","Japan"', { line: 2, column: "Weight (%)", code: "missing_weight", params: {} }],
    ["an empty asset class", '"AAA","ALPHA INC","Energy","","1.00","1.00","Japan"', { line: 2, column: "Asset Class", code: "empty_cell", params: {} }],
  ])("reports %s with its code and parameters", (_, row, error) => {
    const header = "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location";
    expect(importIsharesHoldings(`${header}\n${row}\n`, OPTIONS)).toEqual({ ok: false, errors: [error], total: 1 });
  });

  it("names the line a duplicated listing is already on", () => {
    const header = "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location";
    const row = '"AAA","ALPHA INC","Energy","Equity","1.00","1.00","Japan"';
    const result = importIsharesHoldings([header, row, row, ""].join("\n"), OPTIONS);
    expect(result.ok ? [] : result.errors).toEqual([
      { line: 3, column: "Ticker", code: "duplicate_listing", params: { ticker: "AAA", name: "ALPHA INC", first: 2 } },
    ]);
  });

  test.each([
    ["1,035,670,000.00", "us", 1035670000],
    ["-26,030,455.52", "us", -26030455.52],
    ["1'536'181.19", "de", 1536181.19],
    ["1.234,56", "de", 1234.56],
    ["-", "us", null],
    ["", "de", null],
    ["1,2,x", "us", "invalid"],
  ] as const)("readNumber(%s, %s) → %s", (raw, layout, expected) => {
    expect(readNumber(raw, layout)).toBe(expected);
  });

  test.each([
    ["May 05, 2026", "2026-05-05"],
    ["Dec 06, 2024", "2024-12-06"],
    ["2021-03-12", "2021-03-12"],
    ["12.03.2021", "2021-03-12"],
    ["Feb 30, 2024", null],
    ["soon", null],
  ])("readAsOfDate(%s) → %s", (raw, expected) => {
    expect(readAsOfDate(raw)).toBe(expected);
  });
});

describe("iShares importer: what the hardening must still accept (patterns from the real files)", () => {
  const HEADER = "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location,Exchange";
  const row = (ticker: string, name: string, weight: string, location = "United States", exchange = "NASDAQ", assetClass = "Equity") =>
    `"${ticker}","${name}","Energy","${assetClass}","1.00","${weight}","${location}","${exchange}"`;
  const load = (...rows: string[]) => importIsharesHoldings([HEADER, ...rows, ""].join("\n"), OPTIONS);

  test.each([
    ["one ticker under two names (ADRO, ADRO CVR)", [row("ADRO", "CHINOOK THERAPEUTICS INC", "0.00"), row("ADRO", "CHINOOK THERAPEUTICS INC CVR", "0.00")]],
    ["one ticker in two countries (BHP, URTH)", [row("BHP", "BHP GROUP", "0.20", "Australia"), row("BHP", "BHP GROUP", "0.12", "United Kingdom")]],
    ["one listing on two exchanges (BTCS INC, IWC 2026-01)", [row("BTCS", "BTCS INC", "0.02"), row("BTCS", "BTCS INC", "0.00", "United States", "NO MARKET (E.G. UNLISTED)")]],
    ["unlisted lines with ticker - (IWM)", [row("-", "OMNIAB INC $12.50 VESTING Prvt", "0.00"), row("-", "OMNIAB INC $15.00 VESTING Prvt", "0.00")]],
    ["weights of exactly 0 and 100", [row("AAA", "ALPHA INC", "100.00"), row("BBB", "BETA INC", "0.00")]],
    ["a negative cash weight (IJR: USD cash -1.14%)", [row("AAA", "ALPHA INC", "100.00"), row("USD", "USD CASH", "-1.14", "United States", "-", "Cash")]],
  ])("accepts %s", (_, rows) => {
    const result = load(...rows);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.snapshot.constituents.length + result.value.other.length).toBe(rows.length);
  });

  it("counts a swap repeating a held ticker as another line, not a duplicate (IJR)", () => {
    const header = "Ticker,Name,Type,Sector,Asset Class,Market Value,Weight (%),Location";
    const text = [header, '"GME","GAMESTOP","Equity","Cons","Equity","1.00","1.38","US"', '"GME","GAMESTOP","Swap","Cons","Equity","1.00","0.10","US"'].join("\n");
    expect(importIsharesHoldings(text, OPTIONS)).toMatchObject({ ok: true, value: { layout: "us-legacy", other: [{ ticker: "GME", type: "Swap" }] } });
  });
});

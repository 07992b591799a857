import { describe, expect, it, test } from "vitest";
import type { PanelRow } from "@/lib/backtest/types";
import { MAX_IMPORT_ERRORS } from "@/lib/data/import-result";
import { parsePanelCsv } from "@/lib/data/panel-csv";
import { panelRowsToCsv } from "@/lib/data/panel-csv-writer";
import { readFixture } from "./helpers";

const HEADER = "id,date,market_cap,return";

describe("parsePanelCsv", () => {
  it("reads the required columns; an empty return is null", () => {
    expect(parsePanelCsv(`${HEADER}\nA,2020-05-31,100,0.05\r\nB,2020-05-31,0,\n`)).toEqual({
      ok: true,
      value: [
        { id: "A", date: "2020-05-31", marketCap: 100, return: 0.05 },
        { id: "B", date: "2020-05-31", marketCap: 0, return: null },
      ],
    });
  });

  it("reads optional columns in any order", () => {
    const text = "trading_value,return,id,profitable,date,market_cap,status,analysts,country,sector,is_preferred\n" +
      "12.5,-1,A,0,2020-05-31,7,delisted,3,KR,Materials,1\n";
    expect(parsePanelCsv(text)).toEqual({
      ok: true,
      value: [
        {
          id: "A", date: "2020-05-31", marketCap: 7, return: -1, status: "delisted", isPreferred: true,
          profitable: false, analysts: 3, sector: "Materials", country: "KR", tradingValue: 12.5,
        },
      ],
    });
  });

  it("reports the fixture's negative market cap at file line 4 and imports nothing", () => {
    expect(parsePanelCsv(readFixture("panel-bad-cap.csv"))).toEqual({
      ok: false,
      errors: [{ row: 4, column: "market_cap", message: 'must be >= 0: "-5"' }],
      total: 1,
    });
  });

  test.each([
    ["a date that is not YYYY-MM-DD", "A,2020/05/31,1,0.1", "date", 'expected a date YYYY-MM-DD: "2020/05/31"'],
    ["a date not in the calendar", "A,2021-02-29,1,0.1", "date", 'not a calendar date: "2021-02-29"'],
    ["a return below -100%", "A,2020-05-31,1,-1.5", "return", 'a return below -100% (-1) is impossible: "-1.5"'],
    ["a return that is not a number", "A,2020-05-31,1,5%", "return", 'expected a number: "5%"'],
    ["an empty id", ",2020-05-31,1,0.1", "id", 'empty id: ""'],
    ["too few fields (the first missing column is named)", "A,2020-05-31,1", "return", "expected 4 fields, found 3"],
  ])("rejects %s", (_, line, column, message) => {
    expect(parsePanelCsv(`${HEADER}\n${line}\n`)).toEqual({ ok: false, errors: [{ row: 2, column, message }], total: 1 });
  });

  test.each([
    ["a bad flag", "is_preferred", "2", "expected 0 or 1"],
    ["a bad status", "status", "halted", "expected active or delisted"],
    ["a fractional analyst count", "analysts", "2.5", "expected a whole number"],
  ])("rejects %s in an optional column", (_, column, value, message) => {
    const result = parsePanelCsv(`${HEADER},${column}\nA,2020-05-31,1,0.1,${value}\n`);
    expect(result).toEqual({ ok: false, errors: [{ row: 2, column, message: `${message}: "${value}"` }], total: 1 });
  });

  test.each([
    ["a missing required column", "id,date,return", "market_cap", "required column missing"],
    ["an unknown column", `${HEADER},price`, "price", "unknown column"],
    ["a repeated column", `${HEADER},sector,sector`, "sector", "repeated column"],
  ])("rejects a header with %s", (_, header, column, message) => {
    const result = parsePanelCsv(`${header}\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ row: 1, column, message: expect.stringContaining(message) });
  });

  it("rejects a repeated or earlier date for the same id", () => {
    const result = parsePanelCsv(`${HEADER}\nA,2020-05-31,1,\nA,2019-05-31,1,\n`);
    expect(result).toMatchObject({ ok: false, errors: [{ row: 3, column: "date" }] });
  });

  it("rejects an empty file", () => {
    expect(parsePanelCsv("")).toMatchObject({ ok: false, errors: [{ row: 1, column: "" }] });
  });

  it(`keeps ${MAX_IMPORT_ERRORS} errors and counts them all`, () => {
    const bad = Array.from({ length: 150 }, (_, i) => `S${i},2020-05-31,-1,`).join("\n");
    const result = parsePanelCsv(`${HEADER}\n${bad}\n`);
    expect(result.ok ? [] : result.errors).toHaveLength(MAX_IMPORT_ERRORS);
    expect(result.ok ? 0 : result.total).toBe(150);
    expect(result.ok ? null : result.errors.at(-1)).toEqual({ row: 101, column: "market_cap", message: 'must be >= 0: "-1"' });
  });

  it("reads quoted cells (the csv-parse path) and reports a broken quote", () => {
    const text = `${HEADER},sector\nA,2020-05-31,1,0.1,"Food, Beverage"\n`;
    expect(parsePanelCsv(text)).toMatchObject({ ok: true, value: [{ sector: "Food, Beverage" }] });
    expect(parsePanelCsv(`${HEADER}\nA,2020-05-31,1,"0.1\n`)).toMatchObject({ ok: false });
  });
});

describe("panelRowsToCsv", () => {
  const rows: PanelRow[] = [
    { id: "A", date: "2020-05-31", marketCap: 1234.5, return: null, sector: 'Food, "Bev"', isPreferred: false },
    { id: "B", date: "2020-05-31", marketCap: 0, return: -0.123456789, status: "delisted", analysts: 4, isPreferred: true },
  ];

  it("writes the required columns and every optional column some row fills", () => {
    expect(panelRowsToCsv(rows)).toBe(
      "id,date,market_cap,return,status,is_preferred,analysts,sector\n" +
        'A,2020-05-31,1234.5,,,0,,"Food, ""Bev"""\n' +
        "B,2020-05-31,0,-0.123456789,delisted,1,4,\n",
    );
  });

  it("round-trips through parsePanelCsv (empty cells come back as null)", () => {
    const back = parsePanelCsv(panelRowsToCsv(rows));
    expect(back).toEqual({
      ok: true,
      value: [
        { ...rows[0], status: null, analysts: null },
        { ...rows[1], sector: null },
      ],
    });
  });
});

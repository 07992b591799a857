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
      errors: [{ line: 4, column: "market_cap", code: "negative_value", params: { value: "-5" } }],
      total: 1,
    });
  });

  test.each([
    ["a date that is not YYYY-MM-DD", "A,2020/05/31,1,0.1", "date", "not_a_date", { value: "2020/05/31" }],
    ["a date not in the calendar", "A,2021-02-29,1,0.1", "date", "not_a_calendar_date", { value: "2021-02-29" }],
    ["a return below -100%", "A,2020-05-31,1,-1.5", "return", "return_below_minus_1", { value: "-1.5" }],
    ["a return that is not a number", "A,2020-05-31,1,5%", "return", "not_a_number", { value: "5%" }],
    ["a market cap too large for a double", "A,2020-05-31,1e999,0.1", "market_cap", "not_finite", { value: "1e999" }],
    ["an empty id", ",2020-05-31,1,0.1", "id", "empty_cell", {}],
    ["a formula id", "=1+2,2020-05-31,1,0.1", "id", "formula_cell", { value: "=1+2" }],
    ["too few fields (the first missing column is named)", "A,2020-05-31,1", "return", "too_few_fields", { expected: 4, found: 3 }],
    ["too many fields (the last column is named)", "A,2020-05-31,1,0.1,x", "return", "too_many_fields", { expected: 4, found: 5 }],
  ])("rejects %s", (_, line, column, code, params) => {
    expect(parsePanelCsv(`${HEADER}\n${line}\n`)).toEqual({ ok: false, errors: [{ line: 2, column, code, params }], total: 1 });
  });

  test.each([
    ["a bad flag", "is_preferred", "2", "not_a_flag"],
    ["a bad status", "status", "halted", "not_a_status"],
    ["a fractional analyst count", "analysts", "2.5", "not_whole_number"],
    ["a negative trading value", "trading_value", "-1", "negative_value"],
  ])("rejects %s in an optional column", (_, column, value, code) => {
    const result = parsePanelCsv(`${HEADER},${column}\nA,2020-05-31,1,0.1,${value}\n`);
    expect(result).toEqual({ ok: false, errors: [{ line: 2, column, code, params: { value } }], total: 1 });
  });

  test.each([
    ["a missing required column", "id,date,return", "market_cap", "missing_column", {}],
    ["an unknown column", `${HEADER},price`, "price", "unknown_column", { known: "id, date, market_cap, return, status, is_preferred, profitable, analysts, sector, country, trading_value" }],
    ["a repeated column", `${HEADER},sector,sector`, "sector", "duplicate_column", { count: 2 }],
  ])("rejects a header with %s", (_, header, column, code, params) => {
    expect(parsePanelCsv(`${header}\n`)).toEqual({ ok: false, errors: [{ line: 1, column, code, params }], total: 1 });
  });

  test.each([
    ["a repeated date", "A,2020-05-31,1,", "duplicate_row", { id: "A", date: "2020-05-31" }],
    ["an earlier date", "A,2019-05-31,1,", "date_out_of_order", { id: "A", date: "2019-05-31", previous: "2020-05-31" }],
  ])("rejects %s for the same id", (_, second, code, params) => {
    const result = parsePanelCsv(`${HEADER}\nA,2020-05-31,1,\n${second}\n`);
    expect(result).toEqual({ ok: false, errors: [{ line: 3, column: "date", code, params }], total: 1 });
  });

  it("rejects an empty file as a problem of the whole file, and a header with no rows under it", () => {
    expect(parsePanelCsv("")).toEqual({
      ok: false,
      errors: [{ line: null, column: null, code: "no_panel_header", params: { columns: "id,date,market_cap,return" } }],
      total: 1,
    });
    expect(parsePanelCsv(`${HEADER}\n`)).toEqual({ ok: false, errors: [{ line: 2, column: "id", code: "no_data_rows", params: {} }], total: 1 });
  });

  it(`keeps ${MAX_IMPORT_ERRORS} errors and counts them all`, () => {
    const bad = Array.from({ length: 150 }, (_, i) => `S${i},2020-05-31,-1,`).join("\n");
    const result = parsePanelCsv(`${HEADER}\n${bad}\n`);
    expect(result.ok ? [] : result.errors).toHaveLength(MAX_IMPORT_ERRORS);
    expect(result.ok ? 0 : result.total).toBe(150);
    expect(result.ok ? null : result.errors.at(-1)).toEqual({ line: 101, column: "market_cap", code: "negative_value", params: { value: "-1" } });
  });

  it("reads quoted cells (the csv-parse path) and reports a broken quote", () => {
    const text = `${HEADER},sector\nA,2020-05-31,1,0.1,"Food, Beverage"\n`;
    expect(parsePanelCsv(text)).toMatchObject({ ok: true, value: [{ sector: "Food, Beverage" }] });
    expect(parsePanelCsv(`${HEADER}\nA,2020-05-31,1,"0.1\n`)).toEqual({ ok: false, errors: [{ line: 2, column: "return", code: "unclosed_quote", params: {} }], total: 1 });
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

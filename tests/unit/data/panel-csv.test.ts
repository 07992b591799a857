import { describe, expect, it, test } from "vitest";
import { buildPanel } from "@/lib/backtest/panel";
import type { PanelRow } from "@/lib/backtest/types";
import { MAX_IMPORT_ERRORS, type ImportResult } from "@/lib/data/import-result";
import { parsePanelCsv, readPanelCsv } from "@/lib/data/panel-csv";
import { panelRowsToCsv } from "@/lib/data/panel-csv-writer";
import type { Panel } from "@/lib/backtest/panel";
import { readFixture } from "./helpers";

const HEADER = "id,date,market_cap,return";

/**
 * Both routes of the importer: readPanelCsv on the file's bytes (the byte route, unless the file needs the
 * text route) and parsePanelCsv on its decoded text (the text route, csv-parse when quoted). Every case
 * below must come out the same through both.
 */
const ROUTES: [string, (text: string) => ImportResult<Panel>][] = [
  ["readPanelCsv (bytes)", (text) => readPanelCsv(Buffer.from(text, "utf8"))],
  ["parsePanelCsv (text)", parsePanelCsv],
];

/** The expected panel, built from row objects by buildPanel: a different path from either importer. */
const panelOf = (rows: PanelRow[]) => ({ ok: true, value: buildPanel(rows) });

describe.each(ROUTES)("%s", (_, read) => {
  it("reads the required columns; an empty return is no return (NaN)", () => {
    const result = read(`${HEADER}\nB,2020-05-31,0,\r\nA,2020-05-31,100,0.05\r\n`);
    expect(result).toEqual(panelOf([
      { id: "A", date: "2020-05-31", marketCap: 100, return: 0.05 },
      { id: "B", date: "2020-05-31", marketCap: 0, return: null },
    ]));
    // By hand: ids sorted A, B; one date.
    expect(result.ok && [result.value.ids, Array.from(result.value.marketCap), Array.from(result.value.returns)]).toEqual([["A", "B"], [100, 0], [0.05, NaN]]);
  });

  it("reads optional columns in any order", () => {
    const text = "trading_value,return,id,profitable,date,market_cap,status,analysts,country,sector,is_preferred\n" +
      "12.5,-1,A,0,2020-05-31,7,delisted,3,KR,Materials,1\n,,B,,2020-05-31,0.5,,,,,\n";
    expect(read(text)).toEqual(panelOf([
      {
        id: "A", date: "2020-05-31", marketCap: 7, return: -1, status: "delisted", isPreferred: true,
        profitable: false, analysts: 3, sector: "Materials", country: "KR", tradingValue: 12.5,
      },
      { id: "B", date: "2020-05-31", marketCap: 0.5, return: null },
    ]));
  });

  it("reads numbers exactly as Number() does, long and short, with signs and exponents", () => {
    const cells = ["0.1", "-0.2", "+.5", "3.", "1e3", "2.5E-3", "291.21999999999997", "0.30000000000000004", "123456789012345678", "-0", "1e-30"];
    const text = [`${HEADER}`, ...cells.map((c, i) => `S${String(i).padStart(2, "0")},2020-05-31,1,${c}`)].join("\n");
    const result = read(text);
    expect(result.ok && Array.from(result.value.returns)).toEqual(cells.map(Number));
  });

  it("accepts rows in any order and names both lines of a duplicated (id, date)", () => {
    const text = `${HEADER}\nB,2020-05-31,2,0.1\nA,2020-05-31,1,\nB,2019-05-31,3,\nA,2020-05-31,4,0.2\n`;
    expect(read(text)).toEqual({
      ok: false,
      errors: [{ line: 5, column: "date", code: "duplicate_row", params: { id: "A", date: "2020-05-31", firstLine: 3 } }],
      total: 1,
    });
  });

  it("reports the fixture's negative market cap at file line 4 and imports nothing", () => {
    expect(read(readFixture("panel-bad-cap.csv"))).toEqual({
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
    ["a number with a stray exponent", "A,2020-05-31,1e,0.1", "market_cap", "not_a_number", { value: "1e" }],
    ["a market cap too large for a double", "A,2020-05-31,1e999,0.1", "market_cap", "not_finite", { value: "1e999" }],
    ["an empty id", ",2020-05-31,1,0.1", "id", "empty_cell", {}],
    ["a formula id", "=1+2,2020-05-31,1,0.1", "id", "formula_cell", { value: "=1+2" }],
    ["too few fields (the first missing column is named)", "A,2020-05-31,1", "return", "too_few_fields", { expected: 4, found: 3 }],
    ["too many fields (the last column is named)", "A,2020-05-31,1,0.1,x", "return", "too_many_fields", { expected: 4, found: 5 }],
  ])("rejects %s", (_, line, column, code, params) => {
    expect(read(`${HEADER}\n${line}\n`)).toEqual({ ok: false, errors: [{ line: 2, column, code, params }], total: 1 });
  });

  test.each([
    ["a bad flag", "is_preferred", "2", "not_a_flag"],
    ["a bad status", "status", "halted", "not_a_status"],
    ["a fractional analyst count", "analysts", "2.5", "not_whole_number"],
    ["a negative trading value", "trading_value", "-1", "negative_value"],
  ])("rejects %s in an optional column", (_, column, value, code) => {
    const result = read(`${HEADER},${column}\nA,2020-05-31,1,0.1,${value}\n`);
    expect(result).toEqual({ ok: false, errors: [{ line: 2, column, code, params: { value } }], total: 1 });
  });

  it("takes what the schema accepts beyond the fast readers (e.g. analysts written 3.0 or +3)", () => {
    const result = read(`${HEADER},analysts\nA,2020-05-31,1,0.1,3.0\nB,2020-05-31,1,0.1,+3\n`);
    expect(result.ok && Array.from(result.value.analysts ?? [])).toEqual([3, 3]);
  });

  test.each([
    ["a missing required column", "id,date,return", "market_cap", "missing_column", {}],
    ["an unknown column", `${HEADER},price`, "price", "unknown_column", { known: "id, date, market_cap, return, status, is_preferred, profitable, analysts, sector, country, trading_value" }],
    ["a repeated column", `${HEADER},sector,sector`, "sector", "duplicate_column", { count: 2 }],
  ])("rejects a header with %s", (_, header, column, code, params) => {
    expect(read(`${header}\nA,2020-05-31,1,0.1\n`)).toEqual({ ok: false, errors: [{ line: 1, column, code, params }], total: 1 });
  });

  it("rejects a header with no rows under it", () => {
    expect(read(`${HEADER}\n`)).toEqual({ ok: false, errors: [{ line: 2, column: "id", code: "no_data_rows", params: {} }], total: 1 });
  });

  it(`keeps ${MAX_IMPORT_ERRORS} errors and counts them all`, () => {
    const bad = Array.from({ length: 150 }, (_, i) => `S${i},2020-05-31,-1,`).join("\n");
    const result = read(`${HEADER}\n${bad}\n`);
    expect(result.ok ? [] : result.errors).toHaveLength(MAX_IMPORT_ERRORS);
    expect(result.ok ? 0 : result.total).toBe(150);
    expect(result.ok ? null : result.errors.at(-1)).toEqual({ line: 101, column: "market_cap", code: "negative_value", params: { value: "-1" } });
  });

  it("counts lines across blank lines and CRLF endings", () => {
    expect(read(`${HEADER}\r\n\r\nA,2020-05-31,1,0.1\r\n\nA,2020-05-31,-2,0.1\r\n`)).toEqual({
      ok: false,
      errors: [{ line: 5, column: "market_cap", code: "negative_value", params: { value: "-2" } }],
      total: 1,
    });
  });

  it("reads quoted cells (the csv-parse path) and reports a broken quote", () => {
    const text = `${HEADER},sector\nA,2020-05-31,1,0.1,"Food, Beverage"\n`;
    expect(read(text)).toEqual(panelOf([{ id: "A", date: "2020-05-31", marketCap: 1, return: 0.1, sector: "Food, Beverage" }]));
    expect(read(`${HEADER}\nA,2020-05-31,1,"0.1\n`)).toEqual({ ok: false, errors: [{ line: 2, column: "return", code: "unclosed_quote", params: {} }], total: 1 });
  });

  it("reads ids and sectors in any UTF-8 script", () => {
    expect(read(`${HEADER},sector\n삼성전자,2020-05-31,1,0.1,전기전자\n`)).toEqual(
      panelOf([{ id: "삼성전자", date: "2020-05-31", marketCap: 1, return: 0.1, sector: "전기전자" }]),
    );
  });
});

describe("readPanelCsv: file-level problems are decodeImportText's", () => {
  test.each([
    ["no bytes", Buffer.alloc(0), { line: null, column: null, code: "empty_file", params: {} }],
    ["only white space", Buffer.from(" \n\n"), { line: null, column: null, code: "blank_file", params: {} }],
    ["a NUL byte", Buffer.from(`${HEADER}\nA\0,2020-05-31,1,\n`), { line: 2, column: null, code: "binary", params: { position: 2 } }],
    ["Latin-1 text", Buffer.from(`${HEADER},sector\nA,2020-05-31,1,,Mat\xe9riaux\n`, "latin1"), { line: 2, column: null, code: "not_utf8", params: { byte: "E9", position: 20 } }],
  ])("%s", (_, bytes, error) => {
    expect(readPanelCsv(bytes)).toEqual({ ok: false, errors: [error], total: 1 });
  });

  it("reads a file that starts with a UTF-8 byte-order mark", () => {
    expect(readPanelCsv(Buffer.from(`\ufeff${HEADER}\nA,2020-05-31,1,0.1\n`))).toEqual(panelOf([{ id: "A", date: "2020-05-31", marketCap: 1, return: 0.1 }]));
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

  it("round-trips through readPanelCsv into the panel buildPanel makes of the rows", () => {
    expect(readPanelCsv(Buffer.from(panelRowsToCsv(rows)))).toEqual(panelOf(rows));
  });
});

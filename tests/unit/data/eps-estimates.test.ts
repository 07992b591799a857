import { describe, expect, it, test } from "vitest";
import { parseEpsEstimates } from "@/lib/data/eps-estimates";
import { describeWithSharedData, readShared } from "@/tests/helpers/shared-data";

const FILE = "panel/eps_calendar_earnings_cache_2025-12-26.json";
type Raw = { symbol: string; reportDate: string; estimate: string | number | null };
const record = (fields: Record<string, unknown>) => ({ symbol: "AAA", name: "ALPHA", reportDate: "2026-01-05", fiscalDateEnding: "2025-12-31", estimate: "-0.10", currency: "USD", ...fields });
const parse = (records: unknown[]) => parseEpsEstimates(JSON.stringify(records));

describeWithSharedData("EPS calendar (real file)", () => {
  it("reads all 2,036 records, one per symbol, with numbers and nulls as in the raw JSON", () => {
    const text = readShared(FILE);
    const result = parseEpsEstimates(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    // Independently, from the raw JSON: counts, report-date span, and every estimate as a number.
    const raw = JSON.parse(text) as Raw[];
    const dates = raw.map((r) => r.reportDate).sort();
    expect(result.value).toMatchObject({ recordsRead: 2036, duplicatesDropped: 0, firstReportDate: "2025-12-29", lastReportDate: "2026-03-26" });
    expect(dates[0]).toBe("2025-12-29");
    expect(result.value.records).toHaveLength(raw.length);
    expect(result.value.records.filter((r) => r.estimate === null)).toHaveLength(raw.filter((r) => r.estimate === null).length);
    expect(result.value.records.filter((r) => r.estimate === null)).toHaveLength(120);
    result.value.records.forEach((r, i) => expect([r.symbol, r.estimate]).toEqual([raw[i]?.symbol, raw[i]?.estimate === null ? null : Number(raw[i]?.estimate)]));
    expect(result.value.records[1]).toEqual({ symbol: "DRUG", name: "BRIGHT MINDS BIOSCIENCES INCORPORATED", reportDate: "2025-12-29", fiscalDateEnding: "2025-09-30", estimate: -0.69, currency: "USD" });
  });
});

describe("parseEpsEstimates (hand-made)", () => {
  it("accepts a number, a numeric string, null and an empty string as the estimate; optional fields may be absent", () => {
    const result = parse([record({ symbol: "A", estimate: 1.5 }), record({ symbol: "B", estimate: "-0.25" }), record({ symbol: "C", estimate: null }), record({ symbol: "D", estimate: "" }), { symbol: "E", reportDate: "2026-01-06", estimate: "0" }]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.records.map((r) => r.estimate)).toEqual([1.5, -0.25, null, null, 0]);
    expect(result.value.records[4]).toEqual({ symbol: "E", name: "", reportDate: "2026-01-06", fiscalDateEnding: null, estimate: 0, currency: null });
  });

  it("keeps the nearest report per symbol, comparing symbols as tickers (BRK.B = BRK-B), the first on a tie", () => {
    const result = parse([
      record({ symbol: "BRK-B", reportDate: "2026-02-20", estimate: "5" }),
      record({ symbol: "BRK.B", reportDate: "2026-01-10", estimate: "4" }),
      record({ symbol: "ZZZ", reportDate: "2026-01-10", estimate: "1" }),
      record({ symbol: "zzz", reportDate: "2026-01-10", estimate: "2" }),
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.records.map((r) => [r.symbol, r.estimate])).toEqual([["BRK.B", 4], ["ZZZ", 1]]);
    expect(result.value).toMatchObject({ recordsRead: 4, duplicatesDropped: 2, firstReportDate: "2026-01-10", lastReportDate: "2026-01-10" });
  });

  // The line is the record's 1-based position in the array, the column its field.
  test.each([
    ["an estimate that is not a number", { estimate: "n/a" }, { line: 2, column: "estimate", code: "not_a_number", params: { value: "n/a" } }],
    ["an estimate of the wrong type", { estimate: true }, { line: 2, column: "estimate", code: "not_a_number", params: { value: "true" } }],
    ["an impossible date", { reportDate: "2026-02-30" }, { line: 2, column: "reportDate", code: "not_a_calendar_date", params: { value: "2026-02-30" } }],
    ["a date in another format", { fiscalDateEnding: "12/31/2025" }, { line: 2, column: "fiscalDateEnding", code: "not_a_date", params: { value: "12/31/2025" } }],
    ["an empty symbol", { symbol: " " }, { line: 2, column: "symbol", code: "empty_cell", params: {} }],
    ["a formula as a symbol", { symbol: "=HYPERLINK(1)" }, { line: 2, column: "symbol", code: "formula_cell", params: { value: "=HYPERLINK(1)" } }],
    ["a missing estimate field", { estimate: undefined }, { line: 2, column: "estimate", code: "missing_field", params: {} }],
  ])("reports %s by record and field", (_, fields, error) => {
    expect(parse([record({ symbol: "OK" }), record(fields)])).toEqual({ ok: false, errors: [error], total: 1 });
  });

  test.each([
    ["broken JSON, on its line", '[\n{"symbol": "A",}\n]', { line: 2, column: null, code: "invalid_json", params: {} }],
    ["an object instead of an array", '{"symbol": "A"}', { line: null, column: null, code: "not_a_json_array", params: {} }],
    ["an empty array", "[]", { line: null, column: null, code: "no_data_rows", params: {} }],
    ["an entry that is not a record", '[["A"]]', { line: 1, column: null, code: "not_a_record", params: {} }],
  ])("refuses %s", (_, text, error) => {
    expect(parseEpsEstimates(text)).toEqual({ ok: false, errors: [error], total: 1 });
  });
});

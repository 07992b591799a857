import { describe, expect, it, test } from "vitest";
import { parseEpsEstimates, type EpsEstimates } from "@/lib/data/eps-estimates";
import { importIsharesHoldings } from "@/lib/data/ishares-holdings";
import type { ConstituentSnapshot } from "@/lib/market/types";
import { estimateProxies } from "@/lib/metrics/estimate-proxies";
import { tickerKey } from "@/lib/metrics/ticker-key";
import { describeWithSharedData, readShared } from "@/tests/helpers/shared-data";

const snapshot = (lines: [string, number][]): ConstituentSnapshot => ({
  id: "s",
  label: "Test fund",
  source: "iShares",
  asOf: "2025-11-05",
  region: "US",
  size: "small",
  synthetic: false,
  constituents: lines.map(([ticker, weight]) => ({ ticker, name: ticker, sector: null, country: null, weight, marketValue: null })),
  hasAnalysts: false,
  hasProfitable: false,
});
const estimates = (records: [string, number | null][]): EpsEstimates => ({
  records: records.map(([symbol, estimate]) => ({ symbol, name: symbol, reportDate: "2026-01-05", fiscalDateEnding: null, estimate, currency: "USD" })),
  recordsRead: records.length,
  duplicatesDropped: 0,
  firstReportDate: "2026-01-05",
  lastReportDate: "2026-01-05",
});

describe("estimateProxies (hand-made)", () => {
  it("computes the doc comment's example by hand", () => {
    // AAA 0.5 negative, BBB 0.3 no estimate, CCC 0.2 not in the calendar:
    // match 2/3 and 0.8/1.0; negative 1/2 and 0.5/0.8; no estimate 1/2 and 0.3/0.8.
    const result = estimateProxies(snapshot([["AAA", 0.5], ["BBB", 0.3], ["CCC", 0.2]]), estimates([["AAA", -1], ["BBB", null], ["ZZZ", 2]]));
    expect(result).toMatchObject({ constituents: 3, matched: 2, counts: { negative: 1, zero: 0, positive: 0, noEstimate: 1 } });
    expect(result.matchRate).toBeCloseTo(2 / 3, 15);
    expect(result.matchRateByWeight).toBeCloseTo(0.8, 15);
    expect(result.negativeShareByCount).toBe(0.5);
    expect(result.negativeShareByWeight).toBeCloseTo(0.625, 15);
    expect(result.noEstimateShareByCount).toBe(0.5);
    expect(result.noEstimateShareByWeight).toBeCloseTo(0.375, 15);
    expect(result.snapshot).toEqual({ id: "s", label: "Test fund", source: "iShares", asOf: "2025-11-05" });
  });

  it("joins BRKB to BRK-B, counts a second line of a ticker once (weights summed) and a '-' line apart", () => {
    const result = estimateProxies(snapshot([["BRKB", 0.2], ["ADRO", 0.1], ["ADRO", 0.1], ["-", 0.1], ["-", 0.1]]), estimates([["BRK-B", 0], ["ADRO", 3]]));
    expect(result).toMatchObject({ constituents: 4, matched: 2, counts: { negative: 0, zero: 1, positive: 1, noEstimate: 0 } });
    expect(result.matchRateByWeight).toBeCloseTo(0.4 / 0.6, 15);
  });

  test.each([
    ["an empty snapshot", [], { matchRate: null, matchRateByWeight: null, negativeShareByCount: null, negativeShareByWeight: null }],
    ["no name matched", [["AAA", 1]], { matchRate: 0, matchRateByWeight: 0, negativeShareByCount: null, noEstimateShareByWeight: null }],
    ["matched names of zero weight", [["AAA", 0]], { matchRate: 1, matchRateByWeight: null, negativeShareByCount: 0, negativeShareByWeight: null }],
  ] as [string, [string, number][], object][])("gives null, not 0, for undefined shares: %s", (_, lines, expected) => {
    const calendar = estimates(lines.length && lines[0]?.[1] === 0 ? [["AAA", 1]] : [["ZZZ", 1]]);
    expect(estimateProxies(snapshot(lines), calendar)).toMatchObject(expected);
  });

  it("refuses a negative weight, naming the function", () => {
    expect(() => estimateProxies(snapshot([["AAA", -0.1]]), estimates([]))).toThrow(/^estimateProxies: /);
  });

  test.each([
    ["BRK.B", "BRKB"],
    ["brk-b", "BRKB"],
    ["BRK/B", "BRKB"],
    [" AAPL ", "AAPL"],
    ["-", null],
    ["", null],
  ])("tickerKey(%s) → %s", (ticker, key) => {
    expect(tickerKey(ticker)).toBe(key);
  });
});

describeWithSharedData("estimateProxies: IWM 2025-11-05 joined to the EPS calendar of 2025-12-26 (real files)", () => {
  it("matches SOURCES.md (1,548 tickers: 112 null, 387 negative, 1,032 positive) and a plain loop over the raw files", () => {
    const csv = readShared("holdings/IWM_holdings_2025-11-05.csv");
    const json = readShared("panel/eps_calendar_earnings_cache_2025-12-26.json");
    const holdings = importIsharesHoldings(csv, { id: "iwm", label: "iShares Russell 2000 ETF", source: "iShares", region: "US", size: "small" });
    const calendar = parseEpsEstimates(json);
    if (!holdings.ok || !calendar.ok) throw new Error("import failed");
    const result = estimateProxies(holdings.value.snapshot, calendar.value);

    // Independently: the raw CSV's equity lines (every cell quoted, so split on '","'), tickers as printed,
    // weights in percent; the raw JSON's records by symbol. No normalisation is needed on these files.
    const lines = csv.split("\n");
    const header = lines.findIndex((l) => l.startsWith("Ticker,"));
    const weightByTicker = new Map<string, number>();
    let unlisted = 0;
    for (const line of lines.slice(header + 1)) {
      if (!line.startsWith('"')) break;
      const cells = line.slice(1, line.lastIndexOf('"')).split('","');
      if (cells[3] !== "Equity") continue;
      if (cells[0] === "-") unlisted++;
      else weightByTicker.set(cells[0] ?? "", (weightByTicker.get(cells[0] ?? "") ?? 0) + Number(cells[5]));
    }
    const bySymbol = new Map((JSON.parse(json) as { symbol: string; estimate: string | null }[]).map((r) => [r.symbol, r.estimate]));
    let matched = 0, negative = 0, positive = 0, none = 0, wMatched = 0, wNegative = 0, wNone = 0, wAll = 0;
    for (const [ticker, weight] of weightByTicker) {
      wAll += weight;
      if (!bySymbol.has(ticker)) continue;
      const estimate = bySymbol.get(ticker);
      matched++;
      wMatched += weight;
      if (estimate === null) {
        none++;
        wNone += weight;
      } else if (Number(estimate) < 0) {
        negative++;
        wNegative += weight;
      } else if (Number(estimate) > 0) positive++;
    }
    expect([matched, none, negative, positive]).toEqual([1548, 112, 387, 1032]);
    expect(result).toMatchObject({ constituents: weightByTicker.size + unlisted, matched, counts: { negative, positive, noEstimate: none, zero: matched - negative - positive - none } });
    expect(result.constituents).toBe(1961);
    expect(result.matchRate).toBeCloseTo(matched / (weightByTicker.size + unlisted), 12);
    expect(result.negativeShareByCount).toBeCloseTo(387 / 1548, 12);
    expect(result.noEstimateShareByCount).toBeCloseTo(112 / 1548, 12);
    // Unlisted lines weigh 0.00% in this file, so wAll is every equity line's weight.
    expect(result.matchRateByWeight).toBeCloseTo(wMatched / wAll, 10);
    expect(result.negativeShareByWeight).toBeCloseTo(wNegative / wMatched, 10);
    expect(result.noEstimateShareByWeight).toBeCloseTo(wNone / wMatched, 10);
    expect(result.estimates).toEqual({ records: 2036, firstReportDate: "2025-12-29", lastReportDate: "2026-03-26" });
  });
});

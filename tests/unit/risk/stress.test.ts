import { describe, expect, test } from "vitest";
import { generateSleeveHistory } from "@/lib/data/synthetic";
import { runHistoricalStress, STRESS_EPISODES, type StressEpisodeResult } from "@/lib/risk";
import { series } from "./series";

// 2020-01 … 2020-07. A: 0, −10%, −10%, +10%, +15%, 0, 0. B: 0 throughout.
const history = {
  A: series("A", "2020-01", [0, -0.1, -0.1, 0.1, 0.15, 0, 0]),
  B: series("B", "2020-01", [0, 0, 0, 0, 0, 0, 0]),
};
const allA = { weights: { A: 1 }, rebalance: { kind: "monthly" } as const };
const halfA = { weights: { A: 0.5, B: 0.5 } };

function covered<Id extends string>(result: StressEpisodeResult<Id> | undefined) {
  if (!result?.covered) throw new Error("expected a covered episode");
  return result;
}

describe("runHistoricalStress: hand-checked episodes", () => {
  test("a two-month fall, then recovery after the episode", () => {
    const [result] = runHistoricalStress({
      series: history,
      portfolio: allA,
      benchmark: halfA,
      episodes: [{ id: "fall", start: "2020-02", end: "2020-03" }],
    });
    const { portfolio, benchmark } = covered(result);
    // 0.9 × 0.9 = 0.81: −19%, the trough in March; April 0.891, May 1.02465 → back in 2 months
    expect(portfolio).toEqual({ cumulativeReturn: expect.closeTo(-0.19, 12), maxDrawdown: expect.closeTo(-0.19, 12), troughMonth: "2020-03", monthsToRecover: 2 });
    // 50/50 rebalanced monthly: −5%, −5% → 0.9025; +5% → 0.947625; +7.5% → 1.018697: also 2 months
    expect(benchmark).toEqual({ cumulativeReturn: expect.closeTo(-0.0975, 12), maxDrawdown: expect.closeTo(-0.0975, 12), troughMonth: "2020-03", monthsToRecover: 2 });
  });

  test("the drawdown counts from a peak inside the episode; the recovery from the starting level", () => {
    // Episode 2020-04 … 2020-07: +10%, +15%, 0, 0 → never below the start: 0 months to recover, no trough.
    const [rising] = runHistoricalStress({ series: history, portfolio: allA, episodes: [{ id: "rise", start: "2020-04", end: "2020-07" }] });
    expect(covered(rising).portfolio).toEqual({ cumulativeReturn: expect.closeTo(0.265, 12), maxDrawdown: 0, troughMonth: null, monthsToRecover: 0 });
    // Episode 2020-01 … 2020-03 with a buy-and-hold 50/50: 1, 0.95, then A's half 0.405 + 0.5 = 0.905.
    const [held] = runHistoricalStress({
      series: history,
      portfolio: { weights: { A: 0.5, B: 0.5 }, rebalance: { kind: "never" } },
      episodes: [{ id: "held", start: "2020-01", end: "2020-03" }],
    });
    // after: April 0.4455 + 0.5 = 0.9455, May 0.512325 + 0.5 = 1.012325 → recovered 2 months after March
    expect(covered(held).portfolio).toEqual({ cumulativeReturn: expect.closeTo(-0.095, 12), maxDrawdown: expect.closeTo(-0.095, 12), troughMonth: "2020-03", monthsToRecover: 2 });
  });

  test("no recovery within the data: null", () => {
    const [result] = runHistoricalStress({
      series: { A: series("A", "2020-01", [0.05, -0.2, 0.01, 0.01]) },
      portfolio: allA,
      episodes: [{ id: "late", start: "2020-02", end: "2020-02" }],
    });
    expect(covered(result).portfolio.monthsToRecover).toBeNull();
    expect(covered(result).portfolio.troughMonth).toBe("2020-02");
  });

  test("fees come off every month: 1.2% a year is 0.1% a month", () => {
    const [result] = runHistoricalStress({
      series: history,
      portfolio: { ...allA, feesBps: { A: 120 } },
      episodes: [{ id: "fall", start: "2020-02", end: "2020-03" }],
    });
    // 0.899 × 0.899 − 1
    expect(covered(result).portfolio.cumulativeReturn).toBeCloseTo(0.899 * 0.899 - 1, 12);
  });

  test.each([
    ["before the data", "2019-11", "2020-02"],
    ["after the data", "2020-06", "2020-09"],
    ["entirely outside it", "2000-03", "2002-09"],
  ])("an episode %s is not covered", (_label, start, end) => {
    expect(runHistoricalStress({ series: history, portfolio: allA, episodes: [{ id: "x", start, end }] })).toEqual([
      { id: "x", start, end, covered: false },
    ]);
  });

  test("coverage is the common period of every weighted sleeve, the benchmark's included", () => {
    const short = { ...history, C: series("C", "2020-03", [0, 0, 0, 0, 0]) };
    const [result] = runHistoricalStress({
      series: short,
      portfolio: allA,
      benchmark: { weights: { C: 1 } },
      episodes: [{ id: "fall", start: "2020-02", end: "2020-03" }],
    });
    expect(result?.covered).toBe(false);
  });

  test("refuses an episode that ends before it starts", () => {
    expect(() => runHistoricalStress({ series: history, portfolio: allA, episodes: [{ id: "x", start: "2020-03", end: "2020-02" }] })).toThrow(/runHistoricalStress: episode "x"/);
  });
});

describe("runHistoricalStress: the five episodes on the demo history (2000-01 … 2024-12)", () => {
  test("every episode is covered, keeps its id, and its drawdown is no worse than its cumulative return implies", () => {
    const results = runHistoricalStress({
      series: generateSleeveHistory().series,
      portfolio: { weights: { US_LARGE: 0.6, BONDS: 0.4 }, rebalance: { kind: "annual" } },
      benchmark: { weights: { US_LARGE: 1 } },
      episodes: STRESS_EPISODES,
    });
    expect(results.map((r) => [r.id, r.covered])).toEqual([
      ["dot_com", true],
      ["gfc", true],
      ["euro_crisis", true],
      ["covid", true],
      ["rate_shock_2022", true],
    ]);
    for (const result of results) {
      const { portfolio } = covered(result);
      // the end of the episode is one of the points the drawdown looks at, from a peak of at least 1
      expect(portfolio.maxDrawdown).toBeLessThanOrEqual(Math.min(0, portfolio.cumulativeReturn) + 1e-12);
    }
  });
});

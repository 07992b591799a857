import { describe, expect, test } from "vitest";
import { runSleeveBacktest } from "@/lib/backtest";
import type { SleeveRebalance } from "@/lib/backtest/sleeve-types";
import { runMonteCarlo, type MonteCarloInput, type PercentileBand } from "@/lib/risk";
import { binomialCdf, series } from "./series";

const allEqual = (band: PercentileBand, value: number) =>
  expect(Object.values(band)).toEqual(Array(5).fill(expect.closeTo(value, 9)));

describe("runMonteCarlo: a constant-return history gives one path, in closed form", () => {
  // A returns 1% and B 0.5% every month; 60/40 with a 1.2% fee on A (0.1% a month).
  const history = { A: series("A", "2000-01", Array(36).fill(0.01)), B: series("B", "2000-01", Array(36).fill(0.005)) };
  const base = (rebalance: SleeveRebalance): MonteCarloInput => ({
    series: history,
    portfolio: { weights: { A: 0.6, B: 0.4 }, feesBps: { A: 120 }, rebalance },
    horizonYears: 3,
    initialAmount: 1000,
    yearlyCashFlow: 100,
    inflation: 0.02,
    target: { amount: 1200, basis: "real" },
    paths: 500,
  });

  test.each<[string, SleeveRebalance, number]>([
    // monthly: every month 0.6 × (0.01 − 0.001) + 0.4 × 0.005 = 0.0074, so a year grows 1.0074^12
    ["monthly", { kind: "monthly" }, 1.0074 ** 12],
    // annual: buy and hold within the year, 0.6 × 1.009^12 + 0.4 × 1.005^12, then back to 60/40
    ["annual", { kind: "annual" }, 0.6 * 1.009 ** 12 + 0.4 * 1.005 ** 12],
  ])("%s rebalancing: W_y = 1000 G^y + Σ_j 100 · 1.02^j · G^(y − j), flows at each year's start", (_label, rule, growth) => {
    const result = runMonteCarlo(base(rule));
    result.portfolio.years.forEach(({ year, wealth, realWealth, probabilityBelowStart, probabilityReachingTarget, worst12MonthReturn, medianMaxDrawdown }) => {
      let expected = 1000 * growth ** year;
      for (let j = 0; j < year; j++) expected += 100 * 1.02 ** j * growth ** (year - j);
      allEqual(wealth, expected);
      allEqual(realWealth!, expected / 1.02 ** year);
      expect(probabilityBelowStart).toBe(0);
      // the target is 1,200 in today's money: 1,224, 1,248.48 and 1,273.45 in money of years 1, 2, 3
      expect(probabilityReachingTarget).toBe(expected >= 1200 * 1.02 ** year ? 1 : 0);
      // any 12 consecutive months grow by G, across a rebalance too (the drift repeats every year)
      allEqual(worst12MonthReturn, growth - 1);
      expect(medianMaxDrawdown).toBe(0);
    });
    // year 1: 1,100 × G; year 3 is above the target and year 1 below it (1.0074^12 = 1.0926, 1,201.9 < 1,224)
    expect(result.portfolio.years[0]!.probabilityReachingTarget).toBe(0);
    expect(result.portfolio.years[2]!.probabilityReachingTarget).toBe(1);
  });

  test("a withdrawal larger than the wealth empties the portfolio, which then stays at 0", () => {
    const result = runMonteCarlo({ ...base({ kind: "monthly" }), yearlyCashFlow: -600, inflation: 0, target: undefined });
    // year 1: (1000 − 600) × 1.0926 = 437.0; year 2: 437.0 − 600 < 0 → 0, and 0 in year 3
    const g = 1.0074 ** 12;
    allEqual(result.portfolio.years[0]!.wealth, 400 * g);
    expect(result.portfolio.years.map((y) => y.probabilityDepleted)).toEqual([0, 1, 1]);
    expect(result.portfolio.years[2]!.wealth.p95).toBe(0);
    expect(result.portfolio.years[0]!.realWealth).toEqual(result.portfolio.years[0]!.wealth);
  });

  test("annualised volatility is 0, and the one-year returns are all G − 1", () => {
    const result = runMonteCarlo(base({ kind: "monthly" }));
    expect(result.portfolio.annualVolatility).toBeCloseTo(0, 9);
    allEqual(result.portfolio.oneYearReturn, 1.0074 ** 12 - 1);
  });
});

describe("runMonteCarlo: a two-state history with block length 1 gives binomial probabilities", () => {
  // Independent months, so after n months the number k of up-months is binomial(n, p) and wealth is
  // 1.05^k · 0.96^(n − k). The tolerance is four standard errors of a share estimated from 10,000 paths,
  // 4 √(p(1 − p)/10,000) <= 0.02: a right bootstrap lands inside it for all but about 1 seed in 15,000.
  const tolerance = (p: number) => 4 * Math.sqrt((p * (1 - p)) / 10_000);
  const belowStart = (n: number, p: number) => {
    let kMax = -1;
    while (1.05 ** (kMax + 1) * 0.96 ** (n - kMax - 1) < 1) kMax++;
    return binomialCdf(n, p, kMax);
  };

  test.each([
    ["two months, one up (p = 1/2)", [0.05, -0.04], 0.5],
    ["three months, two up (p = 2/3)", [0.05, 0.05, -0.04], 2 / 3],
  ])("%s: P(end below start) after 12 and 24 months", (_label, returns, p) => {
    const result = runMonteCarlo({
      series: { A: series("A", "2000-01", returns) },
      portfolio: { weights: { A: 1 }, rebalance: { kind: "monthly" } },
      horizonYears: 2,
      initialAmount: 1,
      meanBlockLength: 1,
      seed: 7,
    });
    // p = 1/2, 12 months: below when k <= 5: (1 + 12 + 66 + 220 + 495 + 792) / 4096 = 0.387207
    for (const [year, n] of [[0, 12], [1, 24]] as const) {
      const expected = belowStart(n, p);
      expect(Math.abs(result.portfolio.years[year]!.probabilityBelowStart - expected)).toBeLessThan(tolerance(expected));
    }
    if (p === 0.5) expect(belowStart(12, 0.5)).toBeCloseTo(1586 / 4096, 12);
  });

  test("whole cross-sections: a 50/50 mix of two sleeves has two monthly outcomes, not four", () => {
    // Month 1: X +10%, Y −5% → +2.5%; month 2: X −8%, Y +6% → −1%. Drawing sleeves separately would add
    // +1% and −6.5% months. P(k <= 2) = 0.019, P(k <= 3) = 0.073, P(k <= 4) = 0.194, P(k <= 5) = 0.387,
    // P(k <= 6) = 0.613, P(k <= 7) = 0.806, P(k <= 8) = 0.927, P(k <= 9) = 0.981: the 5/25/50/75/95th
    // percentiles fall on k = 3, 5, 6, 7, 9, each many standard errors from the next k.
    const result = runMonteCarlo({
      series: { X: series("X", "2000-01", [0.1, -0.08]), Y: series("Y", "2000-01", [-0.05, 0.06]) },
      portfolio: { weights: { X: 0.5, Y: 0.5 }, rebalance: { kind: "monthly" } },
      horizonYears: 1,
      initialAmount: 1,
      meanBlockLength: 1,
      seed: 11,
    });
    const w = (k: number) => 1.025 ** k * 0.99 ** (12 - k);
    const { p5, p25, p50, p75, p95 } = result.portfolio.years[0]!.wealth;
    expect([p5, p25, p50, p75, p95]).toEqual([w(3), w(5), w(6), w(7), w(9)].map((x) => expect.closeTo(x, 12)));
  });
});

describe("runMonteCarlo: rebalancing follows the back-test's rules", () => {
  // A one-month history makes every path that month repeated; the back-test of the same month repeated
  // from a January (lib/backtest, weights rather than holdings) must give the same year-end wealth.
  const month = { A: series("A", "2000-01", [0.03]), B: series("B", "2000-01", [-0.01]) };
  test.each<[string, SleeveRebalance]>([
    ["quarterly", { kind: "quarterly" }],
    ["annual", { kind: "annual" }],
    ["never", { kind: "never" }],
    ["band 5%", { kind: "band", band: 0.05 }],
  ])("%s", (_label, rebalance) => {
    const years = 3;
    const repeated = {
      A: series("A", "2000-01", Array(12 * years).fill(0.03)),
      B: series("B", "2000-01", Array(12 * years).fill(-0.01)),
    };
    const mix = { weights: { A: 0.5, B: 0.5 }, feesBps: { A: 60, B: 24 }, rebalance };
    const backtest = runSleeveBacktest({ series: repeated, ...mix });
    const result = runMonteCarlo({ series: month, portfolio: mix, horizonYears: years, initialAmount: 1, paths: 3 });
    result.portfolio.years.forEach(({ year, wealth }) => allEqual(wealth, backtest.wealth[12 * year]!));
  });
});

describe("runMonteCarlo: the benchmark and the methodology", () => {
  const history = { A: series("A", "2000-01", [0.04, -0.03, 0.01, 0.02, -0.05, 0.03]), B: series("B", "2000-01", [0.01, 0.0, 0.005, -0.002, 0.01, 0.0]) };

  test("the benchmark is played on the same paths: the same mix gives the same outcome", () => {
    const mix = { weights: { A: 0.7, B: 0.3 }, rebalance: { kind: "annual" } as const };
    const result = runMonteCarlo({ series: history, portfolio: mix, benchmark: mix, horizonYears: 4, initialAmount: 10, paths: 2000 });
    expect(result.benchmark).toEqual(result.portfolio);
  });

  test("the stamp carries what a re-run needs", () => {
    const result = runMonteCarlo({ series: history, portfolio: { weights: { A: 1 }, rebalance: { kind: "monthly" } }, horizonYears: 1, initialAmount: 1, seed: 42, paths: 10, meanBlockLength: 6 });
    expect(result.methodology).toEqual({
      method: "stationary_block_bootstrap",
      seed: 42,
      meanBlockLength: 6,
      paths: 10,
      engineVersion: expect.any(String),
      history: { start: "2000-01", end: "2000-06", months: 6 },
    });
    expect(result.benchmark).toBeNull();
  });

  test("defaults: 10,000 paths, mean block 12 months, the default seed", () => {
    const result = runMonteCarlo({ series: history, portfolio: { weights: { A: 1 }, rebalance: { kind: "monthly" } }, horizonYears: 1, initialAmount: 1 });
    expect(result.methodology).toMatchObject({ paths: 10_000, meanBlockLength: 12 });
  });

  test.each<[string, Partial<MonteCarloInput>, RegExp]>([
    ["a horizon of 0", { horizonYears: 0 }, /horizonYears/],
    ["a fractional horizon", { horizonYears: 1.5 }, /horizonYears/],
    ["no money", { initialAmount: 0 }, /initialAmount/],
    ["inflation of −100%", { inflation: -1 }, /inflation/],
    ["a target of 0", { target: { amount: 0, basis: "nominal" } }, /target/],
    ["0 paths", { paths: 0 }, /paths/],
    ["more path-years than the buffers allow", { paths: 100_000, horizonYears: 31 }, /paths × horizonYears/],
    ["a block shorter than a month", { meanBlockLength: 0.5 }, /blockSampler: mean block length/],
    ["a negative seed", { seed: -1 }, /blockSampler: seed/],
    ["weights summing to 0.9", { portfolio: { weights: { A: 0.9 }, rebalance: { kind: "monthly" } } }, /sum to 1/],
    ["a weighted sleeve with no history", { portfolio: { weights: { C: 1 }, rebalance: { kind: "monthly" } } }, /no series/],
  ])("refuses %s", (_label, change, message) => {
    const input: MonteCarloInput = { series: history, portfolio: { weights: { A: 1 }, rebalance: { kind: "monthly" } }, horizonYears: 1, initialAmount: 1, paths: 5, ...change };
    expect(() => runMonteCarlo(input)).toThrow(message);
  });

  test("refuses a month in which a sleeve loses everything net of fees", () => {
    const input = { series: { A: series("A", "2000-01", [0.01, -1]) }, portfolio: { weights: { A: 1 }, rebalance: { kind: "monthly" } as const }, horizonYears: 1, initialAmount: 1, paths: 5 };
    expect(() => runMonteCarlo(input)).toThrow(/loses everything/);
  });
});

import { describe, expect, test } from "vitest";
import {
  cagr,
  computeStats,
  maxDrawdown,
  returnRisk,
  sharpe,
  sortino,
  volatility,
  type Stats,
} from "@/lib/backtest";
import { computeStatsOfEach } from "@/lib/backtest/stats";

type Expected = Omit<Stats, "periods" | "periodsPerYear">;

// Expected values computed by hand (and checked with Python's math module).
describe("computeStats (domain.md §3 Statistics)", () => {
  test.each<[string, number[], number, number, Expected]>([
    [
      "empty series: every figure undefined",
      [],
      1,
      0,
      { cagr: null, volatility: null, sharpe: null, sortino: null, returnRisk: null, maxDrawdown: null, best: null, worst: null },
    ],
    [
      // one period: CAGR = 0.1; no sample std with n − 1 = 0 → volatility, Sharpe, Sortino, return/risk null
      "single period",
      [0.1],
      1,
      0,
      { cagr: 0.1, volatility: null, sharpe: null, sortino: null, returnRisk: null, maxDrawdown: 0, best: 0.1, worst: 0.1 },
    ],
    [
      // constant 5%: volatility exactly 0 → Sharpe and return/risk null (not 0); no period below rf → Sortino null
      "zero volatility",
      [0.05, 0.05, 0.05],
      1,
      0,
      { cagr: 0.05, volatility: 0, sharpe: null, sortino: null, returnRisk: null, maxDrawdown: 0, best: 0.05, worst: 0.05 },
    ],
    [
      // CAGR = √(1.1 × 1.3) − 1 = √1.43 − 1 = 0.195826; mean 0.2, std = √((0.1² + 0.1²)/1) = 0.141421
      // Sharpe = 0.2 / 0.141421 = 1.414214; return/risk = 0.195826 / 0.141421 = 1.384699
      "two annual periods",
      [0.1, 0.3],
      1,
      0,
      {
        cagr: 0.195826074,
        volatility: 0.141421356,
        sharpe: 1.414213562,
        sortino: null,
        returnRisk: 1.384699451,
        maxDrawdown: 0,
        best: 0.3,
        worst: 0.1,
      },
    ],
    [
      // wealth 1.1, 0.55, 1.1 → CAGR = 1.1^(1/3) − 1 = 0.032280; mean 0.2;
      // std = √((0.01 + 0.49 + 0.64)/2) = √0.57 = 0.754983; Sharpe = 0.2/0.754983 = 0.264906;
      // downside = √(0.5²/3) = 0.288675 → Sortino = 0.2/0.288675 = 0.692820; drawdown 0.55/1.1 − 1 = −0.5
      "a 50% drawdown",
      [0.1, -0.5, 1],
      1,
      0,
      {
        cagr: 0.032280115,
        volatility: 0.754983444,
        sharpe: 0.264906471,
        sortino: 0.692820323,
        returnRisk: 0.042756057,
        maxDrawdown: -0.5,
        best: 1,
        worst: -0.5,
      },
    ],
    [
      // monthly, rf 1.2% a year → 0.1% a month. Π = 1.01 × 1.02 × 0.99 × 1.03 = 1.05049494 → CAGR = Π³ − 1 = 0.159263;
      // mean 0.0125, std = √(8.75e-4/3) = 0.0170783 × √12 = 0.0591608; Sharpe = (0.0115 × 12)/0.0591608 = 2.332626;
      // downside = √(0.011²/4) × √12 = 0.0190526 → Sortino = 0.138/0.0190526 = 7.243122;
      // drawdown 1.0302 → 1.019898: 0.99 − 1 = −0.01
      "monthly with a risk-free rate",
      [0.01, 0.02, -0.01, 0.03],
      12,
      0.012,
      {
        cagr: 0.159262786,
        volatility: 0.059160798,
        sharpe: 2.332625743,
        sortino: 7.243121559,
        returnRisk: 2.692032421,
        maxDrawdown: -0.01,
        best: 0.03,
        worst: -0.01,
      },
    ],
    [
      // wealth 0 after a −100% period: CAGR −1 (everything lost); drawdown −1; mean −0.25, std √(0.5625·2/1) = 1.06066
      "total loss",
      [-1, 0.5],
      1,
      0,
      {
        cagr: -1,
        volatility: 1.060660172,
        sharpe: -0.235702260,
        sortino: -0.353553391,
        returnRisk: -0.942809042,
        maxDrawdown: -1,
        best: 0.5,
        worst: -1,
      },
    ],
  ])("%s", (_label, returns, periodsPerYear, riskFree, expected) => {
    const stats = computeStats(Float64Array.from(returns), periodsPerYear, riskFree);
    expect(stats.periods).toBe(returns.length);
    expect(stats.periodsPerYear).toBe(periodsPerYear);
    for (const [key, value] of Object.entries(expected) as [keyof Expected, number | null][]) {
      if (value === null) expect(stats[key], key).toBeNull();
      else expect(stats[key], key).toBeCloseTo(value, 8);
    }
  });

  test("the study's Sharpe is CAGR ÷ std with rf 0 (return/risk), not the arithmetic Sharpe", () => {
    // [0.1, 0.21]: CAGR 0.153690 / std 0.077782 = 1.975910; arithmetic Sharpe = 0.155 / 0.077782 = 1.992755
    const stats = computeStats([0.1, 0.21], 1);
    expect(stats.returnRisk).toBeCloseTo(1.975910044, 8);
    expect(stats.sharpe).toBeCloseTo(1.992755474, 8);
  });

  test.each([
    ["cagr", () => cagr([0.1], 0), /cagr: periodsPerYear must be a positive number/],
    ["volatility", () => volatility([0.1, NaN], 1), /volatility: returns\[1\] is not a finite number/],
    ["sharpe", () => sharpe([0.1, 0.2], -1), /periodsPerYear must be a positive number/],
    ["sortino", () => sortino([Infinity], 1), /sortino: returns\[0\]/],
    ["maxDrawdown", () => maxDrawdown([NaN]), /maxDrawdown: returns\[0\]/],
    ["computeStats", () => computeStats([0.1], 1, NaN), /computeStats: riskFreeAnnual must be finite/],
    ["computeStats", () => computeStats([0.1], 0), /computeStats: periodsPerYear must be a positive number/],
    ["computeStats", () => computeStats([0.1, Infinity], 1), /computeStats: returns\[1\] is not a finite number/],
  ])("%s guards its inputs", (_label, call, message) => {
    expect(call).toThrow(message);
  });
});

describe("computeStatsOfEach", () => {
  test("gives each series the figures its own functions give, empty and one-period series included", () => {
    const series = [[0.1, 0.3], [], [0.05, 0.05, 0.05], [-0.2, 0.1, -1, 0.4], [0.1], [0.02, -0.01, 0.03, -0.04]];
    const rf = 0.01;
    const stats = computeStatsOfEach(series, 4, rf);
    expect(stats).toHaveLength(series.length);
    series.forEach((returns, i) => {
      const empty = returns.length === 0;
      // The very functions, one by one: the batch computes each intermediate once, in the same order.
      expect(stats[i]).toEqual({
        cagr: cagr(returns, 4),
        volatility: volatility(returns, 4),
        sharpe: sharpe(returns, 4, rf),
        sortino: sortino(returns, 4, rf),
        returnRisk: returnRisk(returns, 4),
        maxDrawdown: maxDrawdown(returns),
        best: empty ? null : Math.max(...returns),
        worst: empty ? null : Math.min(...returns),
        periods: returns.length,
        periodsPerYear: 4,
      });
    });
  });
});

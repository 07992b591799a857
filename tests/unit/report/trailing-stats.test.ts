import { describe, expect, test } from "vitest";
import { returnsFromWealth, trailingWindows, windowStats } from "@/components/report/trailing-stats";
import { demoView, US_CLIENT } from "./helpers/demo-views";

const monthsOf = (n: number, from = 2020) => Array.from({ length: n }, (_, k) => `${from + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`);
const wealthOf = (returns: readonly number[]) => returns.reduce((w, r) => [...w, w.at(-1)! * (1 + r)], [1]);

describe("returnsFromWealth", () => {
  test.each([
    { label: "two months", wealth: [1, 1.1, 0.99], returns: [0.1, -0.1] },
    { label: "a start only: no months", wealth: [1], returns: [] },
    { label: "empty", wealth: [], returns: [] },
    { label: "a total loss in the last month", wealth: [1, 2, 0], returns: [1, -1] },
  ])("$label", ({ wealth, returns }) => {
    const got = Array.from(returnsFromWealth(wealth));
    expect(got).toHaveLength(returns.length);
    got.forEach((r, k) => expect(r).toBeCloseTo(returns[k]!, 12));
  });

  test.each([
    { label: "a wealth of 0 before the end", wealth: [1, 0, 1] },
    { label: "a negative wealth", wealth: [1, -1, 1] },
    { label: "a NaN", wealth: [1, Number.NaN] },
  ])("refuses $label", ({ wealth }) => {
    expect(() => returnsFromWealth(wealth)).toThrow(/^returnsFromWealth: /);
  });
});

describe("windowStats", () => {
  // Hand-computed (Python, statistics.stdev): returns 1%, −1%, 2%. Wealth 1.01 × 0.99 × 1.02 = 1.019898;
  // CAGR = 1.019898^(12/3) − 1 = 0.0819993; sample std 0.0152753 × √12 = 0.0529150; Sharpe = (0.02/3 × 12) /
  // 0.0529150 = 1.5118579; max drawdown = 0.9999 / 1.01 − 1 = −0.01.
  test("three months", () => {
    const s = windowStats(new Float64Array([0.01, -0.01, 0.02]));
    expect(s.cagr).toBeCloseTo(0.0819993, 7);
    expect(s.volatility).toBeCloseTo(0.052915, 6);
    expect(s.sharpe).toBeCloseTo(1.5118579, 6);
    expect(s.maxDrawdown).toBeCloseTo(-0.01, 12);
  });

  test("one month: volatility and Sharpe are undefined (null), not 0", () => {
    expect(windowStats(new Float64Array([0.05]))).toEqual({ cagr: expect.closeTo(1.05 ** 12 - 1, 9), volatility: null, sharpe: null, maxDrawdown: 0 });
  });

  test("empty: every figure null", () => {
    expect(windowStats(new Float64Array())).toEqual({ cagr: null, volatility: null, sharpe: null, maxDrawdown: null });
  });
});

describe("trailingWindows", () => {
  test.each([
    { label: "no months", months: 0, windows: [] },
    { label: "11 months: the full period only", months: 11, windows: [null] },
    { label: "exactly 12 months: 1 year and the full period", months: 12, windows: [1, null] },
    { label: "36 months: 1 and 3 years (the 3 years are the full period)", months: 36, windows: [1, 3, null] },
    { label: "59 months: 5 years are not covered", months: 59, windows: [1, 3, null] },
    { label: "300 months: all four and the full period", months: 300, windows: [1, 3, 5, 10, null] },
  ])("$label", ({ months, windows }) => {
    const m = monthsOf(months);
    const got = trailingWindows(m, [wealthOf(m.map(() => 0.01))]);
    expect(got.map((w) => w.years)).toEqual(windows);
    for (const w of got) {
      expect(w.months).toBe(w.years === null ? months : w.years * 12);
      expect(w.end).toBe(m.at(-1));
      expect(w.start).toBe(m[months - w.months]);
    }
  });

  // 12 months of +1%, then 12 of 0%. Last year: CAGR 0, volatility 0, so Sharpe undefined, no drawdown.
  // Full 24 months: CAGR = (1.01^12)^(12/24) − 1 = 1.01^6 − 1 = 0.0615202; sample std of twelve 0.01 and
  // twelve 0 = 0.0051075 × √12 = 0.0176930 (Python, statistics.stdev); Sharpe = 0.005 × 12 / 0.0176930 = 3.3911650.
  test("a window is measured from its own start", () => {
    const m = monthsOf(24);
    const [lastYear, full] = trailingWindows(m, [wealthOf([...Array(12).fill(0.01), ...Array(12).fill(0)])]);
    expect(lastYear!.series[0]).toEqual({ cagr: expect.closeTo(0, 12), volatility: 0, sharpe: null, maxDrawdown: 0 });
    expect(full!.series[0]!.cagr).toBeCloseTo(0.0615202, 7);
    expect(full!.series[0]!.volatility).toBeCloseTo(0.017693, 6);
    expect(full!.series[0]!.sharpe).toBeCloseTo(3.391165, 5);
  });

  test("a series without data (no benchmark) has null figures in every window", () => {
    const m = monthsOf(12);
    const [w] = trailingWindows(m, [wealthOf(m.map(() => 0.01)), []]);
    expect(w!.series[1]).toEqual({ cagr: null, volatility: null, sharpe: null, maxDrawdown: null });
  });

  test("refuses a curve that does not fit the months", () => {
    expect(() => trailingWindows(monthsOf(3), [[1, 1.01]])).toThrow(/^trailingWindows: series\[0\] has 2 points for 3 months/);
  });

  test("the full period of a real proposal matches the statistics it stored (from wealth rounded to 1e-6)", () => {
    const view = demoView(US_CLIENT);
    const { backtest } = view;
    const full = trailingWindows(backtest.months, [backtest.proposal.wealthNet, backtest.proposal.wealthGross, backtest.benchmark.wealth]).at(-1)!;
    const stored = [backtest.stats.net, backtest.stats.gross, backtest.stats.benchmark!];
    full.series.forEach((s, i) => {
      expect(s.cagr).toBeCloseTo(stored[i]!.cagr!, 5);
      expect(s.volatility).toBeCloseTo(stored[i]!.volatility!, 5);
      expect(s.sharpe).toBeCloseTo(stored[i]!.sharpe!, 4);
      expect(s.maxDrawdown).toBeCloseTo(stored[i]!.maxDrawdown!, 5);
    });
  });
});

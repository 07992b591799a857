import { describe, expect, test } from "vitest";
import { runSleeveBacktest, type SleeveBacktestInput, type SleeveRebalance } from "@/lib/backtest";
import type { MonthlySeries, SleeveHistory } from "@/lib/market/types";

function series(name: string, start: string, returns: number[]): MonthlySeries {
  const [y, m] = start.split("-").map(Number) as [number, number];
  const months = returns.map((_, k) => {
    const index = m - 1 + k;
    return `${y + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
  return { name, months, returns: Float64Array.from(returns) };
}
const close = (values: number[]) => values.map((x) => expect.closeTo(x, 9));

// A: +10%, −10%, +5%; B: 0%, 0%, +2% (2020-01 … 2020-03), held 50/50.
const twoSleeves = { A: series("A", "2020-01", [0.1, -0.1, 0.05]), B: series("B", "2020-01", [0, 0, 0.02]) };
const run = (rebalance: SleeveRebalance, extra: Partial<SleeveBacktestInput> = {}) =>
  runSleeveBacktest({ series: twoSleeves, weights: { A: 0.5, B: 0.5 }, rebalance, ...extra });

describe("runSleeveBacktest: rebalancing", () => {
  test("monthly: back to 50/50 every month", () => {
    const result = run({ kind: "monthly" });
    // 0.5×0.1 = 0.05; 0.5×(−0.1) = −0.05; 0.5×0.05 + 0.5×0.02 = 0.035
    expect(Array.from(result.returns)).toEqual(close([0.05, -0.05, 0.035]));
    // wealth 1, 1.05, 0.9975, 0.9975 × 1.035 = 1.0324125
    expect(Array.from(result.wealth)).toEqual(close([1, 1.05, 0.9975, 1.0324125]));
    // after month 1 A drifted to 0.55/1.05 = 0.523810: turnover 2 × 0.023810; after month 2 A = 0.45/0.95 = 0.473684:
    // turnover 2 × 0.026316; none after the last month → 2 rebalances, 0.047619 + 0.052632 = 0.100251
    expect(result.rebalances).toBe(2);
    expect(result.turnover).toBeCloseTo(0.100250627, 9);
  });

  test("never: weights drift", () => {
    const result = run({ kind: "never" });
    // month 2: A weight 0.55/1.05 = 0.523810 → 0.523810 × (−0.1) = −0.052381;
    // month 3: A = 0.523810 × 0.9 / 0.947619 = 0.497487 → 0.497487 × 0.05 + 0.502513 × 0.02 = 0.034925
    expect(Array.from(result.returns)).toEqual(close([0.05, -0.052380952, 0.034924623]));
    expect(result.rebalances).toBe(0);
    expect(result.turnover).toBe(0);
  });

  test("band: rebalances once a weight leaves target ± band", () => {
    const input = { A: series("A", "2020-01", [0.1, 0.1, 0.1]), B: series("B", "2020-01", [0, 0, 0]) };
    const result = runSleeveBacktest({ series: input, weights: { A: 0.5, B: 0.5 }, rebalance: { kind: "band", band: 0.03 } });
    // A drifts to 0.55/1.05 = 0.523810 (inside ± 0.03), then 0.57619/1.052381 = 0.547511 (outside) → rebalance;
    // returns 0.05, 0.523810 × 0.1 = 0.052381, back at 50/50: 0.05; turnover 2 × 0.047511 = 0.095023
    expect(Array.from(result.returns)).toEqual(close([0.05, 0.052380952, 0.05]));
    expect(result.rebalances).toBe(1);
    expect(result.turnover).toBeCloseTo(0.095022624, 9);
  });

  test.each<[string, SleeveRebalance, string, number]>([
    // 2020-01 … 2020-06: quarter end March only (no rebalance after the last month, June)
    ["quarterly", { kind: "quarterly" }, "2020-01", 1],
    // 2019-11 … 2020-04: December only
    ["annual", { kind: "annual" }, "2019-11", 1],
    ["monthly", { kind: "monthly" }, "2019-11", 5],
  ])("%s rebalance count over six months", (_label, rebalance, start, count) => {
    const input = { A: series("A", start, [0.1, 0.1, 0.1, 0.1, 0.1, 0.1]), B: series("B", start, [0, 0, 0, 0, 0, 0]) };
    expect(runSleeveBacktest({ series: input, weights: { A: 0.5, B: 0.5 }, rebalance }).rebalances).toBe(count);
  });
});

describe("runSleeveBacktest: fees", () => {
  test("fee / 12 comes off the sleeve's monthly return; gross keeps the same holdings", () => {
    const result = run({ kind: "monthly" }, { feesBps: { A: 120 } });
    // A's fee 1.2% a year = 0.001 a month, on half the portfolio: net = gross − 0.0005
    expect(Array.from(result.grossReturns)).toEqual(close([0.05, -0.05, 0.035]));
    expect(Array.from(result.returns)).toEqual(close([0.0495, -0.0505, 0.0345]));
    expect(result.grossWealth[3]).toBeCloseTo(1.0324125, 9);
    expect(result.wealth[3]).toBeCloseTo(1.0495 * 0.9495 * 1.0345, 9);
    expect(result.stats.cagr).toBeLessThan(result.grossStats.cagr ?? 0);
  });
});

describe("runSleeveBacktest: common period", () => {
  test("truncates to the months every weighted sleeve (portfolio or benchmark) has, and says who cut it", () => {
    const input: SleeveHistory["series"] = {
      US_LARGE: series("US large", "2019-01", Array(24).fill(0.01)), // 2019-01 … 2020-12
      US_SMALL: series("US small", "2019-06", Array(22).fill(0.02)), // 2019-06 … 2021-03
      KOREA_SMALL: series("KR small", "2000-01", [0.5]), // weight 0: ignored
      BONDS: series("Bonds", "2018-01", Array(48).fill(0)), // benchmark only, 2018-01 … 2021-12
    };
    const result = runSleeveBacktest({
      series: input,
      weights: { US_LARGE: 0.6, US_SMALL: 0.4, KOREA_SMALL: 0 },
      rebalance: { kind: "monthly" },
      benchmark: { weights: { US_LARGE: 0.5, BONDS: 0.5 } },
    });
    // 2019-06 … 2020-12 = 19 months
    expect(result.commonPeriod).toEqual({
      start: "2019-06",
      end: "2020-12",
      months: 19,
      truncatedBy: [
        { sleeve: "US_LARGE", firstMonth: "2019-01", lastMonth: "2020-12" },
        { sleeve: "US_SMALL", firstMonth: "2019-06", lastMonth: "2021-03" },
      ],
    });
    expect(result.months[0]).toBe("2019-06");
    expect(result.returns[0]).toBeCloseTo(0.6 * 0.01 + 0.4 * 0.02, 12);
    expect(result.benchmark?.returns[0]).toBeCloseTo(0.005, 12);
  });

  test.each<[string, SleeveBacktestInput, RegExp]>([
    ["weights not summing to 1", { series: twoSleeves, weights: { A: 0.5, B: 0.4 }, rebalance: { kind: "monthly" } }, /runSleeveBacktest: weights must sum to 1, got 0.9/],
    ["a negative weight", { series: twoSleeves, weights: { A: 1.5, B: -0.5 }, rebalance: { kind: "monthly" } }, /weight of "B" must be a finite number >= 0/],
    ["a weighted sleeve without series", { series: twoSleeves, weights: { A: 0.5, C: 0.5 }, rebalance: { kind: "monthly" } }, /sleeve "C" has a weight but no series/],
    [
      "no common month",
      { series: { A: series("A", "2019-01", [0.1]), B: series("B", "2020-01", [0.1]) }, weights: { A: 0.5, B: 0.5 }, rebalance: { kind: "monthly" } },
      /no common month: "B" starts 2020-01 but "A" ends 2019-01/,
    ],
    [
      "a gap inside the period",
      {
        series: { A: { name: "A", months: ["2020-01", "2020-03"], returns: Float64Array.from([0, 0]) }, B: series("B", "2020-01", [0, 0, 0]) },
        weights: { A: 0.5, B: 0.5 },
        rebalance: { kind: "monthly" },
      },
      /sleeve "A" has no return for 2020-02 inside the common period/,
    ],
    ["a bad band", { series: twoSleeves, weights: { A: 0.5, B: 0.5 }, rebalance: { kind: "band", band: 0 } }, /band must be in \(0, 1\)/],
    ["a negative fee", { series: twoSleeves, weights: { A: 0.5, B: 0.5 }, rebalance: { kind: "never" }, feesBps: { A: -5 } }, /fee of "A"/],
    ["benchmark weights not summing to 1", { series: twoSleeves, weights: { A: 1 }, rebalance: { kind: "never" }, benchmark: { weights: { B: 2 } } }, /benchmark: weights must sum to 1/],
  ])("throws on %s", (_label, input, message) => {
    expect(() => runSleeveBacktest(input)).toThrow(message);
  });
});

describe("runSleeveBacktest: against a benchmark", () => {
  // portfolio P = 100% sleeve P, benchmark = 100% sleeve B, so their returns are these exactly
  const p = [0.02, -0.01, 0.03, -0.02];
  const b = [0.01, -0.02, 0.02, 0.01];
  const result = runSleeveBacktest({
    series: { P: series("P", "2020-01", p), B: series("B", "2020-01", b) },
    weights: { P: 1 },
    rebalance: { kind: "monthly" },
    benchmark: { weights: { B: 1 } },
  });

  test("tracking error, correlation, capture and excess return", () => {
    // active = [0.01, 0.01, 0.01, −0.03], mean 0, sample std √(0.0012/3) = 0.02 → × √12 = 0.069282
    expect(result.relative?.trackingError).toBeCloseTo(0.069282032, 9);
    // Pearson: cov / √(varP varB) = 0.5659165 (Python: numpy.corrcoef)
    expect(result.relative?.correlation).toBeCloseTo(0.565916458, 9);
    // up months (b > 0): 1, 3, 4: ((1.02 × 1.03 × 0.98)⁴ − 1)/((1.01 × 1.02 × 1.01)⁴ − 1) = 0.718742
    expect(result.relative?.upCapture).toBeCloseTo(0.718741868, 9);
    // down month 2: (0.99¹² − 1)/(0.98¹² − 1) = 0.527747
    expect(result.relative?.downCapture).toBeCloseTo(0.527747117, 9);
    // CAGR P = (Π(1 + p))³ − 1 = 0.059000, B = 0.060247 → −0.001247
    expect(result.relative?.excessReturn).toBeCloseTo(-0.001246738, 9);
  });

  test("benchmark series and drawdowns", () => {
    expect(Array.from(result.benchmark?.returns ?? [])).toEqual(close(b));
    // P: wealth 1, 1.02, 1.0098, 1.040094, 1.01929212 → drawdown at month 2: 1.0098/1.02 − 1 = −0.01
    expect(result.drawdown[2]).toBeCloseTo(-0.01, 12);
    expect(result.stats.maxDrawdown).toBeCloseTo(-0.02, 12);
    expect(result.stats.best).toBe(0.03);
    expect(result.stats.worst).toBe(-0.02);
  });

  test("calendar years: compounded, partial years flagged, best/worst over full years only", () => {
    // 2020-01 … 2020-04, one partial year: P 1.02 × 0.99 × 1.03 × 0.98 − 1 = 0.01929212;
    // B 1.01 × 0.98 × 1.02 × 1.01 − 1 = 0.01969196
    expect(result.yearly).toEqual([
      { year: 2020, return: expect.closeTo(0.01929212, 12), benchmark: expect.closeTo(0.01969196, 12), months: 4, partial: true },
    ]);
    expect(result.stats.bestYear).toBeNull();
  });

  test("best and worst calendar year", () => {
    const monthly = (year: number, r: number) => series("X", `${year}-01`, Array(12).fill(r));
    const months = [...monthly(2019, 0.01).months, ...monthly(2020, -0.01).months, "2021-01"];
    const returns = Float64Array.from([...Array(12).fill(0.01), ...Array(12).fill(-0.01), 0.5]);
    const one = runSleeveBacktest({ series: { X: { name: "X", months, returns } }, weights: { X: 1 }, rebalance: { kind: "never" } });
    // 2019: 1.01¹² − 1 = 0.126825; 2020: 0.99¹² − 1 = −0.113615; 2021 (one month) is partial and left out
    expect(one.stats.bestYear).toEqual({ year: 2019, return: expect.closeTo(0.126825030, 9) });
    expect(one.stats.worstYear).toEqual({ year: 2020, return: expect.closeTo(-0.113615128, 9) });
    expect(one.yearly.map((y) => y.partial)).toEqual([false, false, true]);
  });
});

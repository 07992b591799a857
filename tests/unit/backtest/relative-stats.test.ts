import { describe, expect, test } from "vitest";
import { calendarYears, captureRatio, correlation, drawdownCurve, excessOver, trackingError, wealthCurve } from "@/lib/backtest";

const f = (values: number[]) => Float64Array.from(values);

describe("relative statistics", () => {
  test.each([
    // std(0.02, 0) = 0.014142 × √12 = 0.048990
    ["tracking error", () => trackingError(f([0.02, 0]), f([0, 0]), 12), 0.048989795],
    ["tracking error of one month", () => trackingError(f([0.02]), f([0]), 12), null],
    // two points on a falling line
    ["correlation −1", () => correlation(f([0.01, 0.03]), f([0.02, 0.01])), -1],
    ["correlation with a constant series", () => correlation(f([0.01, 0.03]), f([0.02, 0.02])), null],
    // (1.02¹² − 1)/(1.01¹² − 1) = 0.268242/0.126825 = 2.115054
    ["up capture", () => captureRatio(f([0.02, 0.05]), f([0.01, 0]), 12, "up"), 2.115054057],
    ["down capture without a down month", () => captureRatio(f([0.02]), f([0.01]), 12, "down"), null],
  ])("%s", (_label, compute, expected) => {
    if (expected === null) expect(compute()).toBeNull();
    else expect(compute()).toBeCloseTo(expected, 9);
  });

  test("series of different lengths are an error", () => {
    expect(() => trackingError(f([0.1]), f([]), 12)).toThrow(/trackingError: 1 portfolio returns against 0/);
  });
});

describe("curves and calendar years", () => {
  test("wealth starts at 1; drawdown is wealth / running peak − 1", () => {
    const wealth = wealthCurve([0.1, -0.5, 1.2]);
    // 1, 1.1, 0.55, 1.21
    expect(Array.from(wealth)).toEqual([1, 1.1, 0.55, 1.21].map((x) => expect.closeTo(x, 12)));
    // 0, 0, 0.55/1.1 − 1 = −0.5, new peak 0
    expect(Array.from(drawdownCurve(wealth))).toEqual([0, 0, -0.5, 0].map((x) => expect.closeTo(x, 12)));
  });

  test("excess over a benchmark: difference per window, wealth ratio cumulative", () => {
    const { excess, cumulative } = excessOver(f([0.2, 0]), f([0.1, 0.1]));
    expect(Array.from(excess)).toEqual([0.1, -0.1].map((x) => expect.closeTo(x, 12)));
    // 1.2/1.1 − 1 = 0.090909; 1.2/1.21 − 1 = −0.008264
    expect(Array.from(cumulative)).toEqual([1.2 / 1.1 - 1, 1.2 / 1.21 - 1].map((x) => expect.closeTo(x, 12)));
  });

  test("calendar years across a year end", () => {
    // 2019: 1.1 × 1.1 − 1 = 0.21 (2 months, partial); 2020: 0.05 (1 month)
    expect(calendarYears(["2019-11", "2019-12", "2020-01"], f([0.1, 0.1, 0.05]))).toEqual([
      { year: 2019, return: expect.closeTo(0.21, 12), months: 2, partial: true },
      { year: 2020, return: expect.closeTo(0.05, 12), months: 1, partial: true },
    ]);
  });
});

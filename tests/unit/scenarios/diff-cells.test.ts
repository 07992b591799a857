import { describe, expect, test } from "vitest";
import { isShownDifferently, numberRow, textRow } from "@/lib/scenarios/diff-cells";

// Expected values worked by hand: a figure "changes" when the two are shown differently at the format's step
// (percent 0.1%, ratio 0.01, bps 0.1, count 0.1), rounding half away from zero as Intl does.
describe("isShownDifferently", () => {
  test.each([
    ["same value", 0.05, 0.05, 0.001, false],
    ["12.34% vs 12.31%: both 12.3%", 0.1234, 0.1231, 0.001, false],
    ["12.34% vs 12.36%: 12.3% vs 12.4%", 0.1234, 0.1236, 0.001, true],
    ["12.35% rounds up (binary 0.1235 is 0.12349999…)", 0.1235, 0.124, 0.001, false],
    ["negative halves round away from zero: −1.25% and −1.3%", -0.0125, -0.013, 0.001, false],
    ["zero vs −0.04%: both 0.0%", 0, -0.0004, 0.001, false],
    ["ratios 0.504 vs 0.496: both 0.50", 0.504, 0.496, 0.01, false],
    ["ratios 0.50 vs 0.51", 0.5, 0.51, 0.01, true],
    ["null vs null", null, null, 0.001, false],
    ["null vs 0", null, 0, 0.001, true],
    ["0 vs null", 0, null, 0.001, true],
  ])("%s", (_label, a, b, step, expected) => {
    expect(isShownDifferently(a, b, step)).toBe(expected);
  });
});

describe("numberRow", () => {
  test("the first column is the base; others carry their difference", () => {
    const row = numberRow("cagr", "percent", [0.05, 0.052, 0.0501]);
    expect(row.cells[0]).toEqual({ value: 0.05, delta: null, changed: false });
    expect(row.cells[1]!.changed).toBe(true);
    expect(row.cells[1]!.delta).toBeCloseTo(0.002, 12);
    expect(row.cells[2]!.changed).toBe(false);
    expect(row.cells[2]!.delta).toBeCloseTo(0.0001, 12);
    expect(row.changed).toBe(true);
  });

  test("a single column never changes", () => {
    expect(numberRow("x", "bps", [42])).toEqual({ key: "x", format: "bps", cells: [{ value: 42, delta: null, changed: false }], changed: false });
  });

  test("a missing figure has no delta", () => {
    expect(numberRow("sharpe", "ratio", [null, 0.4]).cells[1]).toEqual({ value: 0.4, delta: null, changed: true });
  });

  test("no values is an error", () => {
    expect(() => numberRow("x", "percent", [])).toThrow(/numberRow/);
  });
});

describe("textRow", () => {
  test.each([
    ["same", ["1.0.0", "1.0.0"], [false, false], false],
    ["changed", ["1.0.0", "1.1.0"], [false, true], true],
    ["absent in the base", [null, "v2"], [false, true], true],
    ["absent in both", [null, null], [false, false], false],
    ["three columns, the third as the base", ["a", "b", "a"], [false, true, false], true],
  ])("%s", (_label, values, changed, rowChanged) => {
    const row = textRow("k", values);
    expect(row.cells.map((c) => c.changed)).toEqual(changed);
    expect(row.changed).toBe(rowChanged);
  });

  test("no values is an error", () => {
    expect(() => textRow("k", [])).toThrow(/textRow/);
  });
});

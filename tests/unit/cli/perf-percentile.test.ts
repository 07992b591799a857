import { describe, expect, test } from "vitest";
import { percentile } from "../../../scripts/lib/perf-percentile";

// Ranks by hand: rank = ceil(p/100 · n), the value is the rank-th smallest.
describe("percentile (nearest rank)", () => {
  test.each([
    { label: "single value", values: [7], p: 95, expected: 7 },
    { label: "p50 of 4 values: rank 2", values: [40, 10, 30, 20], p: 50, expected: 20 },
    { label: "p95 of 4 values: rank ceil(3.8) = 4", values: [40, 10, 30, 20], p: 95, expected: 40 },
    { label: "p95 of 20 values: rank 19", values: Array.from({ length: 20 }, (_, i) => 20 - i), p: 95, expected: 19 },
    { label: "p99 of 100 values: rank 99", values: Array.from({ length: 100 }, (_, i) => i + 1), p: 99, expected: 99 },
    { label: "p100 is the maximum", values: [3, 9, 1], p: 100, expected: 9 },
    { label: "ties", values: [5, 5, 5, 8], p: 75, expected: 5 },
  ])("$label", ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });

  test("no values: NaN", () => {
    expect(percentile([], 50)).toBeNaN();
  });

  test.each([0, -1, 101, Number.NaN])("p = %s is refused", (p) => {
    expect(() => percentile([1, 2], p)).toThrow(/percentile/);
  });
});

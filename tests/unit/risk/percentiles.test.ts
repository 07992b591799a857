import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { percentile, percentileBand } from "@/lib/risk";

/** Type 7 from a full sort: the definition, written independently of the bucketed selection. */
function sortedPercentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

describe("percentileBand", () => {
  test.each([
    // h = 4q: p5 → 1 + 0.2 · 1, p95 → 4 + 0.8 · 1 (NumPy's default gives the same)
    ["1 … 5", [5, 3, 1, 4, 2], { p5: 1.2, p25: 2, p50: 3, p75: 4, p95: 4.8 }],
    ["one value", [7], { p5: 7, p25: 7, p50: 7, p75: 7, p95: 7 }],
    ["all equal", [2, 2, 2, 2], { p5: 2, p25: 2, p50: 2, p75: 2, p95: 2 }],
    // h = q: p5 → 0.05 · 10, p50 → 5
    ["two values", [10, 0], { p5: 0.5, p25: 2.5, p50: 5, p75: 7.5, p95: 9.5 }],
    // sorted −3, 0, 0, 0, 10: h = 4q → p5 = −3 + 0.2 · 3 = −2.4, p95 = 0 + 0.8 · 10 = 8
    ["ties and a negative", [0, 10, 0, -3, 0], { p5: -2.4, p25: 0, p50: 0, p75: 0, p95: 8 }],
  ])("%s", (_label, values, expected) => {
    const band = percentileBand(Float64Array.from(values));
    for (const [key, value] of Object.entries(expected)) expect(band[key as keyof typeof band]).toBeCloseTo(value, 12);
  });

  test("leaves the values in their order", () => {
    const values = Float64Array.from([3, 1, 2]);
    percentileBand(values);
    expect(Array.from(values)).toEqual([3, 1, 2]);
  });

  test("matches a full sort on any values, including piles of equal ones and wide ranges", () => {
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, -1, 1e-300, 5e-324));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3000 }), (values) => {
        const band = percentileBand(Float64Array.from(values));
        const expected = [0.05, 0.25, 0.5, 0.75, 0.95].map((q) => sortedPercentile(values, q));
        expect([band.p5, band.p25, band.p50, band.p75, band.p95]).toEqual(expected);
      }),
      { seed: 20261129, numRuns: 300 },
    );
  });

  test("10,000 skewed values (a lognormal-like pile) against a full sort", () => {
    const values = Array.from({ length: 10_000 }, (_, i) => Math.exp(4 * Math.sin(i * 12.9898) ** 3));
    const band = percentileBand(Float64Array.from(values));
    expect(band.p50).toBe(sortedPercentile(values, 0.5));
    expect(band.p95).toBe(sortedPercentile(values, 0.95));
  });

  test.each([
    ["no values", []],
    ["NaN", [1, Number.NaN]],
    ["infinity", [1, Number.POSITIVE_INFINITY]],
  ])("refuses %s", (_label, values) => {
    expect(() => percentileBand(Float64Array.from(values))).toThrow(/percentileBand/);
  });
});

describe("percentile", () => {
  test("one quantile by the same definition: [4, 1, 3, 2] → median 2.5, q 0 → 1, q 1 → 4", () => {
    const values = Float64Array.from([4, 1, 3, 2]);
    expect([percentile(values, 0.5), percentile(values, 0), percentile(values, 1)]).toEqual([2.5, 1, 4]);
  });

  test("refuses q outside [0, 1]", () => {
    expect(() => percentile(Float64Array.from([1]), 1.5)).toThrow(/percentile: q/);
  });
});

import { describe, expect, test } from "vitest";
import { apportion } from "@/components/report/apportion";

// Expected units worked by hand: scale the shares to the total, floor each, give the units left over to the
// largest remainders (earlier share first on a tie).
describe("apportion (largest remainder)", () => {
  test.each([
    { label: "thirds of 100: the leftover unit goes to the first", shares: [1, 1, 1], total: 100, units: [34, 33, 33] },
    { label: "exact shares stay exact", shares: [0.5, 0.25, 0.25], total: 4, units: [2, 1, 1] },
    { label: "largest remainder wins, not the largest share", shares: [0.601, 0.269, 0.13], total: 100, units: [60, 27, 13] },
    { label: "float noise: 0.29 of 100 is 29, not 28 and a remainder", shares: [0.29, 0.71], total: 100, units: [29, 71] },
    { label: "shares that sum to 1 − 1e-8 are scaled up first", shares: [0.33333333, 0.33333333, 0.33333333], total: 10_000, units: [3334, 3333, 3333] },
    { label: "a zero share gets nothing", shares: [0, 2, 1], total: 3, units: [0, 2, 1] },
    { label: "a single share takes the whole total", shares: [0.7], total: 10_000, units: [10_000] },
    { label: "empty, total 0", shares: [], total: 0, units: [] },
    { label: "all zero, total 0", shares: [0, 0], total: 0, units: [0, 0] },
  ])("$label", ({ shares, total, units }) => {
    const result = apportion(shares, total);
    expect(result).toEqual(units);
    expect(result.reduce((a, b) => a + b, 0)).toBe(total);
  });

  test.each([
    { label: "a negative share", shares: [1, -0.1], total: 10 },
    { label: "a share that is not finite", shares: [1, Number.NaN], total: 10 },
    { label: "a fractional total", shares: [1], total: 2.5 },
    { label: "a negative total", shares: [1], total: -1 },
    { label: "shares summing to 0 with a positive total", shares: [0, 0], total: 5 },
    { label: "no shares with a positive total", shares: [], total: 5 },
  ])("refuses $label", ({ shares, total }) => {
    expect(() => apportion(shares, total)).toThrow(/^apportion: /);
  });
});

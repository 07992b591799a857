import { describe, expect, test } from "vitest";
import { mixKernel } from "@/lib/risk/mix-kernel";
import { mixPathReturns } from "@/lib/risk/mix-path";
import { outcomeBuffers, recordPath } from "@/lib/risk/path-outcomes";

describe("recordPath: one path's year-end figures", () => {
  // Year 1: +10% in month 1, −20% in month 2, 0 for months 3–12; year 2: +30% in month 1, 0 after.
  // Index: 1.1, 0.88 … 0.88, then 1.144 … 1.144.
  const returns = Float64Array.from([0.1, -0.2, ...Array(10).fill(0), 0.3, ...Array(11).fill(0)]);

  test("wealth with flows at each year's start, worst 12 months, drawdown and the year's return", () => {
    const out = outcomeBuffers(2, 2);
    recordPath(returns, 1, 100, Float64Array.from([10, 10]), new Float64Array(12), out);
    // path 1 of 2 → indices 1 (year 1) and 3 (year 2)
    // wealth: (100 + 10) × 0.88 = 96.8; (96.8 + 10) × 1.3 = 138.84
    expect(out.wealth[1]).toBeCloseTo(96.8, 10);
    expect(out.wealth[3]).toBeCloseTo(138.84, 10);
    // 12-month windows of the index: months 1–12 → 0.88 − 1 = −0.12; 2–13 → 1.144 / 1.1 − 1 = 0.04;
    // 3–14 onwards → 1.144 / 0.88 − 1 = 0.3. Worst so far: −0.12 at both year ends.
    expect(out.worst12[1]).toBeCloseTo(-0.12, 12);
    expect(out.worst12[3]).toBeCloseTo(-0.12, 12);
    // drawdown from the 1.1 peak to 0.88: −0.2; the index never regains 1.1 until month 13 (1.144)
    expect(out.maxDrawdown[1]).toBeCloseTo(-0.2, 12);
    expect(out.maxDrawdown[3]).toBeCloseTo(-0.2, 12);
    // the years' own returns: 0.88 − 1 and 1.144 / 0.88 − 1 = 0.3
    expect(out.yearReturn[1]).toBeCloseTo(-0.12, 12);
    expect(out.yearReturn[3]).toBeCloseTo(0.3, 12);
    // path 0 was not written
    expect(out.wealth[0]).toBe(0);
    // Σr = 0.2, Σr² = 0.01 + 0.04 + 0.09 = 0.14
    expect(out.sum).toBeCloseTo(0.2, 12);
    expect(out.sumSquares).toBeCloseTo(0.14, 12);
  });

  test("a drawdown that starts at the first month counts from the starting value", () => {
    const out = outcomeBuffers(1, 1);
    recordPath(Float64Array.from([-0.1, -0.1, 0.05, ...Array(9).fill(0)]), 0, 1, new Float64Array(1), new Float64Array(12), out);
    // 0.9, 0.81, 0.8505: the largest fall is to 0.81 from the start's 1
    expect(out.maxDrawdown[0]).toBeCloseTo(-0.19, 12);
    expect(out.worst12[0]).toBeCloseTo(0.8505 - 1, 12);
  });
});

describe("mixPathReturns: the doc example", () => {
  // Targets 50/50; history month 0: A +10%, B 0; month 1: A −10%, B 0; no fees.
  const returns = [Float64Array.from([0.1, -0.1]), Float64Array.from([0, 0])];
  const path = Int32Array.from([0, 1]);
  test.each([
    // monthly: 0.05, −0.05
    ["monthly", { kind: "monthly" } as const, [0.05, -0.05]],
    // never: A drifts to 0.55 / 1.05; (0.55 · 0.9 + 0.5) / 1.05 − 1 = −0.052381
    ["never", { kind: "never" } as const, [0.05, (0.55 * 0.9 + 0.5) / 1.05 - 1]],
  ])("%s", (_label, rule, expected) => {
    const kernel = mixKernel(returns, Float64Array.from([0.5, 0.5]), new Float64Array(2), rule, 2);
    const out = new Float64Array(2);
    mixPathReturns(kernel, path, out);
    expect(Array.from(out)).toEqual(expected.map((x) => expect.closeTo(x, 12)));
  });
});

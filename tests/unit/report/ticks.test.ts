import { describe, expect, test } from "vitest";
import { niceTicks, yearTicks } from "@/components/report/pdf/ticks";

describe("niceTicks", () => {
  // By hand: step = the first of 1, 2, 5, 10 × 10^⌊log10(range / count)⌋ that is at least range / count.
  test.each([
    { label: "wealth from 0.8 to 3.3: step 0.5", min: 0.8, max: 3.3, count: 5, ticks: [0.5, 1, 1.5, 2, 2.5, 3, 3.5] },
    { label: "0 to 1: step 0.2, no float drift", min: 0, max: 1, count: 5, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] },
    { label: "drawdowns −35% to 0: step 0.1", min: -0.35, max: 0, count: 4, ticks: [-0.4, -0.3, -0.2, -0.1, 0] },
    { label: "a flat series: one tick", min: 2, max: 2, count: 5, ticks: [2] },
    { label: "bounds on round values are kept", min: 1, max: 2, count: 1, ticks: [1, 2] },
  ])("$label", ({ min, max, count, ticks }) => {
    expect(niceTicks(min, max, count)).toEqual(ticks);
  });

  test.each([
    { label: "min above max", min: 2, max: 1, count: 5 },
    { label: "an infinite bound", min: 0, max: Infinity, count: 5 },
    { label: "no ticks asked for", min: 0, max: 1, count: 0 },
  ])("refuses $label", ({ min, max, count }) => {
    expect(() => niceTicks(min, max, count)).toThrow(/^niceTicks: /);
  });
});

describe("yearTicks", () => {
  const months = (from: number, to: number) => Array.from({ length: (to - from + 1) * 12 }, (_, k) => `${from + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`);

  test.each([
    { label: "starting mid-year: the first tick is the first January", months: ["2020-11", "2020-12", "2021-01", "2021-02"], ticks: [{ index: 2, label: "2021" }] },
    { label: "no January: no tick", months: ["2020-02", "2020-03"], ticks: [] },
    { label: "empty", months: [], ticks: [] },
  ])("$label", ({ months: m, ticks }) => {
    expect(yearTicks(m)).toEqual(ticks);
  });

  test("25 years keep every fourth year (at most 8 labels), on round years", () => {
    expect(yearTicks(months(2000, 2024)).map((t) => t.label)).toEqual(["2000", "2004", "2008", "2012", "2016", "2020", "2024"]);
  });

  test("5 years keep every year, each at its January", () => {
    expect(yearTicks(months(2020, 2024))).toEqual([0, 12, 24, 36, 48].map((index, i) => ({ index, label: String(2020 + i) })));
  });
});

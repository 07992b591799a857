import fc from "fast-check";
import { expect, test } from "vitest";
import { computeInformationGap } from "@/lib/metrics/information-gap";
import type { Metric } from "@/lib/metrics/types";
import { constituent, snapshot } from "./fixtures";

const EPS = 1e-12;

/** 1–60 non-negative weights with at least one positive, each tagged with one of a few countries. */
const holdings = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("US", "JP", "DE", null)), {
    minLength: 1,
    maxLength: 60,
  })
  .filter((rows) => rows.some(([w]) => w > 0))
  .map((rows) => snapshot(rows.map(([w, country], i) => constituent(`S${i}`, w, { country }))));

function value(metric: Metric): number {
  if (metric.status !== "ok") throw new Error(`expected a value, got ${metric.reason}`);
  return metric.value;
}

test("1/N ≤ herfindahl ≤ 1 and 1 ≤ effective holdings ≤ N", () => {
  fc.assert(
    fc.property(holdings, (snap) => {
      const m = computeInformationGap(snap);
      const n = snap.constituents.length;
      expect(value(m.herfindahl)).toBeGreaterThanOrEqual(1 / n - EPS);
      expect(value(m.herfindahl)).toBeLessThanOrEqual(1 + EPS);
      expect(value(m.effectiveHoldings)).toBeGreaterThanOrEqual(1 - EPS);
      expect(value(m.effectiveHoldings)).toBeLessThanOrEqual(n + 1e-9);
    }),
  );
});

test("largest weight ≤ top-10 share ≤ 1", () => {
  fc.assert(
    fc.property(holdings, (snap) => {
      const m = computeInformationGap(snap);
      expect(value(m.top10Share)).toBeGreaterThanOrEqual(value(m.largestWeight) - EPS);
      expect(value(m.top10Share)).toBeLessThanOrEqual(1 + EPS);
    }),
  );
});

test("a country breakdown sums to 1 and counts every constituent", () => {
  fc.assert(
    fc.property(holdings, (snap) => {
      const breakdown = computeInformationGap(snap).byCountry;
      fc.pre(breakdown.status === "ok");
      if (breakdown.status !== "ok") return;
      expect(breakdown.value.reduce((s, e) => s + e.weight, 0)).toBeCloseTo(1, 9);
      expect(breakdown.value.reduce((s, e) => s + e.count, 0)).toBe(snap.constituents.length);
    }),
  );
});

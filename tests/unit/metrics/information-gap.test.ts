import { describe, expect, test } from "vitest";
import { computeInformationGap } from "@/lib/metrics/information-gap";
import { constituent, snapshot } from "./fixtures";

// Four constituents, weights already summing to 1; D has no analyst count, no profitability flag, no country.
const fourStocks = snapshot(
  [
    constituent("A", 0.4, { analysts: 10, profitable: true, country: "US", sector: "Tech" }),
    constituent("B", 0.3, { analysts: 5, profitable: false, country: "US", sector: "Health" }),
    constituent("C", 0.2, { analysts: 3, profitable: false, country: "JP", sector: "Tech" }),
    constituent("D", 0.1, { analysts: null, profitable: null, country: null, sector: "Tech" }),
  ],
  { hasAnalysts: true, hasProfitable: true },
);

describe("computeInformationGap, hand-computed", () => {
  const m = computeInformationGap(fourStocks);

  test.each([
    // D's null count leaves the denominator: (10 + 5 + 3) / 3 = 6; sorted [3, 5, 10] → median 5.
    ["analystMean", m.analystMean, 6],
    ["analystMedian", m.analystMedian, 5],
    // Fewer than 10 names: the top 10 are all of them.
    ["top10Share", m.top10Share, 1],
    ["largestWeight", m.largestWeight, 0.4],
    // 0.4² + 0.3² + 0.2² + 0.1² = 0.16 + 0.09 + 0.04 + 0.01 = 0.30
    ["herfindahl", m.herfindahl, 0.3],
    ["effectiveHoldings", m.effectiveHoldings, 1 / 0.3],
    // B and C unprofitable of 3 known: 2 / 3; by weight (0.3 + 0.2) / (0.4 + 0.3 + 0.2) = 0.5 / 0.9
    ["unprofitableShareByCount", m.unprofitableShareByCount, 2 / 3],
    ["unprofitableShareByWeight", m.unprofitableShareByWeight, 0.5 / 0.9],
  ])("%s", (_label, metric, expected) => {
    expect(metric.status).toBe("ok");
    if (metric.status === "ok") expect(metric.value).toBeCloseTo(expected, 12);
  });

  test("coverage reports the constituents the figure describes", () => {
    expect(m.analystMean).toMatchObject({ coverage: { covered: 3, total: 4 } });
    if (m.unprofitableShareByWeight.status === "ok") {
      expect(m.unprofitableShareByWeight.coverage?.coveredWeight).toBeCloseTo(0.9, 12);
    }
  });

  test("breakdowns are sorted by weight, unknown country kept as null", () => {
    // US 0.4 + 0.3 = 0.7; JP 0.2; unknown 0.1. Tech 0.4 + 0.2 + 0.1 = 0.7; Health 0.3.
    expect(m.byCountry).toEqual({
      status: "ok",
      value: [
        { key: "US", weight: expect.closeTo(0.7, 12), count: 2 },
        { key: "JP", weight: expect.closeTo(0.2, 12), count: 1 },
        { key: null, weight: expect.closeTo(0.1, 12), count: 1 },
      ],
    });
    expect(m.bySector).toMatchObject({ value: [{ key: "Tech", count: 3 }, { key: "Health", count: 1 }] });
  });

  test("says which snapshot and date the metrics came from", () => {
    expect(m.source).toEqual({
      snapshotId: "snap-1",
      label: "Test small caps",
      source: "unit test",
      asOf: "2025-05-30",
      synthetic: true,
      region: "US",
      size: "small",
    });
    expect(m.constituentCount).toBe(4);
  });
});

test("weights not summing to 1 are renormalised; even-count median averages the middle pair", () => {
  // 0.3, 0.2, 0.2, 0.1 sum to 0.8 → 0.375, 0.25, 0.25, 0.125.
  // H = 0.140625 + 0.0625 + 0.0625 + 0.015625 = 0.28125. Analysts [2, 4, 7, 8]: mean 21 / 4, median (4 + 7) / 2.
  const m = computeInformationGap(
    snapshot(
      [
        constituent("A", 0.3, { analysts: 8 }),
        constituent("B", 0.2, { analysts: 2 }),
        constituent("C", 0.2, { analysts: 7 }),
        constituent("D", 0.1, { analysts: 4 }),
      ],
      { hasAnalysts: true },
    ),
  );
  expect(m.largestWeight).toMatchObject({ value: 0.375 });
  expect(m.herfindahl).toMatchObject({ value: expect.closeTo(0.28125, 12) });
  expect(m.effectiveHoldings).toMatchObject({ value: expect.closeTo(1 / 0.28125, 12) });
  expect(m.analystMean).toMatchObject({ value: 5.25 });
  expect(m.analystMedian).toMatchObject({ value: 5.5 });
});

test("top-10 share leaves out names beyond the tenth", () => {
  // Weights 12, 11, …, 1 (sum 78): the top 10 leave out 2 and 1 → 75 / 78.
  const names = Array.from({ length: 12 }, (_, i) => constituent(`S${i}`, 12 - i));
  const m = computeInformationGap(snapshot(names));
  expect(m.top10Share).toMatchObject({ value: expect.closeTo(75 / 78, 12) });
  expect(m.largestWeight).toMatchObject({ value: expect.closeTo(12 / 78, 12) });
});

describe("not available, never 0", () => {
  const plain = snapshot([constituent("A", 0.6, { analysts: 4 }), constituent("B", 0.4, { profitable: false })]);

  test.each([
    ["no analysts column", computeInformationGap(plain).analystMean, "no_analysts_column"],
    ["no analysts column (median)", computeInformationGap(plain).analystMedian, "no_analysts_column"],
    ["no profitable column", computeInformationGap(plain).unprofitableShareByCount, "no_profitable_column"],
    ["no profitable column (weight)", computeInformationGap(plain).unprofitableShareByWeight, "no_profitable_column"],
    ["no country values", computeInformationGap(plain).byCountry, "no_known_values"],
    [
      "column present, all values null",
      computeInformationGap(snapshot([constituent("A", 1, { analysts: null })], { hasAnalysts: true })).analystMean,
      "no_known_values",
    ],
    [
      "known constituents weigh nothing",
      computeInformationGap(
        snapshot([constituent("A", 0, { profitable: false }), constituent("B", 1)], { hasProfitable: true }),
      ).unprofitableShareByWeight,
      "zero_total_weight",
    ],
    ["all weights zero", computeInformationGap(snapshot([constituent("A", 0)])).herfindahl, "zero_total_weight"],
  ])("%s", (_label, metric, reason) => {
    expect(metric).toEqual({ status: "not_available", reason });
  });

  test("an empty snapshot has no metric at all", () => {
    const m = computeInformationGap(snapshot([], { hasAnalysts: true, hasProfitable: true }));
    expect(m.constituentCount).toBe(0);
    for (const metric of [m.analystMean, m.top10Share, m.herfindahl, m.effectiveHoldings, m.byCountry, m.bySector]) {
      expect(metric).toEqual({ status: "not_available", reason: "empty_snapshot" });
    }
    expect(m.unprofitableShareByCount).toEqual({ status: "not_available", reason: "empty_snapshot" });
  });
});

test.each([
  ["negative weight", constituent("A", -0.1)],
  ["NaN weight", constituent("A", Number.NaN)],
])("throws naming the function on a %s", (_label, bad) => {
  expect(() => computeInformationGap(snapshot([bad]))).toThrow(/computeInformationGap/);
});

test("throws on a negative analyst count", () => {
  expect(() => computeInformationGap(snapshot([constituent("A", 1, { analysts: -1 })], { hasAnalysts: true }))).toThrow(
    /analystCoverage/,
  );
});

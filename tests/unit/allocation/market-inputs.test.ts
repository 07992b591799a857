import { expect, test } from "vitest";
import { managerExcessFromReferenceFigures, marketInputsFrom } from "@/lib/allocation/market-inputs";
import { sleeveStats } from "@/lib/allocation/sleeve-stats";
import type { ConstituentSnapshot, SleeveHistory } from "@/lib/market/types";
import { REFERENCE_FIGURES } from "@/lib/metrics/reference-figures";
import { testMarket } from "./fixtures";

test("manager excess comes from the article's reference figures only", () => {
  expect(managerExcessFromReferenceFigures(REFERENCE_FIGURES)).toEqual({ EUROPE_SMALL: 0.0067, JAPAN_SMALL: 0.031 });
});

test.each([
  // mean (0.01 + 0.03) / 2 = 0.02 → × 12 = 0.24; sample sd √((0.01² + 0.01²) / 1) = 0.0141421 → × √12 = 0.0489898
  ["two months", [0.01, 0.03], { annualMeanReturn: 0.24, annualVolatility: 0.0489898, months: 2 }],
  // mean 0 → 0; deviations ±0.02, 0: sd √(0.0008 / 2) = 0.02 → × √12 = 0.0692820
  ["three months", [0.02, -0.02, 0], { annualMeanReturn: 0, annualVolatility: 0.069282, months: 3 }],
  ["one month (no sample sd)", [0.05], undefined],
])("sleeveStats: %s", (_label, returns, expected) => {
  const history: SleeveHistory = {
    source: "test",
    synthetic: true,
    series: { JAPAN_SMALL: { name: "JP small", months: returns.map((_, i) => `2024-0${i + 1}`), returns: Float64Array.from(returns) } },
  };
  const stats = sleeveStats(history).JAPAN_SMALL;
  if (expected === undefined) return expect(stats).toBeUndefined();
  expect(stats?.annualMeanReturn).toBeCloseTo(expected.annualMeanReturn, 6);
  expect(stats?.annualVolatility).toBeCloseTo(expected.annualVolatility, 6);
  expect(stats?.months).toBe(expected.months);
});

test("marketInputsFrom summarises the latest snapshot of each sleeve, not-available as null", () => {
  const snap = (id: string, asOf: string | null, analysts: number): ConstituentSnapshot => ({
    id,
    label: id,
    source: "test",
    asOf,
    region: "JAPAN",
    size: "small",
    synthetic: true,
    constituents: [
      { ticker: "A", name: "A", sector: null, country: "JP", weight: 0.6, marketValue: null, analysts },
      { ticker: "B", name: "B", sector: null, country: "JP", weight: 0.4, marketValue: null, analysts },
    ],
    hasAnalysts: true,
    hasProfitable: false,
  });
  const { fees, globalSmallCapWeights, globalLargeCapWeights } = testMarket();
  const inputs = marketInputsFrom({
    history: { source: "test", synthetic: true, series: {} },
    snapshots: [snap("new", "2025-05-30", 4), snap("old", "2024-05-31", 9), snap("undated", null, 1)],
    managerExcess: {},
    fees,
    globalSmallCapWeights,
    globalLargeCapWeights,
  });
  // Only the 2025 snapshot counts: analysts 4; top 10 = both names = 1; no profitable column → null.
  expect(inputs.gapMetrics).toEqual({ JAPAN_SMALL: { analystMean: 4, top10Share: 1, unprofitableShareByCount: null } });
  expect(inputs.sleeveStats).toEqual({});
});

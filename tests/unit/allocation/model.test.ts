import { describe, expect, test } from "vitest";
import { buildAllocation } from "@/lib/allocation/model";
import type { Allocation, MarketInputs } from "@/lib/allocation/types";
import type { Region } from "@/lib/market/regions";
import { testMarket, testProfile, withConstraints } from "./fixtures";

const share = (a: Allocation, region: Region, size: "large" | "small") =>
  a.lines.filter((l) => l.region === region && l.size === size).reduce((s, l) => s + l.weight, 0);

describe("US large caps default to mostly passive", () => {
  test("passive when the gap is narrow", () => {
    const a = buildAllocation(testProfile(), testMarket());
    expect(a.lines.filter((l) => l.sleeve === "US_LARGE").map((l) => l.style)).toEqual(["passive"]);
  });

  test("at most 20% active even when the inputs look like small caps", () => {
    const market = testMarket();
    market.gapMetrics.US_LARGE = { analystMean: 2, top10Share: 0.02, unprofitableShareByCount: 0.5 };
    market.managerExcess.US_LARGE = 0.05;
    const a = buildAllocation(testProfile(), market);
    const active = a.lines.find((l) => l.sleeve === "US_LARGE" && l.style === "active");
    expect(active?.weight).toBeCloseTo(0.2 * share(a, "US", "large"), 7);
  });
});

test("a region with a wider information gap gets a larger small-cap tilt", () => {
  // Europe and Japan small caps: equal market weights and fees; Japan's gap is wider on every component.
  const market: MarketInputs = testMarket();
  market.gapMetrics.EUROPE_SMALL = { analystMean: 10, top10Share: 0.1, unprofitableShareByCount: 0.2 };
  market.gapMetrics.JAPAN_SMALL = { analystMean: 3, top10Share: 0.03, unprofitableShareByCount: 0.4 };
  const profile = testProfile({ homeMarket: "OTHER" });
  const overrides = { includedRegions: ["EUROPE", "JAPAN"] as Region[], homeBias: 0 };
  const a = buildAllocation(profile, market, overrides);
  expect(share(a, "JAPAN", "small")).toBeGreaterThan(share(a, "EUROPE", "small"));

  // With identical gaps (and identical manager excess) the split is the market's, 50 / 50.
  market.gapMetrics.JAPAN_SMALL = market.gapMetrics.EUROPE_SMALL;
  market.managerExcess.JAPAN_SMALL = market.managerExcess.EUROPE_SMALL;
  const even = buildAllocation(profile, market, overrides);
  expect(share(even, "JAPAN", "small")).toBeCloseTo(share(even, "EUROPE", "small"), 9);
});

describe("Korea", () => {
  test("a Korean client gets Korea sleeves with home bias", () => {
    const a = buildAllocation(testProfile({ homeMarket: "KOREA" }), testMarket());
    // Large: Korea market weight 0.01, home bias 0.2 → 0.8 × 0.01 + 0.2 = 0.208 of large caps (0.48).
    expect(share(a, "KOREA", "large")).toBeCloseTo(0.208 * 0.48, 7);
    expect(share(a, "KOREA", "small")).toBeGreaterThan(0);
    expect(a.reasons).toContainEqual({ rule: "korea_sleeve", included: true, why: "home_market", foldedIntoEm: false });
  });

  test("other clients hold Korea inside emerging markets", () => {
    const a = buildAllocation(testProfile(), testMarket());
    expect(a.lines.some((l) => l.region === "KOREA")).toBe(false);
    // EM large: (0.04 + 0.01 Korea) × 0.8 after the US home bias = 0.04 of large caps.
    expect(share(a, "EM", "large")).toBeCloseTo(0.04 * 0.48, 7);
  });

  test("an advisor may add a Korea sleeve; a client's exclusion removes Korea entirely", () => {
    const added = buildAllocation(testProfile(), testMarket(), { includedRegions: ["US", "KOREA"] });
    expect(share(added, "KOREA", "large")).toBeGreaterThan(0);
    const excluded = buildAllocation(withConstraints({ excludedRegions: ["KOREA"] }, testProfile({ homeMarket: "KOREA" })), testMarket());
    expect(excluded.lines.some((l) => l.region === "KOREA")).toBe(false);
    // EM without Korea, and no home bias since home is out: EM large = 0.04 / 0.99 of large caps.
    expect(share(excluded, "EM", "large")).toBeCloseTo((0.04 / 0.99) * 0.48, 7);
    expect(excluded.reasons).toContainEqual({ rule: "home_bias", region: "KOREA", homeBias: 0.2, applied: false, why: "home_not_eligible" });
  });
});

test("every line has reasons and the proposal records the parameter version", () => {
  const a = buildAllocation(testProfile(), testMarket());
  expect(a.lines.every((l) => l.reasons.length > 0)).toBe(true);
  expect(a.parametersVersion).toMatch(/\S/);
});

test.each([
  ["risk tolerance 6", testProfile({ riskTolerance: 6 }), testMarket()],
  ["fractional risk tolerance", testProfile({ riskTolerance: 2.5 }), testMarket()],
  ["maximum small-cap share above 1", withConstraints({ maxSmallCapShare: 1.5 }), testMarket()],
  ["negative fee", testProfile(), { ...testMarket(), fees: { ...testMarket().fees, US_SMALL: { passiveBps: -1, activeBps: 80 } } }],
  ["negative market weight", testProfile(), { ...testMarket(), globalSmallCapWeights: { ...testMarket().globalSmallCapWeights, JAPAN: -0.1 } }],
])("rejects %s, naming buildAllocation", (_label, profile, market) => {
  expect(() => buildAllocation(profile, market)).toThrow(/buildAllocation/);
});

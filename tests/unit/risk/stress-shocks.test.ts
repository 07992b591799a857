import { describe, expect, test } from "vitest";
import { applyShockScenario, DEFAULT_SHOCK_SCENARIO, sleeveShock, type ShockScenario } from "@/lib/risk";

describe("applyShockScenario", () => {
  test("the default scenario: equities −30%, small caps −40%, bonds −10%, cash 0", () => {
    const outcome = applyShockScenario({ US_LARGE: 0.6, US_SMALL: 0.1, BONDS: 0.25, CASH: 0.05 }, DEFAULT_SHOCK_SCENARIO, 1_000_000);
    // 0.6 × −0.3 + 0.1 × −0.4 + 0.25 × −0.1 + 0.05 × 0 = −0.18 − 0.04 − 0.025 = −0.245
    expect(outcome.portfolioReturn).toBeCloseTo(-0.245, 12);
    expect(outcome.amountChange).toBeCloseTo(-245_000, 6);
    expect(outcome.bySleeve).toEqual([
      { sleeve: "US_LARGE", weight: 0.6, shock: -0.3, contribution: expect.closeTo(-0.18, 12) },
      { sleeve: "US_SMALL", weight: 0.1, shock: -0.4, contribution: expect.closeTo(-0.04, 12) },
      { sleeve: "BONDS", weight: 0.25, shock: -0.1, contribution: expect.closeTo(-0.025, 12) },
      { sleeve: "CASH", weight: 0.05, shock: 0, contribution: 0 },
    ]);
  });

  const scenario: ShockScenario = { equities: -0.3, smallCaps: -0.4, regions: { KOREA: -0.5, JAPAN: -0.1 }, bonds: 0.02, cash: 0 };
  test.each([
    ["a region's large caps take the region's shock", "KOREA_LARGE", -0.5],
    ["a region's small caps too, even when the small-cap shock is milder", "KOREA_SMALL", -0.5],
    ["a milder region shock spares that region's small caps", "JAPAN_SMALL", -0.1],
    ["other small caps take the small-cap shock", "EUROPE_SMALL", -0.4],
    ["other large caps the equity shock", "EM_LARGE", -0.3],
    ["bonds their own (here a gain)", "BONDS", 0.02],
    ["cash its own", "CASH", 0],
  ] as const)("%s", (_label, sleeve, shock) => {
    expect(sleeveShock(sleeve, scenario)).toBe(shock);
  });

  test("without a small-cap shock small caps take the equity shock", () => {
    expect(sleeveShock("US_SMALL", { ...scenario, smallCaps: null })).toBe(-0.3);
  });

  test("the amount is in the client's currency: ₩3.2bn, 100% Korean large caps under −50% → −₩1.6bn", () => {
    expect(applyShockScenario({ KOREA_LARGE: 1 }, scenario, 3_200_000_000).amountChange).toBe(-1_600_000_000);
  });

  test.each([
    ["weights not summing to 1", { US_LARGE: 0.5 }, DEFAULT_SHOCK_SCENARIO, /sum to 1/],
    ["an unknown sleeve", { GOLD: 1 }, DEFAULT_SHOCK_SCENARIO, /unknown sleeve/],
    ["a loss beyond 100%", { US_LARGE: 1 }, { ...DEFAULT_SHOCK_SCENARIO, equities: -1.2 }, /equities/],
    ["a region shock that is not a number", { US_LARGE: 1 }, { ...DEFAULT_SHOCK_SCENARIO, regions: { US: Number.NaN } }, /regions.US/],
    ["an unknown region", { US_LARGE: 1 }, { ...DEFAULT_SHOCK_SCENARIO, regions: { MARS: -0.5 } as ShockScenario["regions"] }, /unknown region/],
  ])("refuses %s", (_label, weights, shocks, message) => {
    expect(() => applyShockScenario(weights, shocks, 1)).toThrow(message);
  });
});

import { describe, expect, test } from "vitest";
import { buildAllocation } from "@/lib/allocation/model";
import type { Allocation } from "@/lib/allocation/types";
import { testMarket, testProfile, withConstraints } from "./fixtures";
import { expectInvariants } from "./invariants";

const weightOf = (a: Allocation, keep: (l: Allocation["lines"][number]) => boolean) =>
  a.lines.filter(keep).reduce((s, l) => s + l.weight, 0);

describe("client constraints", () => {
  test("excluded regions get zero and their share goes to the rest", () => {
    const profile = withConstraints({ excludedRegions: ["EUROPE", "JAPAN"] });
    const a = buildAllocation(profile, testMarket());
    expectInvariants(profile, {}, a);
    expect(weightOf(a, (l) => l.region === "EUROPE" || l.region === "JAPAN")).toBe(0);
    expect(a.equityShare).toBeCloseTo(0.6, 7);
    expect(a.reasons).toContainEqual({ rule: "region_excluded", region: "EUROPE", by: "client" });
  });

  test("passive only gives zero active, whatever the override", () => {
    const profile = withConstraints({ passiveOnly: true });
    const a = buildAllocation(profile, testMarket(), { activeOverride: "max_active" });
    expect(a.lines.filter((l) => l.style === "active")).toEqual([]);
    expect(a.activeShareOfEquities).toBe(0);
    const limits = a.lines.flatMap((l) => l.reasons).filter((r) => r.rule === "active_share");
    expect(limits.every((r) => r.rule === "active_share" && r.limitedBy === "passive_only")).toBe(true);
  });

  test.each([
    // risk 5, 20 years: model 0.08 + 0.12 + 0.10 = 0.30, client maximum 0.10.
    ["client maximum below the model", { maxSmallCapShare: 0.1 }, {}, 0.1, "client_max"],
    ["zero small caps allowed", { maxSmallCapShare: 0 }, {}, 0, "client_max"],
    ["override above the client maximum", { maxSmallCapShare: 0.25 }, { smallCapShare: 0.5 }, 0.25, "client_max"],
    ["override within it", { maxSmallCapShare: null }, { smallCapShare: 0.5 }, 0.5, undefined],
  ] as const)("small-cap share: %s", (_label, constraints, overrides, expected, capped) => {
    const profile = withConstraints(constraints, testProfile({ riskTolerance: 5, horizonYears: 20 }));
    const a = buildAllocation(profile, testMarket(), overrides);
    expect(a.smallCapShareOfEquities).toBeCloseTo(expected, 7);
    const reason = a.reasons.find((r) => r.rule === "small_cap_share");
    expect(reason).toMatchObject({ value: expected });
    expect(reason?.rule === "small_cap_share" ? reason.capped : "missing").toBe(capped);
  });

  describe("maximum fee (fixture proposal: 12.64 bp with active, 6.6 bp all passive)", () => {
    // All passive: large 0.48 × 5 + small 0.12 × 20 + bonds 0.36 × 5 = 2.4 + 2.4 + 1.8 = 6.6 bp.
    test.each([
      ["met", 20, "met"],
      ["reduced", 10, "reduced_active"],
      ["infeasible", 5, "infeasible"],
    ] as const)("%s", (_label, maxFeeBps, status) => {
      const profile = withConstraints({ maxFeeBps });
      const a = buildAllocation(profile, testMarket());
      expectInvariants(profile, {}, a);
      expect(a.reasons.find((r) => r.rule === "max_fee")).toMatchObject({ status, maxFeeBps });
      if (status === "reduced_active") expect(a.expectedFeeBps).toBeCloseTo(10, 6);
      if (status === "infeasible") expect(a.expectedFeeBps).toBeCloseTo(6.6, 6);
    });

    test("the lowest net excess is cut first", () => {
      // Europe small nets 0.67% − 0.60% = 0.07%, the lowest; its active part (≈ 0.0066 × 60 bp ≈ 0.40 bp)
      // covers a 0.1 bp cut, and what is left is under the minimum, so it all goes passive.
      const a = buildAllocation(withConstraints({ maxFeeBps: 12.5 }), testMarket());
      const cuts = a.lines.flatMap((l) => l.reasons).filter((r) => r.rule === "fee_cap");
      expect(new Set(cuts.map((r) => r.rule === "fee_cap" && r.sleeve))).toEqual(new Set(["EUROPE_SMALL"]));
      expect(a.lines.some((l) => l.sleeve === "EUROPE_SMALL" && l.style === "active")).toBe(false);
      expect(a.expectedFeeBps).toBeLessThanOrEqual(12.5);
    });
  });

  test("with every region excluded the portfolio is bonds and cash, and says why", () => {
    const profile = withConstraints({ excludedRegions: ["US", "EUROPE", "JAPAN", "APAC_EX_JAPAN", "EM", "KOREA"] });
    const a = buildAllocation(profile, testMarket());
    expect(a.lines.map((l) => [l.sleeve, l.weight])).toEqual([
      ["BONDS", 0.9],
      ["CASH", 0.1],
    ]);
    expect(a.smallCapShareOfEquities).toBeNull();
    expect(a.reasons[0]).toMatchObject({ rule: "equity_share", value: 0, limitedBy: "no_eligible_regions" });
  });
});

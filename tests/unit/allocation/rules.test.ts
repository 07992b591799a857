import { describe, expect, test } from "vitest";
import { activeShare } from "@/lib/allocation/active-share";
import { equityShare, smallCapShare } from "@/lib/allocation/equity-share";
import { gapScore } from "@/lib/allocation/gap-score";
import { splitRegions } from "@/lib/allocation/region-split";
import { roundWeights } from "@/lib/allocation/rounding";
import type { AllocationLine } from "@/lib/allocation/types";
import { testMarket } from "./fixtures";

describe("equityShare = base(risk) + horizon adjustment", () => {
  test.each([
    ["risk 1, 0 years", 1, 0, 0.25 - 0.15],
    ["risk 1, 2.99 years (just below 3)", 1, 2.99, 0.1],
    ["risk 3, exactly 3 years", 3, 3, 0.55 - 0.05],
    ["risk 3, exactly 5 years", 3, 5, 0.55],
    ["risk 5, exactly 10 years", 5, 10, 0.85 + 0.05],
  ])("%s", (_label, risk, horizon, expected) => {
    expect(equityShare(risk, horizon, "profile").value).toBeCloseTo(expected, 12);
  });

  test("throws naming the function outside 1–5", () => {
    expect(() => equityShare(0, 10, "profile")).toThrow(/equityShare/);
  });
});

describe("smallCapShare = 0.08 + 0.03 (risk − 1) + 0.005 min(horizon, 20)", () => {
  test.each([
    ["lowest", 1, 0, null, 0.08, undefined],
    ["middle", 3, 10, null, 0.19, undefined],
    ["horizon capped at 20 years", 5, 40, null, 0.3, undefined],
    ["client maximum", 5, 20, 0.12, 0.12, "client_max"],
    ["client maximum above the model", 2, 4, 0.5, 0.13, undefined],
  ] as const)("%s", (_label, risk, horizon, clientMax, expected, capped) => {
    const r = smallCapShare(risk, horizon, clientMax);
    expect(r.value).toBeCloseTo(expected, 12);
    expect(r.capped).toBe(capped);
  });
});

describe("gapScore", () => {
  test("the article's US small-cap profile, hand-computed", () => {
    // coverage (20 − 5.7) / 18 = 0.79444; concentration (0.30 − 0.04) / 0.28 = 0.92857; unprofitable 0.42 / 0.5 = 0.84
    // score = (0.3 × 0.79444 + 0.2 × 0.92857 + 0.2 × 0.84) / 0.7 = (0.23833 + 0.18571 + 0.168) / 0.7 = 0.845782
    const { score, components } = gapScore({ analystMean: 5.7, top10Share: 0.04, unprofitableShareByCount: 0.42 }, undefined);
    expect(components.managerExcess).toBeNull();
    expect(score).toBeCloseTo(0.845782, 6);
  });

  test.each([
    ["no inputs at all", undefined, undefined, null],
    ["only manager excess at the full-gap anchor", undefined, 0.03, 1],
    ["values beyond the anchors are clamped", { analystMean: 40, top10Share: 0.9, unprofitableShareByCount: 0 }, -0.01, 0],
  ] as const)("%s", (_label, summary, excess, expected) => {
    expect(gapScore(summary, excess).score).toBe(expected);
  });
});

describe("activeShare", () => {
  test.each([
    // Japan small: gross 3.1%, spread 60 bp → net 2.5%; gap ≥ 0.75 → the maximum 0.9.
    ["wide gap, positive net excess", "JAPAN_SMALL", false, "model", 0.9, undefined],
    ["passive only", "JAPAN_SMALL", true, "model", 0, "passive_only"],
    ["advisor chose all passive", "JAPAN_SMALL", false, "all_passive", 0, "all_passive_override"],
    ["no manager data", "APAC_EX_JAPAN_LARGE", false, "model", 0, "no_manager_data"],
    // US large: 0.2% − 45 bp < 0.
    ["net excess not positive", "US_LARGE", false, "max_active", 0, "no_net_excess"],
    // Europe large: net 0.35% > 0 but gap ≈ 0.13 ≤ 0.25.
    ["narrow gap", "EUROPE_LARGE", false, "model", 0, "narrow_gap"],
    ["max active override", "EUROPE_LARGE", false, "max_active", 0.9, "max_active_override"],
  ] as const)("%s", (_label, sleeve, passiveOnly, mode, value, limitedBy) => {
    const r = activeShare(sleeve, testMarket(), passiveOnly, mode);
    expect(r.value).toBeCloseTo(value, 12);
    expect(r.limitedBy).toBe(limitedBy);
  });
});

test("splitRegions: equal bases, gaps 0.8 / 0.4 → 0.599 / 0.401 (worked example in the doc comment)", () => {
  // mean gap 0.6; tilts e^0.2 = 1.22140 and e^−0.2 = 0.81873; 1.22140 / 2.04013 = 0.59869.
  const split = splitRegions({
    size: "small",
    regions: ["EUROPE", "JAPAN"],
    marketWeights: { US: 0, EUROPE: 0.3, JAPAN: 0.3, APAC_EX_JAPAN: 0, EM: 0, KOREA: 0 },
    foldKoreaIntoEm: false,
    gapScores: new Map([
      ["EUROPE", 0.8],
      ["JAPAN", 0.4],
    ]),
    home: null,
    homeBias: 0.2,
  });
  expect(split.map((s) => s.value)).toEqual([expect.closeTo(0.598688, 6), expect.closeTo(0.401312, 6)]);
  expect(split[0]).toMatchObject({ base: 0.5, homeBias: 0, isHome: false });
});

test("roundWeights puts the residual on the largest line and refuses weights that do not sum to 1", () => {
  const line = (weight: number): AllocationLine => ({ sleeve: "CASH", region: null, size: null, style: null, weight, reasons: [] });
  const rounded = roundWeights([line(1 / 3), line(1 / 3), line(1 / 3)]);
  expect(rounded.map((l) => l.weight)).toEqual([expect.closeTo(0.33333334, 12), 0.33333333, 0.33333333]);
  expect(Math.abs(rounded.reduce((s, l) => s + l.weight, 0) - 1)).toBeLessThan(1e-12);
  expect(() => roundWeights([line(0.5)])).toThrow(/roundWeights/);
});

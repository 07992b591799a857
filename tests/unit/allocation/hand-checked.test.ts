import { expect, test } from "vitest";
import { buildAllocation } from "@/lib/allocation/model";
import { testMarket, testProfile } from "./fixtures";

/*
 * US client, risk tolerance 3, 12-year horizon, no constraints, on the fixture market. Expected values
 * computed independently in Python (same formulas as domain.md and parameters.ts, written from scratch):
 *   equities 0.55 + 0.05 = 0.60; small caps 0.08 + 0.03 × 2 + 0.005 × 12 = 0.20 of equities → 0.12; large 0.48.
 *   Large caps: market weights US 0.6, EU 0.2, JP 0.1, APAC 0.05, EM 0.04 + Korea 0.01; home bias 0.2 →
 *   US 0.8 × 0.6 + 0.2 = 0.68 … × 0.48. Large gaps score ≈ 0.07–0.17 < 0.25 → all passive.
 *   Small gaps: US 0.7290, EU 0.5456, JP 0.8395, APAC 0.7614, EM 0.8105; base-weighted mean 0.7319;
 *   tilts exp(g − mean); home bias 0.2 → shares US 0.5973, EU 0.0992, JP 0.1331, APAC 0.0410, EM 0.1293.
 *   APAC small = 0.12 × 0.0410 = 0.00492 < 0.005 → folded into the others pro rata.
 *   Active: net excess = g − 60 bp; US 0.9 × (0.7290 − 0.25) / 0.5 = 0.8623, EU 0.5320, JP/EM 0.9 (capped).
 *   Defensive 0.40 → bonds 0.36, cash 0.04. Fee Σ w × bp = 12.63675 bp before the minimum ticket.
 *   Minimum ticket (USD 100M): max(0.5%, USD 10,000 ÷ 100M) = 0.005. Below it: EM small passive 0.0016181
 *   and Japan small passive 0.0016658, folded (smallest first) into their sleeve's active line:
 *   EM 0.0145629 + 0.0016181 = 0.0161810, Japan 0.0149921 + 0.0016658 = 0.0166579. Fee + 60 bp × 0.0032839
 *   = 12.83379 bp; active share of equities 0.1676875 + 0.0032839 / 0.6 = 0.1731607.
 */
const expected: Array<[string, "active" | "passive" | null, number]> = [
  ["US_LARGE", "passive", 0.3264],
  ["EUROPE_LARGE", "passive", 0.0768],
  ["JAPAN_LARGE", "passive", 0.0384],
  ["APAC_EX_JAPAN_LARGE", "passive", 0.0192],
  ["EM_LARGE", "passive", 0.0192],
  ["US_SMALL", "active", 0.0644522277],
  ["US_SMALL", "passive", 0.0102935632],
  ["EUROPE_SMALL", "active", 0.00660531],
  ["EUROPE_SMALL", "passive", 0.0058100194],
  ["JAPAN_SMALL", "active", 0.0166578959],
  ["EM_SMALL", "active", 0.0161809838],
  ["BONDS", null, 0.36],
  ["CASH", null, 0.04],
];

test("hand-checked proposal for a US client, risk 3, 12 years, USD 100M", () => {
  const a = buildAllocation(testProfile(), testMarket());
  expect(a.lines.map((l) => [l.sleeve, l.style])).toEqual(expected.map(([s, style]) => [s, style]));
  a.lines.forEach((line, i) => expect(line.weight).toBeCloseTo(expected[i]![2], 7));
  expect(a.equityShare).toBeCloseTo(0.6, 7);
  expect(a.smallCapShareOfEquities).toBeCloseTo(0.2, 7);
  expect(a.activeShareOfEquities).toBeCloseTo(0.17316069565, 7);
  expect(a.expectedFeeBps).toBeCloseTo(12.83378504345, 5);
  expect(a.historicalMeanReturn).toBeNull();
  expect(a.reasons).toContainEqual({ rule: "min_weight", sleeve: "APAC_EX_JAPAN_SMALL", weight: expect.closeTo(0.0049247, 6), action: "dropped_region" });
  expect(a.reasons).toContainEqual({ rule: "korea_sleeve", included: false, why: "not_selected", foldedIntoEm: true });
});

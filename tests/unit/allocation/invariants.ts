import { expect } from "vitest";
import { renderReason } from "@/lib/allocation/explain";
import type { Allocation, ClientProfile, ProposalOverrides } from "@/lib/allocation/types";

/** The guarantees every proposal must keep, whatever the inputs (issue part 2, "Tests"). */
export function expectInvariants(profile: ClientProfile, overrides: ProposalOverrides, a: Allocation): void {
  const total = a.lines.reduce((s, l) => s + l.weight, 0);
  expect(Math.abs(total - 1)).toBeLessThanOrEqual(1e-9);
  for (const line of a.lines) {
    expect(line.weight).toBeGreaterThan(0);
    expect(line.reasons.length).toBeGreaterThan(0);
  }

  const { constraints } = profile;
  const regionsHeld = new Set(a.lines.map((l) => l.region).filter((r) => r !== null));
  for (const r of constraints.excludedRegions) expect(regionsHeld.has(r)).toBe(false);
  if (overrides.includedRegions) {
    for (const r of regionsHeld) expect(overrides.includedRegions).toContain(r);
  }
  const koreaSelected = overrides.includedRegions ? overrides.includedRegions.includes("KOREA") : profile.homeMarket === "KOREA";
  if (!koreaSelected) expect(regionsHeld.has("KOREA")).toBe(false);

  const activeLines = a.lines.filter((l) => l.style === "active");
  if (constraints.passiveOnly || overrides.activeOverride === "all_passive") expect(activeLines).toEqual([]);
  if (constraints.maxSmallCapShare !== null && a.smallCapShareOfEquities !== null) {
    expect(a.smallCapShareOfEquities).toBeLessThanOrEqual(constraints.maxSmallCapShare + 1e-7);
  }
  if (constraints.maxFeeBps !== null) {
    const fee = a.reasons.find((r) => r.rule === "max_fee");
    expect(fee).toBeDefined();
    if (fee?.rule === "max_fee") expect(fee.feeBps).toBeCloseTo(a.expectedFeeBps, 4);
    if (fee?.rule === "max_fee" && fee.status === "infeasible") expect(activeLines).toEqual([]);
    else expect(a.expectedFeeBps).toBeLessThanOrEqual(constraints.maxFeeBps + 1e-6);
  }

  for (const reason of [...a.reasons, ...a.lines.flatMap((l) => l.reasons)]) {
    for (const locale of ["en", "ko"] as const) {
      const text = renderReason(reason, locale);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|NaN|null/);
    }
  }
}

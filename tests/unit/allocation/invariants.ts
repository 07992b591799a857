import { expect } from "vitest";
import { reasonText } from "@/components/proposal/reason-text";
import { minTicketFor, portfolioBelowTicket } from "@/lib/allocation/min-ticket";
import type { Allocation, AllocationLine, ClientProfile, ProposalOverrides } from "@/lib/allocation/types";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";

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

  expectTicketKept(profile, a);

  for (const reason of [...a.reasons, ...a.lines.flatMap((l) => l.reasons)]) {
    for (const locale of ["en", "ko"] as const) {
      const text = reasonText(reason, createTranslate(messagesFor(locale)), locale);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|NaN|null|\{\w+\}/);
    }
  }
}

const assetClass = (line: AllocationLine) => (line.size === null ? "defensive" : "equities");

/**
 * The minimum ticket (min-ticket.ts): no line is below it (1e-8: the rounding step) unless it carries a
 * `kept` reason, which is true: either the line is the only one of its asset class (equities; bonds and
 * cash), so the class as a whole is below the ticket, or the client has a maximum small-cap share that
 * every fold would break. The portfolio-level reason appears exactly when the investable assets are below
 * the minimum amount.
 */
export function expectTicketKept(profile: ClientProfile, a: Allocation): void {
  const ticket = minTicketFor(profile.investableAssets, profile.currency);
  for (const line of a.lines) {
    if (line.weight >= ticket.weight - 1e-8) continue;
    const kept = line.reasons.find((r) => r.rule === "min_ticket" && r.action === "kept");
    expect(kept, `${line.sleeve} ${line.style} ${line.weight} is below the ticket ${ticket.weight} without a reason`).toBeDefined();
    if (kept?.rule !== "min_ticket" || kept.action !== "kept") continue;
    if (kept.why === "asset_class_below_ticket") expect(a.lines.filter((l) => assetClass(l) === assetClass(line))).toEqual([line]);
    else expect(profile.constraints.maxSmallCapShare).not.toBeNull();
  }
  const below = a.reasons.some((r) => r.rule === "min_ticket" && r.action === "portfolio_below_ticket");
  expect(below).toBe(portfolioBelowTicket(ticket));
}

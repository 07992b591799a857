import { describe, expect, test } from "vitest";
import { snapToTicket } from "@/lib/allocation/fee-cap";
import { markBelowTicket, minTicketFor } from "@/lib/allocation/min-ticket";
import { foldBelowTicket, nearestLines } from "@/lib/allocation/ticket-fold";
import type { AllocationLine } from "@/lib/allocation/types";
import { type Region, type Size, sleeveId } from "@/lib/market/regions";

/** A hand-made equity line; its reason is a placeholder the fold must carry along. */
function line(region: Region, size: Size, style: "active" | "passive", weight: number): AllocationLine {
  return { sleeve: sleeveId(region, size), region, size, style, weight, reasons: [{ rule: "size_share", size, shareOfEquities: 1 }] };
}

function defensive(asset: "BONDS" | "CASH", weight: number): AllocationLine {
  const reason = { rule: "defensive_split", asset, defensiveShare: 1, shareOfDefensive: 1 } as const;
  return { sleeve: asset, region: null, size: null, style: null, weight, reasons: [reason] };
}

const bonds = (w: number) => defensive("BONDS", w);
const cash = (w: number) => defensive("CASH", w);
// USD 1M: the ticket is 0.01 of the portfolio (USD 10,000).
const ticket = minTicketFor(1_000_000, "USD");
const summary = (lines: readonly AllocationLine[]) => lines.map((l) => [l.sleeve, l.style, Number(l.weight.toFixed(6))]);

describe("nearestLines: same sleeve, then the same size elsewhere, then same region, then the asset class", () => {
  const lines = [
    line("JAPAN", "small", "passive", 0.002), // 0: the small line
    line("US", "large", "passive", 0.4), // 1: same size and style, the largest
    line("EUROPE", "small", "active", 0.02), // 2: same size, other style
    line("JAPAN", "large", "active", 0.03), // 3: same region, other size, other style
    line("JAPAN", "large", "passive", 0.05), // 4: same region, other size, same style
    line("JAPAN", "small", "active", 0.008), // 5: same sleeve
    line("EUROPE", "small", "passive", 0.01), // 6: same size and style, smaller than 1
    bonds(0.3), // 7: another asset class, never a candidate
  ];
  test("orders the candidates", () => {
    expect(nearestLines(lines, 0).map((c) => [c.index, c.nearest])).toEqual([
      [5, "same_sleeve"],
      [6, "same_size"],
      [2, "same_size"],
      [4, "same_region"],
      [3, "same_region"],
      [1, "same_asset_class"],
    ]);
  });

  test("within the same size: same style first, then the largest line", () => {
    const lines2 = [line("JAPAN", "small", "passive", 0.002), line("US", "small", "passive", 0.05), line("EM", "small", "passive", 0.07), line("US", "large", "passive", 0.5)];
    expect(nearestLines(lines2, 0).map((c) => c.index)).toEqual([2, 1, 3]);
  });

  test("cash's only candidate is bonds", () => {
    expect(nearestLines([line("US", "large", "passive", 0.6), bonds(0.36), cash(0.04)], 2).map((c) => [c.index, c.nearest])).toEqual([[1, "same_asset_class"]]);
  });
});

describe("foldBelowTicket (ticket 0.01)", () => {
  test("a chain: the smallest line first, each fold carried to the line that ends up with it", () => {
    // Japan small passive 0.002 → Japan small active (0.006), still below → Japan large passive (0.106).
    const lines = [line("JAPAN", "large", "passive", 0.1), line("JAPAN", "small", "active", 0.004), line("JAPAN", "small", "passive", 0.002), bonds(0.894)];
    const result = foldBelowTicket(lines, ticket, null);
    expect(summary(result.lines)).toEqual([
      ["JAPAN_LARGE", "passive", 0.106],
      ["BONDS", null, 0.894],
    ]);
    expect(result.reasons.map((r) => r.action === "folded" && [r.line.sleeve, r.line.style, r.into.sleeve, r.into.style, r.nearest])).toEqual([
      ["JAPAN_SMALL", "passive", "JAPAN_SMALL", "active", "same_sleeve"],
      ["JAPAN_SMALL", "active", "JAPAN_LARGE", "passive", "same_region"],
    ]);
    // Amounts in the client's currency: 0.002 × 1M and 0.006 × 1M.
    expect(result.reasons.map((r) => r.action === "folded" && r.amount)).toEqual([expect.closeTo(2_000, 6), expect.closeTo(6_000, 6)]);
    expect(result.lines[0]!.reasons.filter((r) => r.rule === "min_ticket")).toHaveLength(2);
    expect(result.lines[0]!.reasons[0]).toEqual(lines[0]!.reasons[0]);
  });

  test("a line at the ticket stays; the inputs are not changed", () => {
    const lines = [line("US", "large", "passive", 0.49), line("US", "small", "passive", 0.01), bonds(0.5)];
    const copy = structuredClone(lines);
    expect(foldBelowTicket(lines, ticket, null).reasons).toEqual([]);
    expect(lines).toEqual(copy);
  });

  test("a fold that would take small caps above the client's maximum goes to the next candidate", () => {
    // Japan large 0.004 would go to Japan small (same region) and lift small caps from 0.1 to 0.104 of
    // equities, above a 0.1 maximum; US large (same asset class) keeps 0.1.
    const lines = [line("US", "large", "passive", 0.896), line("JAPAN", "large", "passive", 0.004), line("JAPAN", "small", "passive", 0.1)];
    const result = foldBelowTicket(lines, ticket, 0.1);
    expect(summary(result.lines)).toEqual([
      ["US_LARGE", "passive", 0.9],
      ["JAPAN_SMALL", "passive", 0.1],
    ]);
    expect(foldBelowTicket(lines, ticket, null).lines.map((l) => l.sleeve)).toEqual(["US_LARGE", "JAPAN_SMALL"]);
  });

  test("a line is kept when every fold breaks the maximum, and when its asset class has no other line", () => {
    // Large caps 0.004 and small caps 0.096: small caps are 0.96 of equities, the client's maximum, and
    // folding the large-cap line anywhere would make them 1.
    const lines = [line("US", "large", "passive", 0.004), line("US", "small", "passive", 0.096), cash(0.9)];
    const folded = foldBelowTicket(lines, ticket, 0.96);
    expect(folded.reasons).toEqual([]);
    const marked = markBelowTicket(folded.lines, ticket);
    expect(marked[0]!.reasons.at(-1)).toMatchObject({ rule: "min_ticket", action: "kept", why: "max_small_cap_share", amount: expect.closeTo(4_000, 6) });

    const alone = markBelowTicket([line("US", "large", "passive", 0.995), cash(0.005)], ticket);
    expect(alone[1]!.reasons.at(-1)).toMatchObject({ action: "kept", why: "asset_class_below_ticket" });
    expect(alone[0]!.reasons.some((r) => r.rule === "min_ticket")).toBe(false);
  });
});

describe("snapToTicket: a fee cut leaves no line below the ticket", () => {
  test.each([
    // passive 0.04 × 0.1 = 0.004 < 0.01 → raised to the ticket: a = 1 − 0.01 / 0.04 = 0.75.
    ["passive part raised to the ticket", 0.04, 0.9, 0.01, 0.75],
    ["active part below the ticket goes passive", 0.04, 0.2, 0.01, 0],
    ["both parts at or above the ticket: unchanged", 0.1, 0.5, 0.01, 0.5],
    ["fully active: no passive part to raise", 0.04, 1, 0.01, 1],
    // 1 − 0.01 / 0.015 = 0.333: the active part 0.005 is then below the ticket → all passive.
    ["raising passive leaves too little active", 0.015, 0.9, 0.01, 0],
    ["a sleeve below the ticket goes passive", 0.005, 0.5, 0.01, 0],
    ["already passive", 0.04, 0, 0.01, 0],
  ])("%s", (_label, weight, active, ticketWeight, expected) => {
    expect(snapToTicket(weight, active, ticketWeight)).toBeCloseTo(expected, 12);
  });
});

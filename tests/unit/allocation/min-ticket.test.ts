import { describe, expect, test } from "vitest";
import { reasonText } from "@/components/proposal/reason-text";
import { minTicketFor, portfolioBelowTicket } from "@/lib/allocation/min-ticket";
import { buildAllocation } from "@/lib/allocation/model";
import type { MinTicketReason } from "@/lib/allocation/reasons";
import { createTranslate, messagesFor } from "@/lib/i18n/translate";
import { CURRENCIES } from "@/lib/domain/client";
import { testMarket, testProfile, withConstraints } from "./fixtures";

describe("minTicketFor: max(minimum amount, 0.5% of the assets); as a weight, at most 1", () => {
  test.each([
    // ₩15,000,000 ÷ ₩3.2bn = 0.46875% < 0.5% → the weight floor binds: 0.005 × 3.2bn = ₩16,000,000.
    ["₩3.2bn: the weight floor binds", 3_200_000_000, "KRW", 0.005, 16_000_000, false],
    ["USD 1M: the amount binds", 1_000_000, "USD", 0.01, 10_000, false],
    ["USD 2M: both give 0.5%", 2_000_000, "USD", 0.005, 10_000, false],
    // ¥1,500,000 ÷ ¥95,000,000 = 0.0157894737.
    ["¥95M", 95_000_000, "JPY", 0.0157894737, 1_500_000, false],
    ["USD 10,000: the ticket is the whole portfolio", 10_000, "USD", 1, 10_000, false],
    ["USD 5,000: the portfolio is below the ticket", 5_000, "USD", 1, 10_000, true],
    ["no assets", 0, "EUR", 1, 10_000, true],
  ] as const)("%s", (_label, assets, currency, weight, amount, below) => {
    const ticket = minTicketFor(assets, currency);
    expect(ticket.weight).toBeCloseTo(weight, 10);
    expect(ticket.amount).toBeCloseTo(amount, 4);
    expect(portfolioBelowTicket(ticket)).toBe(below);
  });

  test("every currency the client form offers has a minimum amount", () => {
    for (const currency of CURRENCIES) expect(() => minTicketFor(1_000_000, currency)).not.toThrow();
  });

  test.each([
    ["an unknown currency", 1_000_000, "XYZ"],
    ["a name on Object's prototype", 1_000_000, "constructor"],
    ["negative assets", -1, "USD"],
    ["infinite assets", Number.POSITIVE_INFINITY, "USD"],
  ])("rejects %s, naming minTicketFor", (_label, assets, currency) => {
    expect(() => minTicketFor(assets, currency)).toThrow(/minTicketFor/);
  });

  test("buildAllocation refuses a currency without a minimum ticket", () => {
    expect(() => buildAllocation(testProfile({ currency: "XYZ" }), testMarket())).toThrow(/buildAllocation: invalid profile/);
  });
});

/*
 * The Choi Family Trust (demo client 2) on the fixture market: Korean home market, risk 2, 8 years,
 * ₩3.2bn, EM excluded, small caps at most 15%, maximum fee 60 bp. Recomputed in Python from the formulas
 * (not from this code): equities 0.40, small caps 0.15 of them (0.06), large 0.34, bonds 0.54, cash 0.06.
 * Before the ticket the small-cap sleeves' passive parts are Japan 0.000935416 (₩2,993,332, the 0.1% line),
 * Korea 0.001575478, Europe 0.003262589 and US 0.003844885, all below the ticket of 0.5% (₩16,000,000);
 * each goes into its sleeve's active line (smallest first): Japan 0.008418745 + 0.000935416 = 0.009354162,
 * Korea 0.015754777, Europe 0.006971769, US 0.027919293. Small caps are then all active: fee
 * 0.06 × 80 + 0.34 × 5 + 0.54 × 5 = 9.2 bp (within 60); active share of equities 0.06 / 0.40 = 0.15.
 */
describe("a ₩3.2bn client whose Japan small-cap passive line was 0.1%", () => {
  const choi = withConstraints(
    { maxFeeBps: 60, excludedRegions: ["EM"], maxSmallCapShare: 0.15 },
    testProfile({ homeMarket: "KOREA", riskTolerance: 2, horizonYears: 8, investableAssets: 3_200_000_000, currency: "KRW" }),
  );
  const a = buildAllocation(choi, testMarket());
  const weight = (sleeve: string, style: string | null) => a.lines.find((l) => l.sleeve === sleeve && l.style === style)?.weight;

  test("the small passive lines are folded into their sleeve's active line", () => {
    expect(a.lines.map((l) => [l.sleeve, l.style])).toEqual([
      ["US_LARGE", "passive"],
      ["EUROPE_LARGE", "passive"],
      ["JAPAN_LARGE", "passive"],
      ["APAC_EX_JAPAN_LARGE", "passive"],
      ["KOREA_LARGE", "passive"],
      ["US_SMALL", "active"],
      ["EUROPE_SMALL", "active"],
      ["JAPAN_SMALL", "active"],
      ["KOREA_SMALL", "active"],
      ["BONDS", null],
      ["CASH", null],
    ]);
    expect(weight("JAPAN_SMALL", "active")).toBeCloseTo(0.009354162, 8);
    expect(weight("KOREA_SMALL", "active")).toBeCloseTo(0.015754777, 8);
    expect(weight("EUROPE_SMALL", "active")).toBeCloseTo(0.006971769, 8);
    expect(weight("US_SMALL", "active")).toBeCloseTo(0.027919293, 8);
    expect(a.smallCapShareOfEquities).toBeCloseTo(0.15, 7);
    expect(a.activeShareOfEquities).toBeCloseTo(0.15, 7);
    expect(a.expectedFeeBps).toBeCloseTo(9.2, 6);
    for (const line of a.lines) expect(line.weight * choi.investableAssets).toBeGreaterThanOrEqual(16_000_000 - 1);
  });

  test("the fold is a reason on the proposal and on the receiving line, with its amount and the ticket", () => {
    const expected = {
      rule: "min_ticket",
      action: "folded",
      line: { sleeve: "JAPAN_SMALL", style: "passive" },
      weight: expect.closeTo(0.000935416, 9),
      amount: expect.closeTo(2_993_332, -1),
      into: { sleeve: "JAPAN_SMALL", style: "active" },
      nearest: "same_sleeve",
      ticket: { weight: 0.005, amount: 16_000_000, minWeight: 0.005, minAmount: 15_000_000, currency: "KRW", investableAssets: 3_200_000_000 },
    };
    expect(a.reasons).toContainEqual(expected);
    expect(a.lines.find((l) => l.sleeve === "JAPAN_SMALL")?.reasons).toContainEqual(expected);
    expect(a.reasons.filter((r) => r.rule === "min_ticket")).toHaveLength(4);
  });

  test("the advisor reads the amounts in the client's currency", () => {
    const reason = a.reasons.find((r): r is MinTicketReason => r.rule === "min_ticket" && r.action === "folded" && r.line.sleeve === "JAPAN_SMALL");
    const text = reasonText(reason!, createTranslate(messagesFor("en")), "en");
    expect(text).toContain("₩2,993,332");
    expect(text).toContain("₩16,000,000");
    expect(text).toContain("0.1%");
  });
});

describe("portfolios too small for one ticket per line", () => {
  // The fixture US client (risk 3, 12 years): equities 0.60, bonds 0.36, cash 0.04 (hand-checked.test.ts).
  test("USD 25,000 (ticket 40%): equities fold into US large caps and cash into bonds", () => {
    // Every line is below 0.4; folds stay in their asset class, so the 60 / 40 split is kept.
    const a = buildAllocation(testProfile({ investableAssets: 25_000 }), testMarket());
    expect(a.lines.map((l) => [l.sleeve, l.style])).toEqual([
      ["US_LARGE", "passive"],
      ["BONDS", null],
    ]);
    expect(a.lines.map((l) => l.weight)).toEqual([expect.closeTo(0.6, 9), expect.closeTo(0.4, 9)]);
    expect(a.lines.flatMap((l) => l.reasons).filter((r) => r.rule === "min_ticket" && r.action === "kept")).toEqual([]);
  });

  test("USD 5,000: the whole portfolio is below the ticket, one line per asset class, and it says so", () => {
    const a = buildAllocation(testProfile({ investableAssets: 5_000 }), testMarket());
    expect(a.lines.map((l) => [l.sleeve, l.weight])).toEqual([
      ["US_LARGE", expect.closeTo(0.6, 9)],
      ["BONDS", expect.closeTo(0.4, 9)],
    ]);
    expect(a.reasons).toContainEqual(expect.objectContaining({ rule: "min_ticket", action: "portfolio_below_ticket" }));
    for (const line of a.lines) {
      expect(line.reasons).toContainEqual(expect.objectContaining({ rule: "min_ticket", action: "kept", why: "asset_class_below_ticket" }));
    }
    expect(a.equityShare).toBeCloseTo(0.6, 9);
  });
});

import { describe, expect, test } from "vitest";
import { clientInputSchema, currentAllocationOf } from "@/lib/validation/client";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

const valid = {
  name: "Kim",
  email: "",
  homeMarket: "KOREA",
  riskTolerance: "3",
  horizonYears: "10",
  investableAssets: "1000000",
  currency: "KRW",
  maxFeeBps: "",
  excludedRegions: [],
  maxSmallCapSharePct: "",
  passiveOnly: false,
  notes: "",
};

describe("client form schema (shared by the form and the actions)", () => {
  test("form strings are coerced and blanks become undefined", () => {
    expect(clientInputSchema.parse(valid)).toEqual({
      name: "Kim",
      homeMarket: "KOREA",
      riskTolerance: 3,
      horizonYears: 10,
      investableAssets: 1_000_000,
      currency: "KRW",
      excludedRegions: [],
      passiveOnly: false,
    });
  });

  test.each([
    ["name", { name: "  " }, "errors.required"],
    ["email", { email: "not-an-email" }, "errors.invalidEmail"],
    ["homeMarket", { homeMarket: "MARS" }, "errors.invalidChoice"],
    ["riskTolerance", { riskTolerance: "6" }, "errors.outOfRange"],
    ["riskTolerance", { riskTolerance: "2.5" }, "errors.invalidNumber"],
    ["horizonYears", { horizonYears: "abc" }, "errors.invalidNumber"],
    ["investableAssets", { investableAssets: "0" }, "errors.outOfRange"],
    ["maxFeeBps", { maxFeeBps: "501" }, "errors.outOfRange"],
    ["maxSmallCapSharePct", { maxSmallCapSharePct: "101" }, "errors.outOfRange"],
    ["excludedRegions.0", { excludedRegions: ["ATLANTIS"] }, "errors.invalidChoice"],
    ["notes", { notes: "x".repeat(2001) }, "errors.tooLong"],
  ])("%s: %o → %s", (field, patch, message) => {
    const result = clientInputSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)[field]).toEqual([message]);
  });

  test("a current allocation is all four shares or none, adding up to 100%", () => {
    const full = { currentUsEquityPct: "30", currentIntlEquityPct: "20", currentBondsPct: "40", currentCashPct: "10" };
    const parsed = clientInputSchema.parse({ ...valid, ...full });
    expect(currentAllocationOf(parsed)).toEqual({ usEquity: 0.3, intlEquity: 0.2, bonds: 0.4, cash: 0.1 });
    expect(currentAllocationOf(clientInputSchema.parse(valid))).toBeNull();

    const partial = clientInputSchema.safeParse({ ...valid, currentUsEquityPct: "60" });
    expect(partial.success).toBe(false);
    if (!partial.success) {
      expect(Object.keys(fieldErrorsOf(partial.error)).sort()).toEqual(["currentBondsPct", "currentCashPct", "currentIntlEquityPct"]);
    }
    const off = clientInputSchema.safeParse({ ...valid, ...full, currentCashPct: "11" });
    expect(off.success).toBe(false);
    if (!off.success) expect(fieldErrorsOf(off.error)).toEqual({ currentCashPct: ["errors.allocationTotal"] });
  });
});

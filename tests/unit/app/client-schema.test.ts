import { describe, expect, test } from "vitest";
import { clientInputSchema } from "@/lib/validation/client";
import { currentAllocationOf } from "@/lib/services/clients/profile-fields";
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
    // Numbers: only finite numbers or plain decimal text (z.coerce.number took all of these).
    ["riskTolerance", { riskTolerance: true }, "errors.invalidNumber"],
    ["riskTolerance", { riskTolerance: [3] }, "errors.invalidNumber"],
    ["riskTolerance", { riskTolerance: " " }, "errors.required"],
    ["horizonYears", { horizonYears: "" }, "errors.required"],
    ["horizonYears", { horizonYears: "0x10" }, "errors.invalidNumber"],
    ["investableAssets", { investableAssets: "1e400" }, "errors.invalidNumber"],
    ["investableAssets", { investableAssets: "1e6" }, "errors.invalidNumber"],
    ["investableAssets", { investableAssets: "Infinity" }, "errors.invalidNumber"],
    ["investableAssets", { investableAssets: Number.NaN }, "errors.invalidNumber"],
    ["investableAssets", { investableAssets: {} }, "errors.invalidNumber"],
    ["investableAssets", { investableAssets: "1,000" }, "errors.invalidNumber"],
    ["maxFeeBps", { maxFeeBps: false }, "errors.invalidNumber"],
    ["maxSmallCapSharePct", { maxSmallCapSharePct: "NaN" }, "errors.invalidNumber"],
    // Names and notes: no control characters, no text-direction tricks.
    ["name", { name: "Kim\u202Egnp.exe" }, "errors.hiddenCharacters"],
    ["name", { name: "Kim\u2066Lee" }, "errors.hiddenCharacters"],
    ["name", { name: "Kim\u200FLee" }, "errors.hiddenCharacters"],
    ["name", { name: "Kim\u061CLee" }, "errors.hiddenCharacters"],
    ["name", { name: "Kim\u0000" }, "errors.hiddenCharacters"],
    ["name", { name: "Kim\u0085Lee" }, "errors.hiddenCharacters"],
    ["name", { name: "Kim\tLee" }, "errors.hiddenCharacters"],
    ["name", { name: "Kim\nLee" }, "errors.hiddenCharacters"],
    ["notes", { notes: "call back\u202E" }, "errors.hiddenCharacters"],
    ["notes", { notes: "bell\u0007" }, "errors.hiddenCharacters"],
  ])("%s: %o → %s", (field, patch, message) => {
    const result = clientInputSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)[field]).toEqual([message]);
  });

  test.each([
    ["a number", 3, 3],
    ["plain text", "3", 3],
    ["text with spaces", " 3 ", 3],
  ])("riskTolerance as %s is accepted", (_label, riskTolerance, expected) => {
    expect(clientInputSchema.parse({ ...valid, riskTolerance }).riskTolerance).toBe(expected);
  });

  test("decimals are plain decimals; optional blanks are undefined", () => {
    const parsed = clientInputSchema.parse({ ...valid, investableAssets: "1234.50", maxSmallCapSharePct: ".5", maxFeeBps: "  " });
    expect(parsed).toMatchObject({ investableAssets: 1234.5, maxSmallCapSharePct: 0.5 });
    expect(parsed.maxFeeBps).toBeUndefined();
  });

  test("names keep letters of every script; notes keep line breaks and tabs", () => {
    const parsed = clientInputSchema.parse({ ...valid, name: "김민준 · محمد", notes: "line 1\r\nline 2\n\tindented" });
    expect(parsed.name).toBe("김민준 · محمد");
    expect(parsed.notes).toBe("line 1\r\nline 2\n\tindented");
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

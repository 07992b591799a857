import { describe, expect, test } from "vitest";
import { REFERENCE_FIGURES, referenceFigureSchema, referenceFiguresFor } from "@/lib/metrics/reference-figures";
import { isMessageKey } from "@/lib/i18n/translate";
import { fieldErrorsOf } from "@/lib/validation/field-errors";

const byKey = new Map(REFERENCE_FIGURES.map((f) => [f.key, f]));

describe("REFERENCE_FIGURES", () => {
  test("every figure passes the schema the admin form uses, with a unique key", () => {
    for (const f of REFERENCE_FIGURES) expect(referenceFigureSchema.safeParse(f).success).toBe(true);
    expect(byKey.size).toBe(REFERENCE_FIGURES.length);
  });

  // The article's figures (seed 000, domain.md §1), percentages as decimal fractions.
  test.each([
    ["analyst_coverage_large", { value: 16.4, unit: "count", metric: "analystMean", size: "large" }],
    ["analyst_coverage_small", { value: 5.7, comparator: "approx", metric: "analystMean", size: "small" }],
    ["unprofitable_count_us_small", { value: 0.4, comparator: "gt", region: "US", size: "small" }],
    ["unprofitable_weight_us_small", { value: 0.15, valueHigh: 0.2, metric: "unprofitableShareByWeight" }],
    ["unprofitable_count_us_mid", { value: 0.2, comparator: "approx", size: "mid" }],
    ["manager_excess_europe_small", { value: 0.0067, region: "EUROPE", metric: "managerExcess" }],
    ["manager_excess_japan_small", { value: 0.031, region: "JAPAN", metric: "managerExcess" }],
    ["smci_weight_r2000_growth_peak", { value: 0.05, comparator: "lt", metric: "largestWeight" }],
  ])("%s", (key, expected) => {
    expect(byKey.get(key)).toMatchObject(expected);
  });

  test("the concentration chart's date is kept, and manager figures cite Russell Investments", () => {
    expect(REFERENCE_FIGURES.every((f) => f.asOf === "2025-05-30")).toBe(true);
    expect(byKey.get("manager_excess_japan_small")?.source).toMatch(/^Russell Investments/);
  });
});

describe("referenceFigureSchema", () => {
  const valid = REFERENCE_FIGURES[0]!;

  // Messages are catalog keys, which the admin's form shows in the user's language.
  test.each([
    ["a percentage typed as 5 instead of 0.05", { ...valid, unit: "percent", value: 5 }, { value: ["errors.percentAsFraction"] }],
    ["a range whose high end is below its low end", { ...valid, value: 0.2, valueHigh: 0.15 }, { valueHigh: ["errors.rangeHighBelowLow"] }],
    ["a date that is not YYYY-MM-DD", { ...valid, asOf: "30/05/2025" }, { asOf: ["errors.invalidDate"] }],
    ["an unknown region", { ...valid, region: "MARS" }, { region: ["errors.invalidChoice"] }],
    ["a value that is not a number", { ...valid, value: Number.NaN }, { value: ["errors.invalidNumber"] }],
    ["an empty source", { ...valid, source: "" }, { source: ["errors.required"] }],
    ["a key with capitals", { ...valid, key: "Analyst" }, { key: ["errors.figureKey"] }],
  ])("rejects %s with a catalog key", (_label, figure, expected) => {
    const result = referenceFigureSchema.safeParse(figure);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual(expected);
      expect(result.error.issues.every((issue) => isMessageKey(issue.message))).toBe(true);
    }
  });
});

test("referenceFiguresFor keeps the same metric for the region or for no region", () => {
  const keys = referenceFiguresFor(REFERENCE_FIGURES, "unprofitableShareByCount", "US").map((f) => f.key);
  expect(keys).toEqual(["unprofitable_count_us_small", "unprofitable_count_us_mid"]);
  expect(referenceFiguresFor(REFERENCE_FIGURES, "analystMean", "JAPAN")).toHaveLength(2);
  expect(referenceFiguresFor(REFERENCE_FIGURES, "managerExcess", "KOREA")).toEqual([]);
});

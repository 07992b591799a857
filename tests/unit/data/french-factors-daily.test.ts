import { describe, expect, it } from "vitest";
import { parseFrenchFactors, type FrenchFactors } from "@/lib/data/french-factors";
import { compoundByMonth, monthlyFromDaily } from "@/lib/data/french-factors-daily";
import { frenchFactorsFromJson, frenchFactorsJson, frenchFactorsToJson } from "@/lib/data/french-factors-json";
import { describeWithSharedData, hasSharedData, readShared } from "@/tests/helpers/shared-data";

describe("monthlyFromDaily", () => {
  it("compounds each column's days into calendar months (hand-computed)", () => {
    // July: 1.01 × 1.02 × 0.99 − 1 = 0.019898; August: 1.005 − 1 = 0.005 (SMB); RF 1.0001² − 1 = 0.00020001.
    const monthly = monthlyFromDaily({
      periods: ["1990-07-02", "1990-07-03", "1990-07-31", "1990-08-01"],
      columns: { SMB: Float64Array.from([0.01, 0.02, -0.01, 0.005]), RF: Float64Array.from([0.0001, 0.0001, 0, 0.0002]) },
    });
    expect(monthly.periods).toEqual(["1990-07", "1990-08"]);
    expect(monthly.columns.SMB?.[0]).toBeCloseTo(0.019898, 15);
    expect(monthly.columns.SMB?.[1]).toBeCloseTo(0.005, 15);
    expect(monthly.columns.RF?.[0]).toBeCloseTo(0.00020001, 15);
    expect(monthly.columns.RF?.[1]).toBeCloseTo(0.0002, 15);
  });

  it("makes a month with a missing day missing", () => {
    const { months, returns } = compoundByMonth(["2020-01-02", "2020-01-03", "2020-02-03"], [0.01, NaN, 0.02]);
    expect(months).toEqual(["2020-01", "2020-02"]);
    expect(Number.isNaN(returns[0])).toBe(true);
    expect(returns[1]).toBeCloseTo(0.02, 15);
  });
});

describeWithSharedData("monthlyFromDaily on Europe_3_Factors_Daily_202603.csv (real file)", () => {
  it("gives 429 months 1990-07…2026-03, and RF for 1990-07 equal to the product of the file's July rows", () => {
    const text = hasSharedData ? readShared("french/Europe_3_Factors_Daily_202603.csv") : "";
    const parsed = parseFrenchFactors(text, "Europe_3_Factors_Daily_202603.csv");
    if (!parsed.ok || !parsed.value.daily) throw new Error("not parsed");
    const monthly = monthlyFromDaily(parsed.value.daily);
    expect(monthly.periods).toHaveLength(429);
    expect([monthly.periods[0], monthly.periods.at(-1)]).toEqual(["1990-07", "2026-03"]);
    // Independently: every raw line keyed 199007DD, its last cell (RF, percent), compounded.
    const july = text.split("\n").filter((l) => /^199007\d\d\s*,/.test(l));
    const rf = july.reduce((g, l) => g * (1 + Number(l.split(",").at(-1)) / 100), 1) - 1;
    expect(july.length).toBeGreaterThan(20);
    expect(monthly.columns.RF?.[0]).toBeCloseTo(rf, 14);
  });
});

describe("French factor JSON (Dataset.payload)", () => {
  const parsed = parseFrenchFactors(
    "This file was created using the 202603 Bloomberg database.\n\n,Mkt-RF,SMB,HML,RMW,CMA,RF\n198907, 0.60, -0.39, 15.53, -99.99, -99.99, 0.70\n198908, 1.00, 2.00, 3.00, 4.00, 5.00, 0.60\n\n Annual Factors: January-December\n,Mkt-RF,SMB,HML,RMW,CMA,RF\n1990, 1, 2, 3, -99.99, 5, 6\n",
    "Emerging_5_Factors.csv",
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const factors: FrenchFactors = parsed.value;

  it("round-trips through JSON text, missing values (NaN) as null", () => {
    const json = frenchFactorsToJson(factors);
    expect(json.monthly?.columns.RMW).toEqual([null, 0.04]);
    const back = frenchFactorsFromJson(frenchFactorsJson.parse(JSON.parse(JSON.stringify(json))));
    expect(back).toEqual(factors);
    expect(Number.isNaN(back.annual?.columns.RMW?.[0])).toBe(true);
    expect(back.monthly?.columns.HML).toBeInstanceOf(Float64Array);
  });

  it("refuses stored JSON whose columns do not match its periods or its factor list", () => {
    const json = frenchFactorsToJson(factors);
    const shortColumn = { ...json, monthly: { periods: ["1989-07"], columns: json.monthly?.columns ?? {} } };
    expect(frenchFactorsJson.safeParse(shortColumn).success).toBe(false);
    expect(frenchFactorsJson.safeParse({ ...json, factors: ["Mkt-RF", "SMB", "HML", "RF"] }).success).toBe(false);
    expect(frenchFactorsJson.safeParse({ ...json, region: "MARS" }).success).toBe(false);
  });
});

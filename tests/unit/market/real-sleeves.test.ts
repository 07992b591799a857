import { describe, expect, it, test } from "vitest";
import { parseFrenchFactors, type FrenchFactors } from "@/lib/data/french-factors";
import { parseFrenchFile, type FrenchFile } from "@/lib/data/french-size";
import { cashFromFactors, commonPeriod, regionSleevesFromFactors, SMALL_CAP_SHARE, usSleevesFromSizePortfolios } from "@/lib/market/real-sleeves";
import { describeWithSharedData, hasSharedData, readShared } from "@/tests/helpers/shared-data";

function factors(text: string, fileName: string): FrenchFactors {
  const result = parseFrenchFactors(text, fileName);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.value;
}

function frenchFile(text: string): FrenchFile {
  const result = parseFrenchFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.value;
}

const HEADER = ",Mkt-RF,SMB,HML,RF";

describe("regionSleevesFromFactors: the decomposition by hand", () => {
  // s = 0.1. Rm = (Mkt-RF) + RF; Rb = Rm − 0.1·SMB; Rs = Rb + SMB (all in percent below).
  //   1990-07: Rm = 2.00 + 0.50 = 2.50;  Rb = 2.50 − 0.10 = 2.40;  Rs = 2.40 + 1.00 = 3.40
  //   1990-08: Rm = −3.00 + 0.40 = −2.60; Rb = −2.60 + 0.20 = −2.40; Rs = −2.40 − 2.00 = −4.40
  //   1990-09: Rm = 1.00 + 0.30 = 1.30;  Rb = 1.30 − 0.05 = 1.25;  Rs = 1.25 + 0.50 = 1.75
  const text = [
    "This file was created using the 202510 Bloomberg database.",
    "",
    HEADER,
    "199007, 2.00, 1.00, 0.00, 0.50",
    "199008, -3.00, -2.00, 1.00, 0.40",
    "199009, 1.00, 0.50, -1.00, 0.30",
    "",
  ].join("\n");
  const europe = regionSleevesFromFactors(factors(text, "Europe_3_Factors.csv"));

  it("splits the market into small and big with SMB and a 10% small-cap share", () => {
    expect(SMALL_CAP_SHARE).toBe(0.1);
    expect(europe.small.months).toEqual(["1990-07", "1990-08", "1990-09"]);
    [0.034, -0.044, 0.0175].forEach((r, k) => expect(europe.small.returns[k]).toBeCloseTo(r, 15));
    [0.024, -0.024, 0.0125].forEach((r, k) => expect(europe.large.returns[k]).toBeCloseTo(r, 15));
    // The split keeps the market: 0.1·Rs + 0.9·Rb = Rm, and Rs − Rb = SMB.
    [0.025, -0.026, 0.013].forEach((rm, k) => expect(0.1 * (europe.small.returns[k] ?? 0) + 0.9 * (europe.large.returns[k] ?? 0)).toBeCloseTo(rm, 15));
  });

  it("names the sleeves, the method, the share, the vintage and the currency as data", () => {
    expect(Object.keys(europe.sleeves).sort()).toEqual(["EUROPE_LARGE", "EUROPE_SMALL"]);
    expect(europe.sleeves.EUROPE_SMALL).toBe(europe.small);
    expect(europe.provenance).toEqual({
      method: "factor_decomposition",
      region: "EUROPE",
      currency: "USD",
      vintage: { yyyymm: "202510", database: "Bloomberg" },
      smallCapShare: 0.1,
      frequency: "monthly",
    });
    expect(europe.period).toEqual({ start: "1990-07", end: "1990-09", months: 3 });
  });

  it("takes another share: s = 0.2 gives Rb = 2.50 − 0.20 = 2.30% and Rs = 3.30% in 1990-07", () => {
    const other = regionSleevesFromFactors(factors(text, "Europe_3_Factors.csv"), 0.2);
    expect(other.large.returns[0]).toBeCloseTo(0.023, 15);
    expect(other.small.returns[0]).toBeCloseTo(0.033, 15);
    expect(other.provenance.smallCapShare).toBe(0.2);
  });

  it("splits day by day and compounds into months when the file has only daily rows", () => {
    // Days (percent): 07-02 Rm 1.01 → Rb 0.96, Rs 1.46; 07-03 Rm −0.49 → Rb −0.51, Rs −0.31; 08-01 Rm 0.22 → Rb 0.23, Rs 0.13.
    // July: Rb = 1.0096 × 0.9949 − 1 = 0.00445104; Rs = 1.0146 × 0.9969 − 1 = 0.01145474.
    const daily = factors([HEADER, "19900702, 1.00, 0.50, 0, 0.01", "19900703, -0.50, 0.20, 0, 0.01", "19900801, 0.20, -0.10, 0, 0.02", ""].join("\n"), "Japan_3_Factors_Daily.csv");
    const japan = regionSleevesFromFactors(daily);
    expect(japan.provenance.frequency).toBe("daily");
    expect(japan.large.months).toEqual(["1990-07", "1990-08"]);
    expect(japan.large.returns[0]).toBeCloseTo(0.00445104, 15);
    expect(japan.small.returns[0]).toBeCloseTo(0.01145474, 15);
    expect(japan.large.returns[1]).toBeCloseTo(0.0023, 15);
    expect(japan.small.returns[1]).toBeCloseTo(0.0013, 15);
    expect(Object.keys(japan.sleeves).sort()).toEqual(["JAPAN_LARGE", "JAPAN_SMALL"]);
  });

  it("fills no sleeve for a region the portfolio model has none for (Developed)", () => {
    const developed = regionSleevesFromFactors(factors(text, "Developed_3_Factors.csv"));
    expect(developed.sleeves).toEqual({});
    expect(developed.small.returns[0]).toBeCloseTo(0.034, 15);
  });

  it("drops leading months with a missing value and refuses a gap inside the series", () => {
    const leading = factors([HEADER, "198907, -99.99, 1, 1, 0.5", "198908, 1, 1, 1, 0.5", ""].join("\n"), "Emerging_3_Factors.csv");
    expect(regionSleevesFromFactors(leading).small.months).toEqual(["1989-08"]);
    const gap = factors([HEADER, "198907, 1, 1, 1, 0.5", "198908, 1, -99.99, 1, 0.5", "198909, 1, 1, 1, 0.5", ""].join("\n"), "Emerging_3_Factors.csv");
    expect(() => regionSleevesFromFactors(gap)).toThrow(/missing for 1989-08/);
    expect(() => regionSleevesFromFactors(leading, 1)).toThrow(/smallShare/);
  });
});

describe("cashFromFactors", () => {
  it("is RF per month, or the days of a month compounded (1.0001 × 1.0001 − 1 = 0.00020001)", () => {
    const monthly = cashFromFactors(factors([HEADER, "199007, 1, 1, 1, 0.68", "199008, 1, 1, 1, 0.66", ""].join("\n"), "F-F_Research_Data_Factors.csv"));
    expect(Array.from(monthly.sleeves.CASH.returns)).toEqual([0.0068, 0.0066]);
    expect(monthly.provenance).toEqual({ method: "risk_free", region: "US", currency: "USD", vintage: null, frequency: "monthly" });
    const daily = cashFromFactors(factors([HEADER, "19900702, 1, 1, 1, 0.01", "19900703, 1, 1, 1, 0.01", ""].join("\n"), "Europe_3_Factors_Daily.csv"));
    expect(daily.series.months).toEqual(["1990-07"]);
    expect(daily.series.returns[0]).toBeCloseTo(0.00020001, 15);
  });
});

describe("usSleevesFromSizePortfolios", () => {
  const text = [
    "This file was created using the 202602 CRSP database.",
    "",
    "  Average Value Weight Returns -- Monthly",
    ",<= 0,Lo 30,Med 40,Hi 30",
    "192607, -99.99, -99.99, 1.00, 2.00",
    "192608, -99.99, 3.00, 1.00, -1.50",
    "192609, -99.99, 0.50, 1.00, 0.25",
    "",
  ].join("\n");
  const us = usSleevesFromSizePortfolios(frenchFile(text));

  it("takes the value-weighted Lo 30 and Hi 30, from the first month both have", () => {
    expect(us.sleeves.US_SMALL?.months).toEqual(["1926-08", "1926-09"]);
    expect(Array.from(us.sleeves.US_SMALL?.returns ?? [])).toEqual([0.03, 0.005]);
    expect(Array.from(us.sleeves.US_LARGE?.returns ?? [])).toEqual([-0.015, 0.0025]);
  });

  it("states the breakpoints and weighting as data", () => {
    expect(us.provenance).toEqual({
      method: "size_portfolios",
      region: "US",
      currency: "USD",
      vintage: { yyyymm: "202602", database: "CRSP" },
      weighting: "value",
      breakpoints: { exchange: "NYSE", smallBelow: 0.3, largeAbove: 0.7 },
      columns: { small: "Lo 30", large: "Hi 30" },
    });
  });
});

describe("commonPeriod", () => {
  const series = (name: string, months: string[]) => ({ name, months, returns: new Float64Array(months.length) });
  it("is the latest start to the earliest end, naming the series that cut it", () => {
    const period = commonPeriod([series("us", ["1990-06", "1990-07", "1990-08", "1990-09"]), series("europe", ["1990-07", "1990-08", "1990-09", "1990-10"])]);
    expect(period).toEqual({
      start: "1990-07",
      end: "1990-09",
      months: 3,
      truncatedBy: [
        { sleeve: "us", firstMonth: "1990-06", lastMonth: "1990-09" },
        { sleeve: "europe", firstMonth: "1990-07", lastMonth: "1990-10" },
      ],
    });
  });
});

describeWithSharedData("real sleeves from the files in ../shared/data/french", () => {
  const read = (file: string) => (hasSharedData ? readShared(`french/${file}`) : "");

  it("US small and large: 1,196 months 1926-07…2026-02; the first month equals the raw VW line's Lo 30 and Hi 30", () => {
    const text = read("Portfolios_Formed_on_ME.csv");
    const us = usSleevesFromSizePortfolios(frenchFile(text));
    expect(us.period).toEqual({ start: "1926-07", end: "2026-02", months: 1196 });
    // The first raw line keyed 192607 is the VW monthly section's; its header names the columns.
    const lines = text.split(/\r?\n/);
    const header = lines.find((l) => l.trim().startsWith(",<= 0"))?.split(",").map((c) => c.trim()) ?? [];
    const row = lines.find((l) => l.startsWith("192607"))?.split(",") ?? [];
    expect(us.small.returns[0]).toBe(Number((Number(row[header.indexOf("Lo 30")]) / 100).toFixed(4)));
    expect(us.large.returns[0]).toBe(Number((Number(row[header.indexOf("Hi 30")]) / 100).toFixed(4)));
  });

  // Spans: SOURCES.md's monthly rows, and the daily files' 1990-07-02…2026-03-31 as 429 months.
  test.each([
    ["Europe_3_Factors_202510.csv", ["EUROPE_LARGE", "EUROPE_SMALL"], "1990-07", "2025-10", 424],
    ["Europe_3_Factors_Daily_202603.csv", ["EUROPE_LARGE", "EUROPE_SMALL"], "1990-07", "2026-03", 429],
    ["Japan_5_Factors_202512.csv", ["JAPAN_LARGE", "JAPAN_SMALL"], "1990-07", "2025-12", 426],
    ["Asia_Pacific_ex_Japan_3_Factors_202509.csv", ["APAC_EX_JAPAN_LARGE", "APAC_EX_JAPAN_SMALL"], "1990-07", "2025-09", 423],
    ["Emerging_5_Factors_202603.csv", ["EM_LARGE", "EM_SMALL"], "1989-07", "2026-03", 441],
    ["Developed_ex_US_5_Factors_Daily_202603.csv", [], "1990-07", "2026-03", 429],
  ])("%s fills %j over %s…%s (%i months)", (file, sleeves, start, end, months) => {
    const built = regionSleevesFromFactors(factors(read(file), file));
    expect(Object.keys(built.sleeves).sort()).toEqual(sleeves);
    expect(built.period).toEqual({ start, end, months });
    expect(cashFromFactors(factors(read(file), file)).period).toEqual({ start, end, months });
  });

  it("the daily Europe file compounded agrees with the monthly one month by month (RMS difference below 0.2% a month)", () => {
    // Two vintages (202510 and 202603) and two constructions (French's monthly factors vs days compounded)
    // differ by revisions and cross terms: about 0.06% a month measured. Misaligned months (a day put in the
    // wrong month, a shifted series) would give differences of the order of the returns themselves, ~5%.
    const monthly = regionSleevesFromFactors(factors(read("Europe_3_Factors_202510.csv"), "Europe_3_Factors_202510.csv"));
    const daily = regionSleevesFromFactors(factors(read("Europe_3_Factors_Daily_202603.csv"), "Europe_3_Factors_Daily_202603.csv"));
    const rms = (a: Float64Array, b: Float64Array) => Math.sqrt(a.reduce((s, x, k) => s + (x - (b[k] ?? NaN)) ** 2, 0) / a.length);
    const n = monthly.small.months.length;
    expect(daily.small.months.slice(0, n)).toEqual(monthly.small.months);
    expect(rms(monthly.small.returns, daily.small.returns.subarray(0, n))).toBeLessThan(0.002);
    expect(rms(monthly.large.returns, daily.large.returns.subarray(0, n))).toBeLessThan(0.002);
  });

  it("the common period of US (ME file), Europe, Japan, Asia-Pacific ex Japan and emerging sleeves is 1990-07…2025-09", () => {
    const region = (file: string) => regionSleevesFromFactors(factors(read(file), file));
    const all = [
      usSleevesFromSizePortfolios(frenchFile(read("Portfolios_Formed_on_ME.csv"))).small,
      region("Europe_3_Factors_202510.csv").small,
      region("Japan_5_Factors_202512.csv").small,
      region("Asia_Pacific_ex_Japan_3_Factors_202509.csv").small,
      region("Emerging_5_Factors_202603.csv").small,
    ];
    const period = commonPeriod(all);
    expect([period.start, period.end, period.months]).toEqual(["1990-07", "2025-09", 423]);
  });
});

import { describe, expect, test } from "vitest";
import { parseFrenchFile, type FrenchFile } from "@/lib/data/french-size";
import { decileFirms } from "@/lib/research/decile-firms";
import { sizeSpread } from "@/lib/research/decile-spread";
import { regionalSmb } from "@/lib/research/regional-smb";
import { frenchText, row } from "./french-text";

function file(text: string): FrenchFile {
  const parsed = parseFrenchFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

/** 121 months from 2000-01: Lo 10 earns 1% every month, Hi 10 0.5% (value-weighted); equal-weighted 2% and 1%. */
const months = Array.from({ length: 121 }, (_, k) => `${2000 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`);
const LONG = file(
  frenchText([
    { title: "Average Value Weight Returns -- Monthly", rows: Object.fromEntries(months.map((m) => [m, row(1, 0.7, 0.5)])) },
    { title: "Average Equal Weighted Returns -- Monthly", rows: Object.fromEntries(months.map((m) => [m, row(2, 1.5, 1)])) },
    { title: "Number of Firms in Portfolios", rows: { "2000-01": row(900, 200, 50), "2000-02": row(850, 210, 52) } },
    { title: "Average Firm Size", rows: { "2000-01": row(12.5, 300, 90000), "2000-02": row(-99.99, 310, 91000) } },
  ]),
);

describe("sizeSpread: the smallest against the largest decile", () => {
  const [value, equal] = sizeSpread(LONG, { from: null, to: null });

  test("cumulative returns compound month by month", () => {
    // after k months: 1.01^k − 1 and 1.005^k − 1
    expect(value?.points[0]).toMatchObject({ month: "2000-01", spread10y: null });
    expect(value?.points[0]?.smallCumulative).toBeCloseTo(0.01, 14);
    expect(value?.points[11]?.smallCumulative).toBeCloseTo(1.01 ** 12 - 1, 12);
    expect(value?.points[120]?.largeCumulative).toBeCloseTo(1.005 ** 121 - 1, 12);
  });

  test("the rolling spread starts at the 120th month and is the difference of the two CAGRs", () => {
    expect(value?.points[118]?.spread10y).toBeNull();
    // constant monthly returns: each 10-year CAGR is (1 + r)^12 − 1
    expect(value?.points[119]?.spread10y).toBeCloseTo(1.01 ** 12 - 1.005 ** 12, 12);
    expect(value?.points[120]?.spread10y).toBeCloseTo(1.01 ** 12 - 1.005 ** 12, 12);
    expect(equal?.points[119]?.spread10y).toBeCloseTo(1.02 ** 12 - 1.01 ** 12, 12);
  });

  test("a period shorter than ten years has no spread, and a later start restarts the cumulative", () => {
    const later = sizeSpread(LONG, { from: "2009-01", to: null })[0];
    expect(later?.points).toHaveLength(13); // 2009-01 to 2010-01
    expect(later?.points.every((p) => p.spread10y === null)).toBe(true);
    expect(later?.points[0]?.smallCumulative).toBeCloseTo(0.01, 14);
  });
});

describe("decileFirms: firms and average size at the period's first and last month", () => {
  test("values as printed; a missing value (-99.99) is null, not a number", () => {
    const table = decileFirms(LONG, { from: null, to: null });
    expect(table).toMatchObject({ first: "2000-01", last: "2000-02" });
    expect(table.deciles[0]).toEqual({ name: "Lo 10", firmsFirst: 900, firmsLast: 850, averageSizeFirst: 12.5, averageSizeLast: null });
    expect(table.deciles[9]).toEqual({ name: "Hi 10", firmsFirst: 50, firmsLast: 52, averageSizeFirst: 90000, averageSizeLast: 91000 });
  });

  test("a period outside the sections has no months and only nulls", () => {
    const table = decileFirms(LONG, { from: "2020-01", to: null });
    expect(table.first).toBeNull();
    expect(table.deciles.every((d) => d.firmsFirst === null && d.averageSizeLast === null)).toBe(true);
  });
});

describe("regionalSmb", () => {
  const series = [
    { region: "EUROPE" as const, months: ["2000-01", "2000-02", "2000-03"], smb: [0.01, 0.03, NaN] },
    { region: "JAPAN" as const, months: ["2000-01", "2000-02", "2000-03", "2000-04"], smb: [0.02, -0.01, 0.04, 0.03] },
    { region: "EM" as const, months: ["2005-01"], smb: [0.05] },
  ];

  test.each([
    // 0.01, 0.03 (the NaN month is left out): mean 0.02, s = √((0.01² + 0.01²) / 1) = 0.0141421; t = 0.02 / (s / √2) = 2
    ["EUROPE", { months: 2, cumulative: 1.01 * 1.03 - 1, mean: 0.02, t: 2 }],
    // mean 0.02; deviations 0, −0.03, 0.02, 0.01 → Σ² = 0.0014, s = √(0.0014 / 3); t = 0.02 / (s / 2)
    ["JAPAN", { months: 4, cumulative: 1.02 * 0.99 * 1.04 * 1.03 - 1, mean: 0.02, t: 0.04 / Math.sqrt(0.0014 / 3) }],
  ])("%s: cumulative, annualised mean = 12 × monthly mean, t-statistic", (region, expected) => {
    const r = regionalSmb(series, { from: null, to: null }).find((x) => x.region === region);
    expect(r?.months).toHaveLength(expected.months);
    expect(r?.cumulative.at(-1)).toBeCloseTo(expected.cumulative, 14);
    expect(r?.meanMonthly).toBeCloseTo(expected.mean, 14);
    expect(r?.annualisedMean).toBeCloseTo(12 * expected.mean, 14);
    expect(r?.tStat).toBeCloseTo(expected.t, 10);
  });

  test("one month: no t-statistic; a region with no month in the period is left out", () => {
    const all = regionalSmb(series, { from: null, to: null });
    expect(all.find((r) => r.region === "EM")?.tStat).toBeNull();
    expect(regionalSmb(series, { from: "2001-01", to: null }).map((r) => r.region)).toEqual(["EM"]);
    expect(regionalSmb(series, { from: "2000-02", to: "2000-03" }).map((r) => [r.region, r.from, r.to])).toEqual([
      ["EUROPE", "2000-02", "2000-02"],
      ["JAPAN", "2000-02", "2000-03"],
    ]);
  });
});

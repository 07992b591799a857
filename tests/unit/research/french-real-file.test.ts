import { expect, test } from "vitest";
import { parseFrenchFactors } from "@/lib/data/french-factors";
import { parseFrenchFile } from "@/lib/data/french-size";
import { DECILE_COLUMNS } from "@/lib/research/decile-sections";
import { decileStudy } from "@/lib/research/decile-stats";
import { sizeSpread } from "@/lib/research/decile-spread";
import { regionalSmb, smbSeriesOf } from "@/lib/research/regional-smb";
import { riskFreeOf } from "@/lib/research/risk-free";
import { describeWithSharedData, readShared } from "../../helpers/shared-data";
import { plainCagr, plainFactors, plainMean, plainSection, plainSharpe, plainStdev } from "../../helpers/plain-french";

const SIZE = "french/Portfolios_Formed_on_ME.csv";
const US = "french/F-F_Research_Data_Factors_monthly_through_202511.csv";
const EUROPE = "french/Europe_3_Factors_202510.csv";

/**
 * The statistics on the whole real file against an independent reading (plain line split, CAGR from logs,
 * variances by two-pass loops: tests/helpers/plain-french.ts), within 1e-9.
 */
describeWithSharedData("French decile statistics on the real files", () => {
  const sizeText = readShared(SIZE);
  const usText = readShared(US);
  const parsed = parseFrenchFile(sizeText);
  const factors = parseFrenchFactors(usText, "F-F_Research_Data_Factors_monthly_through_202511.csv");
  if (!parsed.ok || !factors.ok) throw new Error("the shared files no longer parse");
  const rf = plainFactors(usText);
  const rfByMonth = new Map(rf.months.map((m, i) => [m, rf.column("RF")[i]!]));

  test.each([
    ["the whole file", null, null],
    ["2000-01 to 2024-12", "2000-01", "2024-12"],
    ["1963-07 to 1990-06", "1963-07", "1990-06"],
  ])("%s: every decile, both weightings", (_label, from, to) => {
    const result = decileStudy(parsed.value, { from, to, riskFree: riskFreeOf(factors.value) });
    if (!result.ok) throw new Error(result.reason);
    const study = result.value;
    for (const [weighting, title] of [["value", "Average Value Weight Returns -- Monthly"], ["equal", "Average Equal Weighted Returns -- Monthly"]] as const) {
      const section = plainSection(sizeText, title);
      const inPeriod = section.months.map((m, i) => [m, i] as const).filter(([m]) => (from === null || m >= from) && (to === null || m <= to));
      expect(study.period).toEqual({ from: inPeriod[0]![0], to: inPeriod.at(-1)![0], months: inPeriod.length });
      for (const name of DECILE_COLUMNS) {
        const column = section.column(name);
        const r = inPeriod.map(([, i]) => column[i]!);
        const withRf = inPeriod.filter(([m]) => rfByMonth.has(m));
        const got = study.deciles.find((d) => d.name === name && d.weighting === weighting)!;
        expect(got.months).toBe(r.length);
        expect(got.sharpeMonths).toBe(withRf.length);
        expect(Math.abs(got.cagr! - plainCagr(r))).toBeLessThan(1e-9);
        expect(Math.abs(got.volatility! - plainStdev(r) * Math.sqrt(12))).toBeLessThan(1e-9);
        const sharpe = plainSharpe(withRf.map(([, i]) => column[i]!), withRf.map(([m]) => rfByMonth.get(m)!));
        expect(Math.abs(got.sharpe! - sharpe)).toBeLessThan(1e-9);
      }
    }
  });

  test("the whole file: 1926-07 to 2026-02, Sharpe over the 1,193 months the US factors cover (to 2025-11)", () => {
    const result = decileStudy(parsed.value, { from: null, to: null, riskFree: riskFreeOf(factors.value) });
    expect(result.ok && result.value.period).toEqual({ from: "1926-07", to: "2026-02", months: 1196 });
    expect(result.ok && result.value.deciles.every((d) => d.sharpeMonths === 1193)).toBe(true);
  });

  test("the rolling 10-year spread and the cumulative returns against plain loops", () => {
    const section = plainSection(sizeText, "Average Value Weight Returns -- Monthly");
    const [small, large] = [section.column("Lo 10"), section.column("Hi 10")];
    const points = sizeSpread(parsed.value, { from: null, to: null })[0]!.points;
    expect(points).toHaveLength(section.months.length);
    for (const k of [119, 500, section.months.length - 1]) {
      const window = (c: number[]) => c.slice(k - 119, k + 1);
      expect(Math.abs(points[k]!.spread10y! - (plainCagr(window(small)) - plainCagr(window(large))))).toBeLessThan(1e-9);
    }
    // cumulative = exp(Σ log(1 + r)) − 1, compared relatively (the wealth grows to ~8 × 10⁴)
    const last = section.months.length - 1;
    const cum = Math.expm1(small.reduce((s, r) => s + Math.log1p(r), 0));
    expect(Math.abs(points[last]!.smallCumulative / cum - 1)).toBeLessThan(1e-9);
  });

  test("Europe's SMB: annualised mean and t-statistic against plain loops", () => {
    const text = readShared(EUROPE);
    const europe = parseFrenchFactors(text, "Europe_3_Factors_202510.csv");
    if (!europe.ok) throw new Error("Europe file no longer parses");
    const plain = plainFactors(text);
    const smb = plain.column("SMB").filter((_, i) => plain.months[i]! >= "2000-01");
    const [r] = regionalSmb([smbSeriesOf(europe.value)!], { from: "2000-01", to: null });
    expect(r!.months).toHaveLength(smb.length);
    expect(Math.abs(r!.annualisedMean - 12 * plainMean(smb))).toBeLessThan(1e-12);
    expect(Math.abs(r!.tStat! - plainMean(smb) / (plainStdev(smb) / Math.sqrt(smb.length)))).toBeLessThan(1e-9);
  });
});

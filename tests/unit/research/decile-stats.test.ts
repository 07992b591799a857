import { describe, expect, test } from "vitest";
import { parseFrenchFile, type FrenchFile } from "@/lib/data/french-size";
import { decileStudy, type DecileStat } from "@/lib/research/decile-stats";
import { frenchText, row } from "./french-text";

function file(text: string): FrenchFile {
  const parsed = parseFrenchFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

/*
 * Three months, by hand (returns in decimals):
 *   value-weighted  Lo 10: +10%, −10%, 0%   middle deciles: 1% each month   Hi 10: 2% each month
 *   equal-weighted  Lo 10: +20%, −20%, +10%                                 Hi 10: 2% each month
 * RF: 1% a month.
 */
const SHORT = file(
  frenchText([
    { title: "Average Value Weight Returns -- Monthly", rows: { "2000-01": row(10, 1, 2), "2000-02": row(-10, 1, 2), "2000-03": row(0, 1, 2) } },
    { title: "Average Equal Weighted Returns -- Monthly", rows: { "2000-01": row(20, 1, 2), "2000-02": row(-20, 1, 2), "2000-03": row(10, 1, 2) } },
  ]),
);
const RF = { months: ["2000-01", "2000-02", "2000-03"], rates: [0.01, 0.01, 0.01] };

function stat(deciles: readonly DecileStat[], name: string, weighting: string): DecileStat {
  const found = deciles.find((d) => d.name === name && d.weighting === weighting);
  if (!found) throw new Error(`no ${name} ${weighting}`);
  return found;
}

function study(options: Parameters<typeof decileStudy>[1], f = SHORT) {
  const result = decileStudy(f, options);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe("decileStudy on a hand-checkable period", () => {
  const whole = study({ from: null, to: null, riskFree: RF });

  test("period, vintage and twenty rows (ten deciles × two weightings)", () => {
    expect(whole.period).toEqual({ from: "2000-01", to: "2000-03", months: 3 });
    expect(whole.vintage).toBe("202602 CRSP");
    expect(whole.riskFree).toBe("factors");
    expect(whole.deciles).toHaveLength(20);
  });

  test.each([
    // (1.1 × 0.9 × 1.0)^(12/3) − 1 = 0.99⁴ − 1 = 0.96059601 − 1
    ["Lo 10 value CAGR", () => stat(whole.deciles, "Lo 10", "value").cagr, -0.03940399],
    // mean 0; deviations ±0.1, 0 → s = √(0.02 / 2) = 0.1; × √12
    ["Lo 10 value volatility", () => stat(whole.deciles, "Lo 10", "value").volatility, 0.1 * Math.sqrt(12)],
    // excess 0.09, −0.11, −0.01: mean −0.01, s 0.1 → −0.01 × 12 / (0.1 × √12) = −√12 / 10
    ["Lo 10 value Sharpe", () => stat(whole.deciles, "Lo 10", "value").sharpe, -Math.sqrt(12) / 10],
    // 1.02¹² − 1 (three months of 2% annualised)
    ["Hi 10 value CAGR", () => stat(whole.deciles, "Hi 10", "value").cagr, 0.26824179456254],
    // (1.2 × 0.8 × 1.1)^4 − 1 = 1.056⁴ − 1 = 1.243528298496 − 1
    ["Lo 10 equal CAGR", () => stat(whole.deciles, "Lo 10", "equal").cagr, 0.243528298496],
    // mean 1/30; deviations 1/6, −7/30, 1/15 → Σ² = 0.0277… + 0.0544… + 0.00444… = 0.08666…; s = √0.04333…
    ["Lo 10 equal volatility", () => stat(whole.deciles, "Lo 10", "equal").volatility, Math.sqrt(0.26 / 6) * Math.sqrt(12)],
  ])("%s", (_label, value, expected) => {
    expect(value()).toBeCloseTo(expected, 12);
  });

  test("a constant series has volatility 0 and no Sharpe ratio (undefined, not 0)", () => {
    const middle = stat(whole.deciles, "5-Dec", "value");
    expect(middle.volatility).toBe(0);
    expect(middle.sharpe).toBeNull();
  });

  test("Sharpe over only the months the risk-free file covers", () => {
    const partial = study({ from: null, to: null, riskFree: { months: ["2000-01", "2000-02"], rates: [0.01, 0.01] } });
    const lo = stat(partial.deciles, "Lo 10", "value");
    expect(lo.months).toBe(3);
    expect(lo.sharpeMonths).toBe(2);
    // excess 0.09, −0.11: mean −0.01, s = √((0.1² + 0.1²) / 1) = √0.02 → −0.12 / (√0.02 × √12) = −√6 / 10
    expect(lo.sharpe).toBeCloseTo(-Math.sqrt(6) / 10, 12);
  });

  test("without a risk-free file: RF 0 over every month, and the study says so", () => {
    const none = study({ from: null, to: null, riskFree: null });
    const lo = stat(none.deciles, "Lo 10", "value");
    expect(none.riskFree).toBe("none");
    expect(lo.sharpeMonths).toBe(3);
    // mean 0 → Sharpe 0 (a real zero: the volatility is not 0)
    expect(lo.sharpe).toBeCloseTo(0, 15);
  });

  test.each([
    ["from only", { from: "2000-02", to: null }, { from: "2000-02", to: "2000-03", months: 2 }],
    ["to only", { from: null, to: "2000-01" }, { from: "2000-01", to: "2000-01", months: 1 }],
    ["bounds outside the file", { from: "1999-01", to: "2030-12" }, { from: "2000-01", to: "2000-03", months: 3 }],
  ])("period %s", (_label, range, period) => {
    expect(study({ ...range, riskFree: null }).period).toEqual(period);
  });

  test("a single month: CAGR defined, volatility and Sharpe not", () => {
    const one = study({ from: "2000-01", to: "2000-01", riskFree: null });
    const lo = stat(one.deciles, "Lo 10", "value");
    // 1.1^12 − 1
    expect(lo.cagr).toBeCloseTo(1.1 ** 12 - 1, 12);
    expect(lo.volatility).toBeNull();
    expect(lo.sharpe).toBeNull();
  });

  test("a period with no month, and a file without deciles, are reported, not thrown", () => {
    expect(decileStudy(SHORT, { from: "2001-01", to: null, riskFree: null })).toEqual({ ok: false, reason: "empty_period" });
    const vwOnly = file(frenchText([{ title: "Average Value Weight Returns -- Monthly", rows: { "2000-01": row(1, 1, 1) } }]));
    expect(decileStudy(vwOnly, { from: null, to: null, riskFree: null })).toEqual({ ok: false, reason: "no_deciles" });
  });

  test("a bound that is not a month throws", () => {
    expect(() => decileStudy(SHORT, { from: "2000-13", to: null, riskFree: null })).toThrow(/not a YYYY-MM/);
  });
});

import type { RelativeStats } from "./sleeve-types";
import { cagr, volatility } from "./stats";

/**
 * Tracking error = sample standard deviation (n − 1) of the active returns pₖ − bₖ × √periodsPerYear,
 * the same estimator as volatility. null with fewer than 2 periods.
 *
 * @throws if the series differ in length.
 * @example trackingError([0.02, 0], [0, 0], 12) → std(0.02, 0) × √12 = 0.014142 × 3.464102 = 0.048990
 */
export function trackingError(portfolio: Float64Array, benchmark: Float64Array, periodsPerYear: number): number | null {
  assertSameLength("trackingError", portfolio, benchmark);
  return volatility(portfolio.map((p, k) => p - (benchmark[k] ?? 0)), periodsPerYear);
}

/**
 * Pearson correlation of two return series. null with fewer than 2 periods or when either series is
 * constant (the correlation is undefined, not 0).
 *
 * @throws if the series differ in length.
 * @example correlation([0.01, 0.03], [0.02, 0.01]) → −1
 */
export function correlation(a: Float64Array, b: Float64Array): number | null {
  assertSameLength("correlation", a, b);
  const n = a.length;
  if (n < 2) return null;
  const meanA = a.reduce((s, x) => s + x, 0) / n;
  const meanB = b.reduce((s, x) => s + x, 0) / n;
  let cov = 0;
  let varA = 0;
  let varB = 0;
  for (let k = 0; k < n; k++) {
    const da = (a[k] ?? 0) - meanA;
    const db = (b[k] ?? 0) - meanB;
    cov += da * db;
    varA += da * da;
    varB += db * db;
  }
  return varA === 0 || varB === 0 ? null : cov / Math.sqrt(varA * varB);
}

/**
 * Up (or down) capture = the portfolio's annualised compounded return over the months the benchmark
 * rose (fell), divided by the benchmark's over the same months: ((Π(1 + pₖ))^(ppy/k) − 1) /
 * ((Π(1 + bₖ))^(ppy/k) − 1), the Morningstar definition. Compounding (rather than averaging) keeps it
 * consistent with CAGR. Months with bₖ = 0 count as neither. null when there is no such month.
 *
 * @throws if the series differ in length.
 * @example up months p [0.02], b [0.01] with ppy 12 → (1.02¹² − 1)/(1.01¹² − 1) = 0.268242/0.126825 = 2.115054
 */
export function captureRatio(
  portfolio: Float64Array,
  benchmark: Float64Array,
  periodsPerYear: number,
  side: "up" | "down",
): number | null {
  assertSameLength("captureRatio", portfolio, benchmark);
  const months = benchmark.reduce<number[]>((picked, b, k) => {
    if (side === "up" ? b > 0 : b < 0) picked.push(k);
    return picked;
  }, []);
  if (months.length === 0) return null;
  const p = cagr(months.map((k) => portfolio[k] ?? 0), periodsPerYear);
  const b = cagr(months.map((k) => benchmark[k] ?? 0), periodsPerYear);
  return p === null || b === null || b === 0 ? null : p / b;
}

/**
 * All relative figures of a portfolio against its benchmark; excessReturn = CAGR(p) − CAGR(b), the
 * annualised (geometric) difference.
 *
 * @throws if the series differ in length.
 */
export function relativeStats(portfolio: Float64Array, benchmark: Float64Array, periodsPerYear: number): RelativeStats {
  assertSameLength("relativeStats", portfolio, benchmark);
  const p = cagr(portfolio, periodsPerYear);
  const b = cagr(benchmark, periodsPerYear);
  return {
    excessReturn: p === null || b === null ? null : p - b,
    trackingError: trackingError(portfolio, benchmark, periodsPerYear),
    correlation: correlation(portfolio, benchmark),
    upCapture: captureRatio(portfolio, benchmark, periodsPerYear, "up"),
    downCapture: captureRatio(portfolio, benchmark, periodsPerYear, "down"),
  };
}

function assertSameLength(fn: string, a: Float64Array, b: Float64Array): void {
  if (a.length !== b.length) throw new Error(`${fn}: ${a.length} portfolio returns against ${b.length} benchmark returns`);
}

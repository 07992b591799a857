import { cagr, maxDrawdown, sharpe, volatility } from "@/lib/backtest/stats";

/** Trailing windows the report shows, in years; each only when the back-test covers it in full. */
const TRAILING_YEARS = [1, 3, 5, 10] as const;
const MONTHS_PER_YEAR = 12;

export type WindowStats = { cagr: number | null; volatility: number | null; sharpe: number | null; maxDrawdown: number | null };

/** `years` null is the whole back-test. `start` and `end` are the first and last month (YYYY-MM) of the window. */
export type TrailingWindow = { years: number | null; months: number; start: string; end: string; series: WindowStats[] };

/**
 * Monthly returns from a wealth curve whose first point is the start (wealth[0] = 1 before the first
 * month, as the proposal stores it): rₖ = wealth[k] / wealth[k − 1] − 1.
 *
 * @throws RangeError when a point is not finite, or a point other than the last is not positive (the
 *   returns after a wealth of 0 are undefined).
 * @example returnsFromWealth([1, 1.1, 0.99]) → [0.1, −0.1] (within float rounding)
 */
export function returnsFromWealth(wealth: readonly number[]): Float64Array {
  const n = Math.max(0, wealth.length - 1);
  const returns = new Float64Array(n);
  for (let k = 0; k < wealth.length; k++) {
    const w = wealth[k]!;
    if (!Number.isFinite(w) || (k < n && w <= 0)) throw new RangeError(`returnsFromWealth: wealth[${k}] must be finite and positive, got ${w}`);
    if (k > 0) returns[k - 1] = w / wealth[k - 1]! - 1;
  }
  return returns;
}

/**
 * The figures of one window, with 12 periods a year and a 0% risk-free rate, as the proposal's statistics
 * (lib/backtest/stats.ts gives each formula): CAGR, sample volatility × √12, Sharpe, max drawdown.
 */
export function windowStats(returns: Float64Array): WindowStats {
  return {
    cagr: cagr(returns, MONTHS_PER_YEAR),
    volatility: volatility(returns, MONTHS_PER_YEAR),
    sharpe: sharpe(returns, MONTHS_PER_YEAR, 0),
    maxDrawdown: maxDrawdown(returns),
  };
}

/**
 * Statistics of each series over the trailing 1, 3, 5 and 10 years that the months cover in full, then
 * over the whole period. A trailing window is the last 12 × years months: it ends with the last month and
 * is measured from the wealth just before its first month, so a window's drawdown starts at its own peak.
 * `series` are wealth curves aligned with `months` (length months + 1); an empty curve (no benchmark)
 * gives statistics of null, never 0.
 *
 * @throws RangeError when a non-empty curve is not months + 1 long, and as {@link returnsFromWealth}.
 * @example 36 months → windows of 1 and 3 years and the full 36 months (5 and 10 years are not covered)
 */
export function trailingWindows(months: readonly string[], series: readonly (readonly number[])[]): TrailingWindow[] {
  const returns = series.map((wealth, i) => {
    if (wealth.length === 0) return null;
    if (wealth.length !== months.length + 1) {
      throw new RangeError(`trailingWindows: series[${i}] has ${wealth.length} points for ${months.length} months`);
    }
    return returnsFromWealth(wealth);
  });
  const window = (years: number | null, length: number): TrailingWindow => ({
    years,
    months: length,
    start: months[months.length - length]!,
    end: months[months.length - 1]!,
    series: returns.map((r) => (r ? windowStats(r.subarray(r.length - length)) : { cagr: null, volatility: null, sharpe: null, maxDrawdown: null })),
  });
  if (months.length === 0) return [];
  const covered = TRAILING_YEARS.filter((years) => years * MONTHS_PER_YEAR <= months.length);
  return [...covered.map((years) => window(years, years * MONTHS_PER_YEAR)), window(null, months.length)];
}

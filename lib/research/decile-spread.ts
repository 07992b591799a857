import { cagr } from "../backtest/stats";
import type { FrenchFile } from "../data/french-size";
import { DECILE_WEIGHTINGS, decileColumn, returnsSection, type DecileWeighting } from "./decile-sections";
import { periodIndices, type MonthRange } from "./months";

/** The rolling window of the spread: ten years of months. */
export const SPREAD_WINDOW_MONTHS = 120;

/**
 * The smallest decile (Lo 10) against the largest (Hi 10), month by month over the period:
 * - smallCumulative / largeCumulative = Π(1 + rₖ) − 1 from the period's first month to this one
 * - spread10y = CAGR of Lo 10 − CAGR of Hi 10 over the 120 months ending with this one (annualised, so a
 *   0.03 spread is three percentage points a year); null until the period has 120 months.
 */
export type SpreadPoint = { month: string; smallCumulative: number; largeCumulative: number; spread10y: number | null };
export type SizeSpread = { weighting: DecileWeighting; points: SpreadPoint[] };

/**
 * Cumulative returns and the rolling 10-year CAGR spread of the smallest and largest deciles, value- and
 * equal-weighted. Months where either decile is missing are left out, so a window is 120 months with both.
 *
 * @throws Error when a bound of `range` is not YYYY-MM.
 * @example sizeSpread(file, { from: "2000-01", to: "2000-02" }) → [{ weighting: "value", points: [{ month: "2000-01",
 *   smallCumulative: r_Lo(Jan), largeCumulative: r_Hi(Jan), spread10y: null }, { month: "2000-02", … }] }, { weighting: "equal", … }]
 */
export function sizeSpread(file: FrenchFile, range: MonthRange): SizeSpread[] {
  return DECILE_WEIGHTINGS.flatMap((weighting) => {
    const section = returnsSection(file, weighting);
    if (!section) return [];
    const { start, end } = periodIndices(section.periods, range);
    const small = decileColumn(section, "Lo 10");
    const large = decileColumn(section, "Hi 10");
    const months: string[] = [];
    const rs: number[] = [];
    const rl: number[] = [];
    for (let i = start; i < end; i++) {
      const [s, l] = [small[i] ?? NaN, large[i] ?? NaN];
      if (!Number.isFinite(s) || !Number.isFinite(l)) continue;
      months.push(section.periods[i] ?? "");
      rs.push(s);
      rl.push(l);
    }
    let wealthSmall = 1;
    let wealthLarge = 1;
    const points = months.map((month, k): SpreadPoint => {
      wealthSmall *= 1 + (rs[k] ?? 0);
      wealthLarge *= 1 + (rl[k] ?? 0);
      const from = k + 1 - SPREAD_WINDOW_MONTHS;
      const spread10y = from < 0 ? null : (cagr(rs.slice(from, k + 1), 12) ?? NaN) - (cagr(rl.slice(from, k + 1), 12) ?? NaN);
      return { month, smallCumulative: wealthSmall - 1, largeCumulative: wealthLarge - 1, spread10y };
    });
    return [{ weighting, points }];
  });
}

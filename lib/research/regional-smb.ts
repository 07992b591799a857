import { volatility } from "../backtest/stats";
import type { FactorRegion, FrenchFactors } from "../data/french-factors";
import { monthlyFromDaily } from "../data/french-factors-daily";
import { periodIndices, type MonthRange } from "./months";

/** One region's monthly small-minus-big returns (decimals; NaN = missing). */
export type SmbSeries = { region: FactorRegion; months: readonly string[]; smb: ArrayLike<number> };

/**
 * A region's SMB over the period, from its monthly returns (the n months with a value):
 * - cumulative[k] = Π(1 + SMBⱼ) − 1 up to month k: what a position long small and short big, reset monthly,
 *   earned (French's SMB is such a long-short return)
 * - meanMonthly = ΣSMB / n; annualisedMean = 12 × meanMonthly (simple, not compounded: a long-short return's
 *   average premium, as the t-statistic tests it)
 * - tStat = meanMonthly ÷ (s / √n), s the sample standard deviation (n − 1) of the monthly SMB: whether the
 *   average premium differs from zero (|t| above about 2 at the 5% level); null when n < 2 or s = 0
 */
export type RegionalSmb = {
  region: FactorRegion;
  from: string;
  to: string;
  months: string[];
  cumulative: number[];
  meanMonthly: number;
  annualisedMean: number;
  tStat: number | null;
};

/**
 * A factor file's SMB by month: the monthly table when the file has one, else its daily SMB compounded into
 * calendar months (the long-short position held through the month, lib/data/french-factors-daily.ts).
 */
export function smbSeriesOf(factors: FrenchFactors): SmbSeries | null {
  const table = factors.monthly ?? (factors.daily ? monthlyFromDaily(factors.daily) : null);
  const smb = table?.columns.SMB;
  return table && smb ? { region: factors.region, months: table.periods, smb } : null;
}

/**
 * Each region's cumulative SMB, annualised mean and t-statistic over the period; a region with no month in the
 * period is left out. Regions keep the order given.
 *
 * @throws Error when a bound of `range` is not YYYY-MM.
 * @example regionalSmb([{ region: "EUROPE", months: ["2000-01", "2000-02"], smb: [0.01, 0.03] }], { from: null, to: null })
 *   → [{ region: "EUROPE", from: "2000-01", to: "2000-02", cumulative: [0.01, 0.0403], meanMonthly: 0.02,
 *        annualisedMean: 0.24, tStat: 0.02 / (0.014142 / √2) = 2 }]
 */
export function regionalSmb(series: readonly SmbSeries[], range: MonthRange): RegionalSmb[] {
  return series.flatMap((s) => {
    const { start, end } = periodIndices(s.months, range);
    const months: string[] = [];
    const values: number[] = [];
    for (let i = start; i < end; i++) {
      const v = s.smb[i] ?? NaN;
      if (!Number.isFinite(v)) continue;
      months.push(s.months[i] ?? "");
      values.push(v);
    }
    const n = values.length;
    if (n === 0) return [];
    let wealth = 1;
    const cumulative = values.map((v) => (wealth *= 1 + v) - 1);
    const meanMonthly = values.reduce((sum, v) => sum + v, 0) / n;
    const sd = volatility(values, 1);
    return [
      {
        region: s.region,
        from: months[0] ?? "",
        to: months.at(-1) ?? "",
        months,
        cumulative,
        meanMonthly,
        annualisedMean: 12 * meanMonthly,
        tStat: sd === null || sd === 0 ? null : meanMonthly / (sd / Math.sqrt(n)),
      },
    ];
  });
}

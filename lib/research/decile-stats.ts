import { cagr, sharpe, volatility } from "../backtest/stats";
import type { FrenchFile } from "../data/french-size";
import { DECILE_COLUMNS, DECILE_WEIGHTINGS, decileColumn, returnsSection, vintageLabel, type DecileName, type DecileWeighting } from "./decile-sections";
import { periodIndices, type MonthRange } from "./months";
import { ratesByMonth, type MonthlyRates } from "./risk-free";

/** Monthly data: 12 periods a year in every annualisation below. */
const MONTHS_PER_YEAR = 12;

/**
 * One decile's statistics over the period, annualised from monthly returns (decimals; null when undefined):
 * - cagr = (Π(1 + rₖ))^(12/n) − 1 over the n months with a return
 * - volatility = sample standard deviation (n − 1) of the monthly returns × √12
 * - sharpe = mean monthly excess return × 12 ÷ (sample standard deviation of the monthly excess returns × √12),
 *   excess = rₖ − RFₖ, over the `sharpeMonths` months the risk-free file covers. The deviation is that of the
 *   excess returns (the ex-post Sharpe ratio), the same formula as lib/backtest/stats.ts with the month's own
 *   bill rate subtracted; with no risk-free file RF is 0 and sharpeMonths = months.
 */
export type DecileStat = {
  name: DecileName;
  weighting: DecileWeighting;
  months: number;
  cagr: number | null;
  volatility: number | null;
  sharpe: number | null;
  sharpeMonths: number;
};

export type DecileStudy = {
  /** The size file's vintage ("202602 CRSP"), null when the file does not print one. */
  vintage: string | null;
  period: { from: string; to: string; months: number };
  /** "factors": Sharpe over the months the risk-free file covers; "none": no file, RF taken as 0. */
  riskFree: "factors" | "none";
  deciles: DecileStat[];
};

/** Why a study could not be made: the file has no monthly decile returns, or the period holds no month. */
export type DecileStudyProblem = "no_deciles" | "empty_period";
export type DecileStudyResult = { ok: true; value: DecileStudy } | { ok: false; reason: DecileStudyProblem };

/**
 * Value- and equal-weighted statistics of French's ten size deciles over a period (the months of the file's
 * monthly value-weighted section inside `range`). Missing months (NaN) are left out of a decile's figures.
 *
 * @throws Error when a bound of `range` is not YYYY-MM.
 * @example decileStudy(file, { from: "2000-01", to: "2000-12", riskFree: null }) → { ok: true, value: { period:
 *   { from: "2000-01", to: "2000-12", months: 12 }, riskFree: "none", deciles: [{ name: "Lo 10", weighting: "value", … }, …20] } }
 */
export function decileStudy(file: FrenchFile, options: MonthRange & { riskFree: MonthlyRates | null }): DecileStudyResult {
  const value = returnsSection(file, "value");
  const equal = returnsSection(file, "equal");
  if (!value || !equal) return { ok: false, reason: "no_deciles" };
  const { start, end } = periodIndices(value.periods, options);
  if (start === end) return { ok: false, reason: "empty_period" };
  const months = value.periods.slice(start, end);
  const rf = options.riskFree ? ratesByMonth(options.riskFree) : null;
  const sections = { value, equal };

  const deciles = DECILE_WEIGHTINGS.flatMap((weighting) => {
    const section = sections[weighting];
    const row = new Map(section.periods.map((p, i) => [p, i]));
    return DECILE_COLUMNS.map((name) => {
      const column = decileColumn(section, name);
      const returns: number[] = [];
      const excess: number[] = [];
      for (const month of months) {
        const r = column[row.get(month) ?? -1] ?? NaN;
        if (!Number.isFinite(r)) continue;
        returns.push(r);
        const rate = rf ? rf.get(month) : 0;
        if (rate !== undefined) excess.push(r - rate);
      }
      return {
        name,
        weighting,
        months: returns.length,
        cagr: cagr(returns, MONTHS_PER_YEAR),
        volatility: volatility(returns, MONTHS_PER_YEAR),
        sharpe: sharpe(excess, MONTHS_PER_YEAR),
        sharpeMonths: excess.length,
      };
    });
  });
  return {
    ok: true,
    value: {
      vintage: vintageLabel(file),
      period: { from: months[0] ?? "", to: months.at(-1) ?? "", months: months.length },
      riskFree: rf ? "factors" : "none",
      deciles,
    },
  };
}

import type { FrenchFactors } from "../data/french-factors";
import { monthlyFromDaily } from "../data/french-factors-daily";

/**
 * A monthly risk-free rate: `rates[i]` is the decimal return of one-month Treasury bills in `months[i]`
 * (French's RF column), NaN where the file has none.
 */
export type MonthlyRates = { months: readonly string[]; rates: ArrayLike<number> };

/**
 * The RF column of a factor file by month: the monthly table when the file has one, else its daily RF
 * compounded into calendar months (a bill held for the month earns the product of its daily returns).
 * @example riskFreeOf(parseFrenchFactors(usText, "F-F_Research_Data_Factors.csv").value) → { months: ["1926-07", …], rates: [0.0022, …] }
 */
export function riskFreeOf(factors: FrenchFactors): MonthlyRates | null {
  const table = factors.monthly ?? (factors.daily ? monthlyFromDaily(factors.daily) : null);
  const rates = table?.columns.RF;
  return table && rates ? { months: table.periods, rates } : null;
}

/** A lookup from month to rate, finite rates only: a month the file leaves missing has no rate. */
export function ratesByMonth(rf: MonthlyRates): Map<string, number> {
  const byMonth = new Map<string, number>();
  rf.months.forEach((month, i) => {
    const rate = rf.rates[i] ?? NaN;
    if (Number.isFinite(rate)) byMonth.set(month, rate);
  });
  return byMonth;
}

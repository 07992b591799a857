import type { FactorTable } from "./french-factors";

/**
 * Daily French returns compounded into calendar months: a month's return is Π(1 + r_day) − 1 over the days
 * the file has in it. French publishes daily files through the end of their vintage month, so every month in
 * a file is whole; a file cut mid-month would give a partial last month.
 */

/**
 * One daily series compounded by calendar month. A missing day (NaN) makes its month missing (NaN): a month
 * without one of its days is not that month's return.
 * @example compoundByMonth(["1990-07-02", "1990-07-03", "1990-08-01"], [0.01, 0.02, -0.01])
 *   → { months: ["1990-07", "1990-08"], returns: [1.01 × 1.02 − 1 = 0.0302, −0.01] }
 */
export function compoundByMonth(days: readonly string[], returns: ArrayLike<number>): { months: string[]; returns: Float64Array } {
  const months: string[] = [];
  const growth: number[] = [];
  days.forEach((day, i) => {
    const month = day.slice(0, 7);
    const r = returns[i] ?? NaN;
    if (months.at(-1) === month) growth[growth.length - 1] = (growth.at(-1) ?? NaN) * (1 + r);
    else {
      months.push(month);
      growth.push(1 + r);
    }
  });
  return { months, returns: Float64Array.from(growth, (g) => g - 1) };
}

/**
 * A daily factor table as a monthly one, each column compounded on its own.
 *
 * Each factor is compounded as the series it is: a factor's daily value is the return of a position reset
 * every day (the market over the bill, long small and short big), so Π(1 + f_day) − 1 is what that position
 * earned over the month. It is not French's monthly factor, which is built from monthly portfolio returns
 * (e.g. monthly Mkt-RF = Rm_month − RF_month, while compounding daily Mkt-RF also compounds the cross terms);
 * the two differ by a few basis points a month. That is why lib/market/real-sleeves.ts builds total returns
 * (Mkt-RF + RF, and the small and big legs) day by day and compounds those, never these compounded factors.
 * @example monthlyFromDaily({ periods: ["1990-07-02", "1990-07-03"], columns: { SMB: [0.01, 0.02] } })
 *   → { periods: ["1990-07"], columns: { SMB: [0.0302] } }
 */
export function monthlyFromDaily(daily: FactorTable): FactorTable {
  const periods = compoundByMonth(daily.periods, new Float64Array(daily.periods.length)).months;
  const columns = Object.fromEntries(Object.entries(daily.columns).map(([name, values]) => [name, compoundByMonth(daily.periods, values).returns]));
  return { periods, columns };
}

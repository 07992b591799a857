/**
 * Month keys (YYYY-MM) and the period a study covers. A period is inclusive at both ends, so
 * { from: "2000-01", to: "2000-12" } is the twelve months of 2000; an open end takes the series' own end.
 */

export type MonthRange = { from: string | null; to: string | null };

/** A real calendar month: 1926-07 yes, 1926-13 and 26-07 no. */
export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: string): boolean {
  return MONTH_KEY.test(value);
}

/**
 * The indices [start, end) of the ascending month keys inside the range; start === end when none is.
 * Keys compare as strings, which orders YYYY-MM like the months themselves.
 *
 * @throws Error when a bound is not a YYYY-MM key.
 * @example periodIndices(["2000-01", "2000-02", "2000-03"], { from: "2000-02", to: null }) → { start: 1, end: 3 }
 */
export function periodIndices(months: readonly string[], range: MonthRange): { start: number; end: number } {
  for (const bound of [range.from, range.to]) {
    if (bound !== null && !isMonthKey(bound)) throw new Error(`periodIndices: "${bound}" is not a YYYY-MM month`);
  }
  let start = 0;
  while (start < months.length && range.from !== null && (months[start] ?? "") < range.from) start++;
  let end = start;
  while (end < months.length && (range.to === null || (months[end] ?? "") <= range.to)) end++;
  return { start, end };
}

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether a string is a YYYY-MM month. */
export function isYearMonth(value: string): boolean {
  return YEAR_MONTH.test(value);
}

/**
 * The month after a YYYY-MM month.
 *
 * @example nextMonth("2019-12") → "2020-01"
 */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * Every month from start to end inclusive (empty when start is after end).
 *
 * @example monthRange("2019-11", "2020-02") → ["2019-11", "2019-12", "2020-01", "2020-02"]
 */
export function monthRange(start: string, end: string): string[] {
  const months: string[] = [];
  // YYYY-MM strings order like the months they name.
  for (let month = start; month <= end; month = nextMonth(month)) months.push(month);
  return months;
}

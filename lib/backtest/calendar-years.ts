import type { CalendarYear, YearReturn } from "./sleeve-types";

/**
 * Calendar-year returns: each year's months compounded, Π(1 + rₖ) − 1, with the benchmark's alongside
 * when given. A year the series covers for fewer than 12 months is flagged `partial` (its return is
 * for those months only, not annualised).
 *
 * @throws if the arrays differ in length.
 * @example months ["2019-11", "2019-12", "2020-01"], returns [0.1, 0.1, 0.05] →
 *   [{ year: 2019, return: 0.21, months: 2, partial: true }, { year: 2020, return: 0.05, months: 1, partial: true }]
 */
export function calendarYears(
  months: readonly string[],
  returns: Float64Array,
  benchmark?: Float64Array,
): CalendarYear[] {
  if (returns.length !== months.length || (benchmark && benchmark.length !== months.length)) {
    throw new Error(`calendarYears: ${months.length} months but ${returns.length} returns`);
  }
  const years: CalendarYear[] = [];
  months.forEach((month, k) => {
    const year = Number(month.slice(0, 4));
    let row = years.at(-1);
    if (row?.year !== year) {
      row = { year, return: 0, months: 0, partial: true, ...(benchmark ? { benchmark: 0 } : {}) };
      years.push(row);
    }
    row.return = (1 + row.return) * (1 + (returns[k] ?? 0)) - 1;
    if (benchmark) row.benchmark = (1 + (row.benchmark ?? 0)) * (1 + (benchmark[k] ?? 0)) - 1;
    row.months++;
    row.partial = row.months < 12;
  });
  return years;
}

/**
 * Best and worst full calendar year. Partial years are left out: a three-month "year" is not
 * comparable with twelve-month ones. null when no year is full.
 *
 * @example [{ year: 2019, return: 0.1, partial: false, … }, { year: 2020, return: −0.2, partial: false, … }]
 *   → { best: { year: 2019, return: 0.1 }, worst: { year: 2020, return: −0.2 } }
 */
export function bestWorstYear(years: readonly CalendarYear[]): { best: YearReturn | null; worst: YearReturn | null } {
  let best: YearReturn | null = null;
  let worst: YearReturn | null = null;
  for (const { year, return: r, partial } of years) {
    if (partial) continue;
    if (best === null || r > best.return) best = { year, return: r };
    if (worst === null || r < worst.return) worst = { year, return: r };
  }
  return { best, worst };
}

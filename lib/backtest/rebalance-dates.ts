/**
 * Rebalance dates of a panel (domain.md §2: "Rebalance once a year at the end of May; hold for one
 * year"): for every year, the last panel date whose month is `month`. Window i runs over
 * (dates[result[i]], dates[result[i + 1]]]. Works alike for monthly panels and for annual panels
 * whose rows are the May ends themselves. A year without a date in that month has no rebalance, so
 * its neighbours form one longer window rather than a silently invented date.
 *
 * @param dates ascending YYYY-MM-DD (as `Panel.dates`).
 * @throws if month is not an integer 1–12.
 * @example rebalanceDateIndices(["2019-05-15", "2019-05-31", "2019-06-28", "2020-05-29"], 5) → [1, 3]
 * @example rebalanceDateIndices(["2025-01-31", "2025-02-28"], "every") → [0, 1]
 */
export function rebalanceDateIndices(dates: readonly string[], month: number | "every"): number[] {
  if (month === "every") return dates.map((_, index) => index);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new Error(`rebalanceDateIndices: month must be an integer 1–12, got ${month}`);
  }
  const result: number[] = [];
  let lastYear = "";
  dates.forEach((date, index) => {
    if (Number(date.slice(5, 7)) !== month) return;
    const year = date.slice(0, 4);
    // Dates ascend, so a later date in the same year and month replaces the earlier one.
    if (year === lastYear) result[result.length - 1] = index;
    else result.push(index);
    lastYear = year;
  });
  return result;
}

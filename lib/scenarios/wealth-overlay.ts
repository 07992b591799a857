/**
 * Growth-of-1 curves of several back-tests on one month axis, for an overlaid chart. A back-test's wealth has
 * one point more than its months: wealth[0] = 1 at the end of the month before the first, wealth[k] at the end
 * of months[k − 1]. Back-tests over different periods keep their own start (each begins at 1 where its data
 * begins), so a later start is visible rather than rebased away.
 */

export type WealthSeries = { key: string; months: readonly string[]; wealth: readonly number[] };

/** One chart row: the month (YYYY-MM) and the wealth of each series that has that month. */
export type OverlayRow = { month: string; values: Record<string, number> };

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * @throws Error for a month not written YYYY-MM
 * @example previousMonth("2000-01") // "1999-12"
 */
export function previousMonth(month: string): string {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`previousMonth: not a YYYY-MM month: ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 2;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * The union of the series' months, ascending, each with the values of the series that cover it.
 * @throws Error when a series' wealth is not one point longer than its months, or two series share a key
 * @example overlayWealth([{ key: "a", months: ["2000-01"], wealth: [1, 1.02] }])
 *   // [{ month: "1999-12", values: { a: 1 } }, { month: "2000-01", values: { a: 1.02 } }]
 */
export function overlayWealth(series: readonly WealthSeries[]): OverlayRow[] {
  const rows = new Map<string, Record<string, number>>();
  const keys = new Set<string>();
  for (const s of series) {
    if (keys.has(s.key)) throw new Error(`overlayWealth: two series named ${s.key}`);
    keys.add(s.key);
    if (s.months.length === 0 && s.wealth.length === 0) continue;
    if (s.wealth.length !== s.months.length + 1) {
      throw new Error(`overlayWealth: ${s.key} has ${s.wealth.length} wealth points for ${s.months.length} months`);
    }
    const axis = [previousMonth(s.months[0]!), ...s.months];
    axis.forEach((month, i) => {
      const row = rows.get(month) ?? {};
      row[s.key] = s.wealth[i]!;
      rows.set(month, row);
    });
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, values]) => ({ month, values }));
}

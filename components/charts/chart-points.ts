/**
 * Monthly series are charted at year ends: a century of months is 1,200 points a line, more than a chart can
 * show or a browser should receive, while December values are exact points of the series (not averages).
 * The period's last month is kept so the chart ends where the table's figures end.
 * @example yearEndIndices(["1999-11", "1999-12", "2000-01", "2000-02"]) → [1, 3]
 */
export function yearEndIndices(months: readonly string[]): number[] {
  const out: number[] = [];
  months.forEach((m, i) => {
    if (m.endsWith("-12") || i === months.length - 1) out.push(i);
  });
  return out;
}

/** The rows of a monthly series at its year ends and its last month (see `yearEndIndices`), for a chart's table. */
export function atYearEnds<T>(rows: readonly T[], monthOf: (row: T) => string): T[] {
  return yearEndIndices(rows.map(monthOf)).flatMap((i) => (i in rows ? [rows[i] as T] : []));
}

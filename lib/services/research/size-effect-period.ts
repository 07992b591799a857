import type { Panel } from "../../backtest/panel-type";
import type { MonthRange } from "../../research/months";

/**
 * The panel restricted to the dates inside a month range (inclusive; an open end keeps the panel's own end).
 * Cells are stored date-major, so a run of dates is one contiguous slice of every column: the result shares
 * the original's memory (subarray views) instead of copying a large panel. Ids with no row left keep their
 * place; they have no ROW flag, so no rebalance counts them.
 */
export function panelInPeriod(panel: Panel, range: MonthRange): Panel {
  if (range.from === null && range.to === null) return panel;
  const month = (d: string) => d.slice(0, 7);
  let start = 0;
  while (start < panel.dates.length && range.from !== null && month(panel.dates[start]!) < range.from) start++;
  let end = panel.dates.length;
  while (end > start && range.to !== null && month(panel.dates[end - 1]!) > range.to) end--;
  if (start === 0 && end === panel.dates.length) return panel;
  const n = panel.ids.length;
  const [a, b] = [start * n, end * n];
  return {
    dates: panel.dates.slice(start, end),
    ids: panel.ids,
    marketCap: panel.marketCap.subarray(a, b),
    returns: panel.returns.subarray(a, b),
    flags: panel.flags.subarray(a, b),
    profitable: panel.profitable?.subarray(a, b) ?? null,
    analysts: panel.analysts?.subarray(a, b) ?? null,
    tradingValue: panel.tradingValue?.subarray(a, b) ?? null,
    sector: panel.sector ? { labels: panel.sector.labels, codes: panel.sector.codes.subarray(a, b) } : null,
    country: panel.country ? { labels: panel.country.labels, codes: panel.country.codes.subarray(a, b) } : null,
  };
}

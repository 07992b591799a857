import { categoryColumn, flagColumn, numberColumn, type CategoryColumn } from "./panel-columns";
import { sortedKeys } from "./panel-keys";
import type { PanelRow } from "./types";

/** Bits of `Panel.flags`. */
export const PANEL_FLAG = { ROW: 1, PREFERRED: 2, DELISTED: 4 } as const;

/**
 * Columnar per-security panel (domain.md §3 "Panel data"): sorted unique dates × sorted unique ids.
 * Cell (d, s) lives at `d * ids.length + s`: date-major, so one date's cross-section (what a rebalance
 * ranks, and what a window walks month by month) is contiguous in memory.
 */
export type Panel = {
  /** Ascending YYYY-MM-DD. */
  dates: readonly string[];
  /** Ascending (UTF-16 code-unit order); an id's index is its tie-break rank. */
  ids: readonly string[];
  /** Market cap at the date; NaN where the security has no row. */
  marketCap: Float64Array;
  /** Total return of the period ending at the date; NaN = no data. */
  returns: Float64Array;
  /** {@link PANEL_FLAG} bits: has a row, is preferred, status delisted. */
  flags: Uint8Array;
  /** 0/1, 255 = missing; null when no row carries the field. */
  profitable: Uint8Array | null;
  /** NaN = missing; null when no row carries the field. */
  analysts: Float64Array | null;
  tradingValue: Float64Array | null;
  sector: CategoryColumn | null;
  country: CategoryColumn | null;
};

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Builds the columnar panel from long-format rows. The input order does not matter: ids and dates
 * are sorted, and categorical labels are coded in sorted order.
 *
 * @throws if a date is not YYYY-MM-DD, a market cap is not a finite number >= 0, a return is neither
 *   null nor a finite number >= −1 (a total return cannot lose more than everything), or an (id, date)
 *   pair appears twice.
 * @example buildPanel([{ id: "B", date: "2020-05-29", marketCap: 5, return: 0.1 },
 *                      { id: "A", date: "2020-05-29", marketCap: 9, return: null }])
 *   → ids ["A", "B"], dates ["2020-05-29"], marketCap [9, 5], returns [NaN, 0.1]
 */
export function buildPanel(rows: readonly PanelRow[]): Panel {
  const n = rows.length;
  const idKeys = sortedKeys(n, (i) => rowAt(rows, i).id);
  const dateKeys = sortedKeys(n, (i) => rowAt(rows, i).date);
  for (const date of dateKeys.values) {
    if (!ISO_DATE.test(date)) throw new Error(`buildPanel: date "${date}" is not YYYY-MM-DD`);
  }
  const nIds = idKeys.values.length;
  const size = nIds * dateKeys.values.length;
  const cellOf = (i: number) => (dateKeys.rowKeys[i] ?? 0) * nIds + (idKeys.rowKeys[i] ?? 0);

  const marketCap = new Float64Array(size).fill(NaN);
  const returns = new Float64Array(size).fill(NaN);
  const flags = new Uint8Array(size);
  for (let i = 0; i < n; i++) {
    const row = rowAt(rows, i);
    const cell = cellOf(i);
    if ((flags[cell] ?? 0) & PANEL_FLAG.ROW) {
      throw new Error(`buildPanel: duplicate row for id "${row.id}" on ${row.date}`);
    }
    if (!Number.isFinite(row.marketCap) || row.marketCap < 0) {
      throw new Error(`buildPanel: market cap of "${row.id}" on ${row.date} must be a finite number >= 0`);
    }
    const r = row.return;
    if (r !== null && (!Number.isFinite(r) || r < -1)) {
      throw new Error(`buildPanel: return of "${row.id}" on ${row.date} must be null or a finite number >= -1`);
    }
    marketCap[cell] = row.marketCap;
    returns[cell] = r ?? NaN;
    flags[cell] =
      PANEL_FLAG.ROW |
      (row.isPreferred ? PANEL_FLAG.PREFERRED : 0) |
      (row.status === "delisted" ? PANEL_FLAG.DELISTED : 0);
  }
  return {
    dates: dateKeys.values,
    ids: idKeys.values,
    marketCap,
    returns,
    flags,
    ...optionalColumns(rows, size, cellOf),
  };
}

function optionalColumns(rows: readonly PanelRow[], size: number, cellOf: (i: number) => number) {
  const n = rows.length;
  const profitable = flagColumn(size, (i) => rowAt(rows, i).profitable != null, n);
  const analysts = numberColumn(size, (i) => rowAt(rows, i).analysts != null, n);
  const tradingValue = numberColumn(size, (i) => rowAt(rows, i).tradingValue != null, n);
  if (profitable || analysts || tradingValue) {
    for (let i = 0; i < n; i++) {
      const row = rowAt(rows, i);
      const cell = cellOf(i);
      if (profitable && row.profitable != null) profitable[cell] = row.profitable ? 1 : 0;
      if (analysts && row.analysts != null) analysts[cell] = row.analysts;
      if (tradingValue && row.tradingValue != null) tradingValue[cell] = row.tradingValue;
    }
  }
  return {
    profitable,
    analysts,
    tradingValue,
    sector: categoryColumn(size, n, (i) => rowAt(rows, i).sector, cellOf),
    country: categoryColumn(size, n, (i) => rowAt(rows, i).country, cellOf),
  };
}

function rowAt(rows: readonly PanelRow[], i: number): PanelRow {
  const row = rows[i];
  if (row === undefined) throw new Error(`buildPanel: row ${i} is missing`);
  return row;
}

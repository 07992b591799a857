import type { CategoryColumn } from "./panel-columns";

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

import type { Region, Size, SleeveId } from "./regions";
import type { SnapshotSegment } from "./slots";

/** One index constituent. `weight` is a fraction (0.0123 = 1.23%), not a percentage. */
export type Constituent = {
  ticker: string;
  name: string;
  sector: string | null;
  country: string | null;
  weight: number;
  marketValue: number | null;
  /** Number of analysts covering the stock; undefined when the source has no such column. */
  analysts?: number | null;
  /** Whether the company is profitable; undefined when the source has no such column. */
  profitable?: boolean | null;
};

/** A constituent snapshot of an index or fund, with where it came from (for every metric's caption). */
export type ConstituentSnapshot = {
  id: string;
  label: string;
  source: string;
  /** ISO date YYYY-MM-DD, or null when the file prints none. */
  asOf: string | null;
  region: Region;
  size: Size;
  synthetic: boolean;
  /** Equity lines only; non-equity lines (cash, futures, swaps) are kept apart by the importer. */
  constituents: readonly Constituent[];
  hasAnalysts: boolean;
  hasProfitable: boolean;
  /**
   * Where the snapshot stands in the evidence when it is not simply region × size (a micro-cap or mid-cap
   * tier, a developed-world index, a KRX market). Absent on the demo segments: they are `{region, size}`.
   * When the segment maps to no sleeve (lib/market/slots.ts sleeveOfSegment), `region`/`size` are only the
   * nearest sleeve for display grouping and the allocation model ignores the snapshot.
   */
  segment?: SnapshotSegment;
};

/** A monthly return series. `months[i]` is YYYY-MM, `returns[i]` the decimal total return of that month. */
export type MonthlySeries = {
  name: string;
  months: readonly string[];
  returns: Float64Array;
};

/** Monthly returns per sleeve, as the sleeve back-test and the portfolio model consume them. */
export type SleeveHistory = {
  source: string;
  synthetic: boolean;
  series: Partial<Record<SleeveId, MonthlySeries>>;
};

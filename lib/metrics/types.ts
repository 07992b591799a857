import type { Region, Size } from "../market/regions";

/**
 * Why a metric has no value. A missing input is never reported as 0: a snapshot without an
 * `analysts` column has "no coverage data", not "no analysts".
 */
export type NotAvailableReason =
  | "empty_snapshot"
  | "no_analysts_column"
  | "no_profitable_column"
  /** The column exists but every constituent's value is null. */
  | "no_known_values"
  /** Every constituent weighs 0, so no weight can be renormalised. */
  | "zero_total_weight";

/**
 * How many constituents a metric could use. Constituents whose value is null in a snapshot that has the
 * column are left out of that metric's denominator (they are unknown, not zero), so the caption must
 * say how much of the index the figure describes.
 */
export type Coverage = {
  covered: number;
  total: number;
  /** Renormalised weight of the covered constituents, 0–1. */
  coveredWeight: number;
};

export type Metric<T = number> =
  | { status: "ok"; value: T; coverage?: Coverage }
  | { status: "not_available"; reason: NotAvailableReason };

/** One group of a breakdown; `key` null collects constituents whose country or sector is unknown. */
export type BreakdownEntry = { key: string | null; weight: number; count: number };

/** Which snapshot a set of metrics came from, for every caption. */
export type MetricSource = {
  snapshotId: string;
  label: string;
  source: string;
  asOf: string | null;
  synthetic: boolean;
  region: Region;
  size: Size;
};

export type InformationGapMetrics = {
  source: MetricSource;
  constituentCount: number;
  analystMean: Metric;
  analystMedian: Metric;
  top10Share: Metric;
  largestWeight: Metric;
  herfindahl: Metric;
  effectiveHoldings: Metric;
  unprofitableShareByCount: Metric;
  unprofitableShareByWeight: Metric;
  byCountry: Metric<readonly BreakdownEntry[]>;
  bySector: Metric<readonly BreakdownEntry[]>;
};

export function ok<T>(value: T, coverage?: Coverage): Metric<T> {
  return coverage === undefined ? { status: "ok", value } : { status: "ok", value, coverage };
}

export function notAvailable<T = number>(reason: NotAvailableReason): Metric<T> {
  return { status: "not_available", reason };
}

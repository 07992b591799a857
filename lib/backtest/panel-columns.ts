/**
 * Optional panel columns (domain.md §3: `profitable`, `analysts`, `sector`, `country`, `trading_value`).
 * Each is allocated only when some row carries the field (see panel-assemble.ts), so a plain
 * id/date/cap/return panel stays small.
 */

/** Marks a missing `profitable` cell; 0/1 are the real values. */
export const MISSING_FLAG = 255;

/** A categorical column: `codes[cell]` indexes `labels` (sorted ascending), −1 = missing. */
export type CategoryColumn = { labels: readonly string[]; codes: Int32Array };

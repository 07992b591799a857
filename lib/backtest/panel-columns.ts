/**
 * Optional panel columns (domain.md §3: `profitable`, `analysts`, `sector`, `country`, `trading_value`).
 * Each is allocated only when some row carries the field, so a plain id/date/cap/return panel stays small.
 */

/** Marks a missing `profitable` cell; 0/1 are the real values. */
export const MISSING_FLAG = 255;

/** A categorical column: `codes[cell]` indexes `labels` (sorted ascending), −1 = missing. */
export type CategoryColumn = { labels: readonly string[]; codes: Int32Array };

/** Number column with NaN for missing cells, allocated on the first non-null value. */
export function numberColumn(
  size: number,
  hasValue: (row: number) => boolean,
  rowCount: number,
): Float64Array | null {
  for (let i = 0; i < rowCount; i++) if (hasValue(i)) return new Float64Array(size).fill(NaN);
  return null;
}

/** 0/1 column with {@link MISSING_FLAG} for missing cells, allocated on the first non-null value. */
export function flagColumn(
  size: number,
  hasValue: (row: number) => boolean,
  rowCount: number,
): Uint8Array | null {
  for (let i = 0; i < rowCount; i++) if (hasValue(i)) return new Uint8Array(size).fill(MISSING_FLAG);
  return null;
}

/**
 * Builds a categorical column from per-row labels placed at `cellOf(row)`.
 * Labels are sorted so the codes do not depend on the input row order.
 *
 * @example categoryColumn(2, 2, (r) => ["Tech", null][r] ?? null, (r) => r)
 *   → { labels: ["Tech"], codes: [0, −1] }
 */
export function categoryColumn(
  size: number,
  rowCount: number,
  labelOf: (row: number) => string | null | undefined,
  cellOf: (row: number) => number,
): CategoryColumn | null {
  const unique = new Set<string>();
  for (let i = 0; i < rowCount; i++) {
    const label = labelOf(i);
    if (label != null) unique.add(label);
  }
  if (unique.size === 0) return null;
  const labels = [...unique].sort();
  const codeOf = new Map(labels.map((label, code) => [label, code]));
  const codes = new Int32Array(size).fill(-1);
  for (let i = 0; i < rowCount; i++) {
    const label = labelOf(i);
    if (label != null) codes[cellOf(i)] = codeOf.get(label) ?? -1;
  }
  return { labels, codes };
}

/**
 * Side-by-side rows for comparing two or three proposals. The first column is the base: every other cell says
 * whether it differs from the base's, and by how much. Pure functions over plain values.
 */

/** How a figure is shown (lib/i18n/format.ts): percentages and counts to one decimal, ratios to two, fees to 0.1 bp. */
export type NumberFormat = "percent" | "ratio" | "bps" | "count";

/**
 * The smallest step each format shows. Two figures differ when they differ at that step, i.e. when the reader
 * would see two different numbers: a weight of 12.34% against 12.31% is "12.3%" twice and is not highlighted,
 * while 12.34% against 12.36% ("12.3%" and "12.4%") is.
 */
const DISPLAY_STEP: Record<NumberFormat, number> = { percent: 0.001, ratio: 0.01, bps: 0.1, count: 0.1 };

export type NumberCell = { value: number | null; delta: number | null; changed: boolean };
export type NumberRow<K> = { key: K; format: NumberFormat; cells: NumberCell[]; changed: boolean };
export type TextCell = { value: string | null; changed: boolean };
export type TextRow<K> = { key: K; cells: TextCell[]; changed: boolean };

/**
 * Rounds half away from zero, as Intl.NumberFormat does by default ("halfExpand"), so −0.0125 and 0.0125 round
 * alike. A tiny relative nudge absorbs binary representation (0.1235 / 0.001 = 123.49999…).
 */
function stepsOf(value: number, step: number): number {
  const scaled = Math.abs(value) / step;
  return Math.sign(value) * Math.round(scaled * (1 + 1e-12));
}

/**
 * True when `a` and `b` are shown differently at `step`. A missing figure (null: undefined or not available)
 * differs from any number and equals another missing one.
 * @example isShownDifferently(0.1234, 0.1231, 0.001) // false: both "12.3%"
 */
export function isShownDifferently(a: number | null, b: number | null, step: number): boolean {
  if (a === null || b === null) return a !== b;
  return stepsOf(a, step) !== stepsOf(b, step);
}

/**
 * One figure across the compared proposals. `delta` is value − base (null where either is missing).
 * @throws Error when no values are given
 * @example numberRow("cagr", "percent", [0.05, 0.052]).cells[1] // { value: 0.052, delta: 0.002, changed: true }
 */
export function numberRow<K>(key: K, format: NumberFormat, values: readonly (number | null)[]): NumberRow<K> {
  if (values.length === 0) throw new Error("numberRow: no values");
  const base = values[0] ?? null;
  const cells = values.map((value, i): NumberCell => {
    if (i === 0) return { value, delta: null, changed: false };
    const changed = isShownDifferently(base, value, DISPLAY_STEP[format]);
    return { value, delta: value !== null && base !== null ? value - base : null, changed };
  });
  return { key, format, cells, changed: cells.some((c) => c.changed) };
}

/**
 * One label or code across the compared proposals (a version stamp, a vintage); null where a proposal has none.
 * @throws Error when no values are given
 */
export function textRow<K>(key: K, values: readonly (string | null)[]): TextRow<K> {
  if (values.length === 0) throw new Error("textRow: no values");
  const base = values[0] ?? null;
  const cells = values.map((value, i): TextCell => ({ value, changed: i > 0 && value !== base }));
  return { key, cells, changed: cells.some((c) => c.changed) };
}

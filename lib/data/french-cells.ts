import { z } from "zod";
import { FORMULA_CELL_MESSAGE, isFormulaCell } from "./formula-cell";
import { clip, type ErrorCollector } from "./import-result";

/** How the cells of a French data-library CSV are read and checked (the section walk is in french-size.ts). */

/** vw/ew: value- and equal-weighted returns; firms: number of firms; size: average firm size ($m). */
export type FrenchSectionKind = "vw" | "ew" | "firms" | "size" | "other";

export const periodCell = z
  .string()
  .trim()
  .regex(/^\d{4}(0[1-9]|1[0-2])?$/, "expected a period YYYYMM or YYYY");
const NUMBER = /^-?\d+(\.\d+)?$/;
export const MISSING = new Set([-99.99, -999]);
/** French files quote nothing; a quote is a stray or unclosed one from an editor. */
export const QUOTE_MESSAGE = "a quote character: these files have no quoted fields (stray or unclosed quote)";

/**
 * A cell's value, or why it is not one. Besides the missing-value markers, a return below -100% cannot be
 * (a long portfolio loses at most everything) and a count of firms or an average size cannot be negative.
 */
export function readValue(cell: string, kind: FrenchSectionKind): number | string {
  const s = cell.trim();
  if (s.includes('"')) return QUOTE_MESSAGE;
  const v = NUMBER.test(s) ? Number(s) : NaN;
  if (!Number.isFinite(v)) return `expected a number, found "${clip(s)}"`;
  if (MISSING.has(v)) return v;
  if ((kind === "vw" || kind === "ew") && v < -100) return `a return below -100% is impossible: "${s}"`;
  if ((kind === "firms" || kind === "size") && v < 0) return `must be >= 0: "${s}"`;
  return v;
}

/** A header's column names: each non-empty, unquoted, not a formula, and named once. */
export function readColumns(line: string, row: number, errors: ErrorCollector): string[] {
  const columns = line.slice(1).split(",").map((c) => clip(c.trim()));
  columns.forEach((c, i) => {
    if (c === "") errors.add(row, `(column ${i + 2})`, "empty column name");
    else if (c.includes('"')) errors.add(row, c, QUOTE_MESSAGE);
    else if (isFormulaCell(c)) errors.add(row, c, FORMULA_CELL_MESSAGE);
    else if (columns.indexOf(c) !== i) errors.add(row, c, "repeated column");
  });
  return columns;
}

import { z } from "zod";
import { isFormulaCell } from "./formula-cell";
import { clip, issueCode, type ErrorCollector, type ImportErrorCode } from "./import-result";

/** How the cells of a French data-library CSV are read and checked (the section walk is in french-size.ts). */

/** vw/ew: value- and equal-weighted returns; firms: number of firms; size: average firm size ($m). */
export type FrenchSectionKind = "vw" | "ew" | "firms" | "size" | "other";

export const periodCell = z
  .string()
  .trim()
  .regex(/^\d{4}(0[1-9]|1[0-2])?$/, issueCode("not_a_period"));
const NUMBER = /^-?\d+(\.\d+)?$/;
export const MISSING = new Set([-99.99, -999]);

/**
 * A cell's value, or the code of why it is not one. French files quote nothing, so a quote is a stray or
 * unclosed one from an editor. Besides the missing-value markers, a return below -100% cannot be (a long
 * portfolio loses at most everything) and a count of firms or an average size cannot be negative.
 */
export function readValue(cell: string, kind: FrenchSectionKind): number | ImportErrorCode {
  const s = cell.trim();
  if (s.includes('"')) return "stray_quote";
  const v = NUMBER.test(s) ? Number(s) : NaN;
  if (!Number.isFinite(v)) return "not_a_number";
  if (MISSING.has(v)) return v;
  if ((kind === "vw" || kind === "ew") && v < -100) return "return_below_minus_100";
  if ((kind === "firms" || kind === "size") && v < 0) return "negative_value";
  return v;
}

/** A header's column names: each non-empty, unquoted, not a formula, and named once. */
export function readColumns(line: string, lineNumber: number, errors: ErrorCollector): string[] {
  const columns = line.slice(1).split(",").map((c) => clip(c.trim()));
  columns.forEach((c, i) => {
    // The period column is the first, unnamed: the i-th name is the (i + 2)-th column.
    if (c === "") errors.add(lineNumber, null, "empty_column_name", { position: i + 2 });
    else if (c.includes('"')) errors.add(lineNumber, c, "stray_quote");
    else if (isFormulaCell(c)) errors.add(lineNumber, c, "formula_cell", { value: c });
    else if (columns.indexOf(c) !== i) errors.add(lineNumber, c, "duplicate_column", { count: columns.filter((d) => d === c).length });
  });
  return columns;
}

/**
 * Whether a data row has one cell per column after its period; if not, the error names the first missing column
 * of a short (truncated?) row, or the last one before extra fields. Shared by the portfolio and factor readers.
 */
export function rowWidthOk(cells: readonly string[], columns: readonly string[], line: number, errors: ErrorCollector): boolean {
  if (cells.length - 1 === columns.length) return true;
  const short = cells.length - 1 < columns.length;
  const column = (short ? columns[cells.length - 1] : columns.at(-1)) ?? null;
  errors.add(line, column, short ? "too_few_fields" : "too_many_fields", { expected: columns.length + 1, found: cells.length });
  return false;
}

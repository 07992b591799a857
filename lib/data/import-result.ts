/**
 * The result shape every importer in lib/data returns. A file with any error imports nothing, so a caller
 * can never store half a file; errors name the 1-based line of the file and the column as printed in it.
 */
export type ImportError = { row: number; column: string; message: string };

export type ImportResult<T> = { ok: true; value: T } | { ok: false; errors: ImportError[] };

/**
 * Errors kept per file. A broken 1.8M-row upload would otherwise build a 1.8M-entry list that no one reads;
 * the last entry says how many more there were.
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

  /** The collected errors, with a closing summary entry when some were dropped. */
  errors(): ImportError[] {
    if (this.dropped === 0) return [...this.list];
    const last = this.list[this.list.length - 1];
    return [...this.list, { row: last?.row ?? 0, column: "", message: `…and ${this.dropped} more errors` }];
  }

  /** `{ ok: true, value }` when nothing was collected, else the errors (the value is discarded). */
  result<T>(value: () => T): ImportResult<T> {
    return this.count === 0 ? { ok: true, value: value() } : { ok: false, errors: this.errors() };
  }
}

/** Strips a UTF-8 byte-order mark (iShares exports start with one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

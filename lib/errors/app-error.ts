import type { ImportErrorList } from "../data/import-result";

/**
 * The one error class of the server side. Codes map to one readable message each in the UI; a caller
 * never learns more than the code says (NOT_FOUND is the same for "absent" and "someone else's").
 */
export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "NO_MARKET_DATA"
  /** A stored row does not have the shape the app wrote (logged with the row's id); never repaired silently. */
  | "DATA_CORRUPT"
  | "INTERNAL";

export type FieldErrors = Record<string, string[]>;

/**
 * What the UI needs besides the code: field errors are message keys per field; import errors are an importer's
 * structured errors (lib/data/import-result.ts), worded by components/data/import-error-text.ts.
 */
export type AppErrorDetails = { fieldErrors?: FieldErrors; importErrors?: ImportErrorList };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly importErrors?: ImportErrorList;

  constructor(code: AppErrorCode, message?: string, details: AppErrorDetails = {}) {
    super(message ?? code);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = details.fieldErrors;
    this.importErrors = details.importErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

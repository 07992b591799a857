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

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: AppErrorCode, message?: string, fieldErrors?: FieldErrors) {
    super(message ?? code);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

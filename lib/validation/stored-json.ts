import { z } from "zod";
import { AppError } from "../errors/app-error";

/** A JSON text column holding a value of `schema`; text that is not JSON is an issue like any other. */
export function jsonText<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "not JSON" });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/**
 * Parses a row as read from the database. Rows are written through validated input, so a mismatch means
 * the stored data was damaged or written by something else: it is logged with the row's id and reported as
 * DATA_CORRUPT, never replaced by defaults (which would show, and re-save, wrong figures).
 * @throws AppError DATA_CORRUPT
 */
export function parseStoredRow<T extends z.ZodType>(schema: T, row: unknown, where: { table: string; id: string }): z.output<T> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(row)"}: ${i.message}`);
  console.error(`stored ${where.table} row ${where.id} is corrupt`, issues);
  throw new AppError("DATA_CORRUPT", `${where.table} ${where.id}`);
}

import type { z } from "zod";
import type { FieldErrors } from "../errors/app-error";

/**
 * zod issues → { "field.path": [message keys] }. Schemas use message-catalog keys as messages
 * (e.g. "errors.required") so the form shows them in the user's language.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

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

/**
 * The errors of the fields under `prefix`, keyed as the form names them: an action that takes a form's values
 * as one property (`{ id, version, values }`) reports `values.name`, and the form's field is `name`. Errors of
 * the action's other inputs are left out, since the form has no field to show them by; its error code still says
 * the input was refused.
 */
export function fieldErrorsWithin(errors: FieldErrors | undefined, prefix: string): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors ?? {})) {
    if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = messages;
  }
  return out;
}

/** The messages for one field, its parts' included (`excludedRegions.1` belongs to `excludedRegions`), each once. */
export function errorsAt(errors: FieldErrors, field: string): string[] | undefined {
  const messages = Object.entries(errors).flatMap(([key, list]) => (key === field || key.startsWith(`${field}.`) ? list : []));
  return messages.length ? [...new Set(messages)] : undefined;
}

import type { z } from "zod";
import { currentUser, type SessionUser } from "../auth/session";
import { isAppError, type AppErrorCode, type AppErrorDetails } from "../errors/app-error";
import { fieldErrorsOf } from "../validation/field-errors";
import { allowAction } from "../security/rate-limit";
import type { RateLimitedAction } from "../security/rate-limit-policy";

export type ActionError = { code: AppErrorCode } & AppErrorDetails;
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };
export type ActionContext = { user: SessionUser };

type Options = {
  role?: "ADMIN";
  /** Expensive actions name their per-user limit (lib/security/rate-limit-policy.ts). */
  rateLimit?: RateLimitedAction;
};

/**
 * The one wrapper every server action goes through: reads the session (never trusted from the client),
 * checks the role, validates the input with zod, counts the use against the user's rate limit (for expensive
 * actions), runs the handler and turns AppErrors into typed results.
 * Ownership is checked by the handler's queries (`where: { id, advisorId }`), which answer NOT_FOUND for
 * another advisor's ids exactly as for absent ones.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
  options: Options = {},
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const user = await currentUser();
    if (!user) return fail("UNAUTHENTICATED");
    if (options.role && user.role !== options.role) return fail("FORBIDDEN");
    const parsed = schema.safeParse(input);
    if (!parsed.success) return fail("INVALID_INPUT", { fieldErrors: fieldErrorsOf(parsed.error) });
    try {
      if (options.rateLimit && !(await allowAction(options.rateLimit, user.id))) return fail("RATE_LIMITED");
      return { ok: true, data: await handler(parsed.data, { user }) };
    } catch (error) {
      if (isAppError(error)) return fail(error.code, error);
      console.error("server action failed", error);
      return fail("INTERNAL");
    }
  };
}

/** The error as the client receives it: the code, and only the details there are. */
function fail(code: AppErrorCode, { fieldErrors, importErrors }: AppErrorDetails = {}): { ok: false; error: ActionError } {
  return { ok: false, error: { code, ...(fieldErrors && { fieldErrors }), ...(importErrors && { importErrors }) } };
}

import type { JWT } from "next-auth/jwt";
import type { UserRecord } from "../db/users";

/**
 * Why a session token is no longer good, or null when it is. Sessions are signed JWT cookies, so a cookie
 * cannot be taken back; instead every request compares the token with the user's row: a deleted user, a
 * bumped sessionVersion (sign-out, password change) or a sign-in older than maxAge ends the session on
 * every app server at once. The last one makes the lifetime absolute: next-auth re-issues the cookie with a
 * fresh expiry on use, but `authTime` is copied from the sign-in and never moves.
 */
export type SessionProblem = "no_user" | "revoked" | "expired" | "malformed";

export function sessionProblem(token: JWT, user: Pick<UserRecord, "sessionVersion"> | null, nowSeconds: number, maxAgeSeconds: number): SessionProblem | null {
  if (typeof token.uid !== "string" || typeof token.sv !== "number" || typeof token.authTime !== "number") return "malformed";
  if (!user) return "no_user";
  if (user.sessionVersion !== token.sv) return "revoked";
  if (nowSeconds - token.authTime >= maxAgeSeconds) return "expired";
  return null;
}

/** Thrown from the jwt callback: next-auth then clears the cookie and answers with no session. */
export class SessionEndedError extends Error {
  constructor(readonly problem: SessionProblem) {
    super(`session ended: ${problem}`);
    this.name = "SessionEndedError";
  }
}

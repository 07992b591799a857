import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id?: string; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    /** The user's sessionVersion when the session was created (see lib/auth/session-check.ts). */
    sv?: number;
    /** When the user signed in (epoch seconds): the session ends maxAge after it, however often it is used. */
    authTime?: number;
  }
}

import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "./options";
import { findUserById, type UserRecord } from "../db/users";

export type SessionUser = Omit<UserRecord, "passwordHash" | "sessionVersion">;

/** The only place that reads the next-auth session, so a move to Auth.js v5 touches one file. */
export async function auth() {
  return getServerSession(authOptions);
}

/**
 * The signed-in user, re-read from the database (once per request): a deleted account, a changed role or an
 * ended session (see session-check.ts, applied inside getServerSession) takes effect at once, whichever
 * server handles the request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await findUserById(id);
  if (!user) return null;
  return { id: user.id, firmId: user.firmId, email: user.email, name: user.name, role: user.role, locale: user.locale };
});

/** For pages: the user, or a redirect to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

/**
 * For admin pages and route handlers, called beside the data they read (never only in a layout: Next
 * renders a page independently of its layout, so a layout's check does not keep the page's data out of
 * the response). Advisors get the 403 page (app/forbidden.tsx) with nothing of the page in it.
 */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN") forbidden();
  return user;
}

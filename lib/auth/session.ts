import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { findUserById, type UserRecord } from "../db/users";

export type SessionUser = Omit<UserRecord, "passwordHash">;

/** The only place that reads the next-auth session, so a move to Auth.js v5 touches one file. */
export async function auth() {
  return getServerSession(authOptions);
}

/**
 * The signed-in user, re-read from the database on every call: a deleted account or a changed role takes
 * effect at once, whichever server handles the request.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await findUserById(id);
  if (!user) return null;
  return { id: user.id, firmId: user.firmId, email: user.email, name: user.name, role: user.role, locale: user.locale };
}

/** For pages: the user, or a redirect to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

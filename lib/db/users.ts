import { cache } from "react";
import { db } from "./prisma";

export type UserRecord = {
  id: string;
  firmId: string;
  email: string;
  name: string;
  role: "ADMIN" | "ADVISOR";
  locale: string;
  passwordHash: string;
  sessionVersion: number;
};

function toRecord<T extends { role: string }>(row: T): T & { role: "ADMIN" | "ADVISOR" } {
  return { ...row, role: row.role === "ADMIN" ? "ADMIN" : "ADVISOR" };
}

export async function findUserByEmail(email: string): Promise<UserRecord | null> {
  const row = await db.user.findUnique({ where: { email } });
  return row ? toRecord(row) : null;
}

/**
 * Memoised for the server request (React `cache`): rendering a page checks the session against the user's row
 * (lib/auth/options.ts) and then reads the signed-in user (currentUser), the same row; outside a request it is
 * a plain call.
 */
export const findUserById = cache(async (id: string): Promise<UserRecord | null> => {
  const row = await db.user.findUnique({ where: { id } });
  return row ? toRecord(row) : null;
});

export async function setUserLocale(id: string, locale: string): Promise<void> {
  await db.user.update({ where: { id }, data: { locale } });
}

/** A user of the firm as the Admin page lists them. */
export type FirmUser = { id: string; email: string; name: string; role: string; clientCount: number };

export async function listFirmUsers(firmId: string): Promise<FirmUser[]> {
  const rows = await db.user.findMany({
    where: { firmId },
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, _count: { select: { clients: true } } },
  });
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, role: r.role, clientCount: r._count.clients }));
}

/** Ends every session of the user on every app server (sign-out; see lib/auth/session-check.ts). */
export async function bumpSessionVersion(id: string): Promise<void> {
  await db.user.updateMany({ where: { id }, data: { sessionVersion: { increment: 1 } } });
}

/** A new password also ends every existing session of the user. */
export async function setPasswordHash(id: string, passwordHash: string): Promise<void> {
  await db.user.update({ where: { id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
}

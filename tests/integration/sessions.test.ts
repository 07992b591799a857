import { describe, expect, test } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/prisma";
import { setPasswordHash } from "@/lib/db/users";
import { hashPassword } from "@/lib/auth/password";
import { makeAdvisor } from "./helpers/fixtures";

const jwt = authOptions.callbacks!.jwt!;
const signOut = authOptions.events!.signOut!;

/** What next-auth does at sign-in: the jwt callback with the authorised user. */
async function signIn(user: { id: string; email: string; name: string }) {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return (await jwt({ token: { sub: user.id }, user: { ...user, sessionVersion: row.sessionVersion } as never, account: null })) as JWT;
}
/** What next-auth does on every later request: the jwt callback with the decoded cookie. */
const use = (token: JWT) => jwt({ token, account: null } as never);

// Finding 5: a copied session cookie kept working for 8 hours after sign-out or a password change, its expiry
// slid on use, and /api/auth/session still answered for a deleted user.
describe("sessions end for real", () => {
  test("a fresh session is accepted on later requests", async () => {
    const user = await makeAdvisor();
    const token = await signIn(user);
    await expect(use(token)).resolves.toMatchObject({ uid: user.id });
  });

  test("signing out ends the session and every copy of its cookie", async () => {
    const user = await makeAdvisor();
    const token = await signIn(user);
    const copy = structuredClone(token);
    await signOut({ token, session: null as never });
    await expect(use(token)).rejects.toMatchObject({ name: "SessionEndedError", problem: "revoked" });
    await expect(use(copy)).rejects.toMatchObject({ problem: "revoked" });
    // Signing in again gives a new, working session.
    await expect(use(await signIn(user))).resolves.toMatchObject({ uid: user.id });
  });

  test("a password change ends existing sessions", async () => {
    const user = await makeAdvisor();
    const token = await signIn(user);
    await setPasswordHash(user.id, await hashPassword("a new password"));
    await expect(use(token)).rejects.toMatchObject({ problem: "revoked" });
  });

  test("a deleted user's session is refused", async () => {
    const user = await makeAdvisor();
    const token = await signIn(user);
    await db.user.delete({ where: { id: user.id } });
    await expect(use(token)).rejects.toMatchObject({ problem: "no_user" });
  });

  test("the lifetime is absolute: counted from sign-in however often the session is used", async () => {
    const user = await makeAdvisor();
    const token = await signIn(user);
    const maxAge = authOptions.session!.maxAge!;
    // Re-issued cookies keep the sign-in time; a token signed in maxAge ago is over.
    const reissued = (await use(token)) as JWT;
    expect(reissued.authTime).toBe(token.authTime);
    await expect(use({ ...token, authTime: (token.authTime as number) - maxAge })).rejects.toMatchObject({ problem: "expired" });
  });

  test("a token without the session fields (e.g. made before this change) is refused", async () => {
    const user = await makeAdvisor();
    await expect(use({ uid: user.id } as JWT)).rejects.toMatchObject({ problem: "malformed" });
  });
});

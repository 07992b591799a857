import { vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

/**
 * Server actions read the signed-in user through lib/auth/session; outside a Next request there is no
 * cookie to read, so tests choose the user here. Everything behind it (validation, queries, the
 * database) is real.
 */
export const session = { user: null as SessionUser | null };

vi.mock("@/lib/auth/session", () => ({
  currentUser: async () => session.user,
  auth: async () => (session.user ? { user: { id: session.user.id } } : null),
  requireUser: async () => {
    if (!session.user) throw new Error("requireUser: signed out");
    return session.user;
  },
}));

// revalidatePath needs Next's request store; it has no effect on what these tests check.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

import { vi } from "vitest";
import "./next-navigation-mock";
import type { SessionUser } from "@/lib/auth/session";

/**
 * Server actions and pages read the signed-in user through lib/auth/session; outside a Next request there is
 * no cookie to read, so tests choose the user here. requireUser and requireAdmin behave as the real ones:
 * a redirect to /login when signed out, forbidden() for a non-admin (through the next/navigation mock, which
 * throws Next's digests). Everything behind them (validation, queries, the database) is real.
 */
export const session = { user: null as SessionUser | null };

vi.mock("@/lib/auth/session", async () => {
  const { forbidden, redirect } = await import("next/navigation");
  const requireUser = async (): Promise<SessionUser> => session.user ?? redirect("/login");
  return {
    currentUser: async () => session.user,
    auth: async () => (session.user ? { user: { id: session.user.id } } : null),
    requireUser,
    requireAdmin: async (): Promise<SessionUser> => {
      const user = await requireUser();
      if (user.role !== "ADMIN") forbidden();
      return user;
    },
  };
});

// revalidatePath needs Next's request store; it has no effect on what these tests check.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

import { expect } from "vitest";
import { requestCookies, resetRequest } from "./next-request-mock";
import { session } from "./session-mock";
import { nextInterruptOf } from "./next-navigation-mock";
import { snapshotOf, type AccessFixtures } from "./access-fixtures";
import type { Verdict, Who } from "./access-rules";
import type { SessionUser } from "@/lib/auth/session";

/** How the access matrix makes one call and judges it. */

/** Calls `run` as `user` on a fresh request, with the database's state before and after. */
export async function observe(fx: AccessFixtures, user: SessionUser | null, run: () => Promise<unknown>) {
  session.user = user;
  resetRequest();
  const before = await snapshotOf(fx);
  let result: unknown;
  try {
    result = await run();
  } catch (error) {
    result = { threw: error };
  }
  const after = await snapshotOf(fx);
  return { result, before, after, cookiesSet: [...requestCookies.keys()] };
}

type Observed = Awaited<ReturnType<typeof observe>>;

export function threwIn(result: unknown): result is { threw: unknown } {
  return typeof result === "object" && result !== null && "threw" in result;
}

/**
 * A refused call leaves every table (but RateCounter) as it was, and sets no cookie. An allowed call by anyone
 * but the owner leaves the owner's rows alone; by anyone outside the owner's firm, the firm's figures and data.
 * Soft assertions, so one run lists every failing call of a cell.
 */
export function expectNoTrespass(seen: Observed, who: Who, refused: boolean, label: string) {
  if (refused) {
    expect.soft(seen.after, `${label}: changed the database`).toEqual(seen.before);
    expect.soft(seen.cookiesSet, `${label}: set a cookie`).toEqual([]);
    return;
  }
  if (!who.isOwner) expect.soft(seen.after.owner, `${label}: changed the owner's rows`).toEqual(seen.before.owner);
  if (!who.inOwnerFirm) expect.soft(seen.after.firm, `${label}: changed the owner's firm's data`).toEqual(seen.before.firm);
}

/** Refusals are exact (no data, no detail); INVALID_INPUT may carry field errors. */
export function expectActionResult(result: unknown, verdict: Verdict, label: string) {
  if (verdict === "ok") expect.soft(result, label).toMatchObject({ ok: true });
  else if (verdict === "INVALID_INPUT") expect.soft(result, label).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  else expect.soft(result, label).toEqual({ ok: false, error: { code: verdict } });
}

/** What a page or route handler answers for a verdict of the rule. */
export const OUTCOME_OF_VERDICT: Record<Verdict, string> = {
  ok: "ok",
  UNAUTHENTICATED: "redirect:/login",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  INVALID_INPUT: "notFound",
};

/** How a page or route handler answered: "ok", "notFound", "forbidden", "redirect:/login", or what it threw. */
export function outcomeOf(result: unknown): string {
  if (threwIn(result)) return nextInterruptOf(result.threw) ?? thrown(result.threw);
  if (!(result instanceof Response)) return "ok";
  if (result.status >= 300 && result.status < 400) return `redirect:${new URL(result.headers.get("location") ?? "", "http://localhost").pathname}`;
  return ({ 403: "forbidden", 404: "notFound" } as Record<number, string>)[result.status] ?? (result.ok ? "ok" : `status ${result.status}`);
}

/** An unexpected error, in one line (Prisma's messages end with the line that says what was wrong). */
function thrown(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").filter((l) => l.trim() !== "");
  return `threw ${error instanceof Error ? error.name : "a non-error"}: ${lines.at(-1)?.trim()}`;
}

const SEGMENT = /\[(?:\.\.\.)?(\w+)\]/g;

/** "/clients/[id]/edit" → ["id"]; "/api/auth/[...nextauth]" → ["nextauth"]. */
export function segmentsOf(route: string): string[] {
  return [...route.matchAll(SEGMENT)].map((m) => m[1]!);
}

/** The URL a route handler is called at, its segments filled in from `params`. */
export function urlOf(route: string, params: Record<string, unknown>): string {
  return `http://localhost${route.replace(SEGMENT, (_match, name: string) => encodeURIComponent(String(params[name])))}`;
}

/** Query parameters where every name a page reads holds `value` (what a crafted URL can send). */
export function queryOf(value: unknown): object {
  return new Proxy({}, { get: (_target, key) => (typeof key === "string" && key !== "then" ? value : undefined) });
}

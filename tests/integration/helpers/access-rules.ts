import { randomBytes } from "node:crypto";
import type { AccessFixtures, Ids } from "./access-fixtures";
import type { SessionUser } from "@/lib/auth/session";

/**
 * Who may do what, as one rule for every action, page and route handler: the entry in the matrix's table says
 * what the item guards (`access`, and which of the owner's ids it takes), and the rule gives each caller's
 * answer. Signed out: UNAUTHENTICATED (pages: redirect to /login). A non-admin on an admin item: FORBIDDEN.
 * Anyone but the owner naming the owner's client or scenario: NOT_FOUND, exactly as for an id that does not
 * exist (admins included: they do not see other advisors' or other firms' clients). Otherwise: allowed.
 */

export const CALLERS = ["signed out", "owner", "advisor, same firm", "admin, same firm", "admin, other firm", "malformed input"] as const;
export type Caller = (typeof CALLERS)[number];

type Owned = "clientId" | "scenarioId" | "panelDatasetId" | "jobId" | "datasetId";
/**
 * Ids the owner's firm holds rather than the owner alone (stored panels, study jobs, imported datasets): anyone
 * in the firm may name them (an admin-only item still refuses advisors first).
 */
const FIRM_OWNED: readonly Owned[] = ["panelDatasetId", "jobId", "datasetId"];

/** Whether the caller may name the item's owned id: its owner, or anyone in the owner's firm for a firm-owned id. */
const mayName = (owns: Owned, who: Who) => (FIRM_OWNED.includes(owns) ? who.inOwnerFirm : who.isOwner);
export type Guarded = { access: "user" | "admin"; owns?: Owned };
export type Verdict = "ok" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID_INPUT";

export type Who = { caller: Caller; user: SessionUser | null; isOwner: boolean; inOwnerFirm: boolean };

/** Ids of the wrong type or size: zod refuses them in actions; pages answer not found. */
const MALFORMED: [string, unknown][] = [
  ["a number", 42],
  ["an object (a Prisma filter)", { not: "" }],
  ["an array", ["x"]],
  ["a 10 kB string", "x".repeat(10_240)],
  ["an empty string", ""],
];

/** Well-formed (a cuid's length and alphabet) and matching nothing. */
const missingId = () => `c${randomBytes(12).toString("hex")}`;

/** The malformed-input caller is someone the item would otherwise let in, so only the input is at fault. */
export function whoIs(caller: Caller, fx: AccessFixtures, access: Guarded["access"] | "public"): Who {
  const as = (user: SessionUser | null, isOwner: boolean) => ({ caller, user, isOwner, inOwnerFirm: user?.firmId === fx.owner.firmId });
  switch (caller) {
    case "signed out":
      return as(null, false);
    case "owner":
      return as(fx.owner, true);
    case "advisor, same firm":
      return as(fx.colleague, false);
    case "admin, same firm":
      return as(fx.firmAdmin, false);
    case "admin, other firm":
      return as(fx.outsider, false);
    case "malformed input":
      return access === "admin" ? as(fx.firmAdmin, false) : as(fx.owner, true);
  }
}

function verdictFor(item: Guarded, who: Who): Verdict {
  if (!who.user) return "UNAUTHENTICATED";
  if (item.access === "admin" && who.user.role !== "ADMIN") return "FORBIDDEN";
  if (item.owns && !mayName(item.owns, who)) return "NOT_FOUND";
  return "ok";
}

/**
 * One call to make: `id` replaces the owner's id the item takes (when it takes one); `whole`, when present,
 * replaces the rest of the input (an action's argument, a page's query parameters).
 */
export type Case = { label: string; who: Who; id?: unknown; whole?: unknown; expect: Verdict };

/**
 * The calls for one caller. Callers refused the owner's id also try a missing id (the answers must be the
 * same). The malformed-input caller sends each malformed value as the whole input (actions refuse it; pages
 * ignore query parameters they cannot use) and as the id, and a missing id.
 */
export function casesFor(item: Guarded, who: Who, ids: Ids, malformedWhole: "refused" | "ignored"): Case[] {
  const ownId = item.owns ? ids[item.owns] : undefined;
  if (who.caller === "malformed input") {
    const wholeVerdict = malformedWhole === "refused" ? "INVALID_INPUT" : verdictFor(item, who);
    const whole = MALFORMED.map(([label, value]): Case => ({ label: `malformed input: ${label}`, who, id: ownId, whole: value, expect: wholeVerdict }));
    if (!item.owns) return whole;
    const badIds = MALFORMED.map(([label, value]): Case => ({ label: `malformed id: ${label}`, who, id: value, expect: "INVALID_INPUT" }));
    return [...whole, ...badIds, { label: "a missing id", who, id: missingId(), expect: "NOT_FOUND" }];
  }
  const main: Case = { label: item.owns ? "the owner's id" : "a valid input", who, id: ownId, expect: verdictFor(item, who) };
  return item.owns && !mayName(item.owns, who) ? [main, { label: "a missing id", who, id: missingId(), expect: main.expect }] : [main];
}

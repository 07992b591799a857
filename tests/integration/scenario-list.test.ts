import { beforeEach, describe, expect, test, vi } from "vitest";
import { session } from "./helpers/session-mock";
import { makeAdvisor } from "./helpers/fixtures";
import { treeText } from "./helpers/tree-text";
import { db } from "@/lib/db/prisma";
import { listClientsWithScenarios, listScenarioPage } from "@/lib/db/scenario-list";
import { listScenarios } from "@/lib/db/scenarios";
import { parseScenarioListQuery } from "@/lib/validation/scenario-list-query";
import type { ScenarioListQuery } from "@/lib/scenarios/list-query";
import ScenariosPage from "@/app/(app)/scenarios/page";
import type { SessionUser } from "@/lib/auth/session";

// Pages read the locale cookie; outside a request there is none (English).
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const pageText = async (params: Record<string, unknown>) => treeText(await ScenariosPage({ searchParams: Promise.resolve(params as Record<string, string>) }));

let owner: SessionUser;
let clients: { alpha: string; beta: string };

const DEFAULTS: ScenarioListQuery = { q: "", clientId: null, status: null, from: null, to: null, sort: "updated", page: 1 };
const list = (query: Partial<ScenarioListQuery>) => listScenarioPage(owner.id, { ...DEFAULTS, ...query });
const names = async (query: Partial<ScenarioListQuery>) => (await list(query)).rows.map((r) => r.name);

async function client(advisorId: string, name: string) {
  const row = await db.client.create({
    data: { advisorId, name, nameSearch: name.toLowerCase(), homeMarket: "US", riskTolerance: 3, horizonYears: 10, investableAssets: 1e6, currency: "USD" },
  });
  return row.id;
}

/** Scenario rows written directly (the list reads no version content), updated on the given day at noon UTC. */
async function scenario(name: string, clientId: string, day: string, status = "draft", advisorId = owner.id) {
  const at = new Date(`${day}T12:00:00Z`);
  await db.scenario.create({ data: { advisorId, clientId, name, nameSearch: name.toLowerCase(), status, createdAt: at, updatedAt: at } });
}

beforeEach(async () => {
  owner = await makeAdvisor();
  session.user = owner;
  clients = { alpha: await client(owner.id, "Alpha Kim"), beta: await client(owner.id, "Beta Lee") };
  await scenario("Retirement base", clients.alpha, "2026-01-10", "proposed");
  await scenario("Retirement 50%_off", clients.alpha, "2026-02-01", "accepted");
  await scenario("Growth tilt", clients.beta, "2026-02-15");
  await scenario("50 percent growth", clients.beta, "2026-03-01", "declined");
  await scenario("Back\\slash plan", clients.beta, "2026-03-02");
  const stranger = await makeAdvisor();
  await scenario("Retirement base", await client(stranger.id, "Someone else's"), "2026-02-20", "draft", stranger.id);
});

describe("filters, search and sort", () => {
  test("newest first by default; only the advisor's own", async () => {
    expect(await names({})).toEqual(["Back\\slash plan", "50 percent growth", "Growth tilt", "Retirement 50%_off", "Retirement base"]);
  });

  test.each([
    ["by client", { clientId: "beta" }, ["Back\\slash plan", "50 percent growth", "Growth tilt"]],
    ["by status", { status: "proposed" as const }, ["Retirement base"]],
    ["updated from (inclusive day)", { from: "2026-02-15" }, ["Back\\slash plan", "50 percent growth", "Growth tilt"]],
    ["updated to (inclusive day)", { to: "2026-02-01" }, ["Retirement 50%_off", "Retirement base"]],
    ["a range of one day", { from: "2026-03-01", to: "2026-03-01" }, ["50 percent growth"]],
    ["search, case-insensitive", { q: "RETIREMENT" }, ["Retirement 50%_off", "Retirement base"]],
    ["search for % is literal", { q: "50%" }, ["Retirement 50%_off"]],
    ["search for _ is literal", { q: "%_off" }, ["Retirement 50%_off"]],
    ["search for a backslash is literal", { q: "k\\s" }, ["Back\\slash plan"]],
    ["a lone % matches only names holding one", { q: "%" }, ["Retirement 50%_off"]],
    ["filters combine", { clientId: "alpha", status: "accepted" as const, q: "ret" }, ["Retirement 50%_off"]],
    ["sort by name", { sort: "name" as const }, ["50 percent growth", "Back\\slash plan", "Growth tilt", "Retirement 50%_off", "Retirement base"]],
    ["sort oldest first", { sort: "oldest" as const }, ["Retirement base", "Retirement 50%_off", "Growth tilt", "50 percent growth", "Back\\slash plan"]],
  ])("%s", async (_label, query, expected) => {
    const resolved = "clientId" in query ? { ...query, clientId: clients[query.clientId as "alpha" | "beta"] } : query;
    expect(await names(resolved as Partial<ScenarioListQuery>)).toEqual(expected);
  });

  test("another advisor's client id filters to nothing", async () => {
    const other = await makeAdvisor();
    expect(await names({ clientId: await client(other.id, "Not mine") })).toEqual([]);
  });

  test("the client filter offers the clients that have scenarios; the client page lists status and latest version", async () => {
    await client(owner.id, "No scenarios yet");
    expect((await listClientsWithScenarios(owner.id)).map((c) => c.name)).toEqual(["Alpha Kim", "Beta Lee"]);
    expect((await listScenarios(owner.id, clients.alpha)).map((s) => [s.name, s.status, s.latestVersion])).toEqual([
      ["Retirement 50%_off", "accepted", 1],
      ["Retirement base", "proposed", 1],
    ]);
  });
});

describe("pagination", () => {
  beforeEach(async () => {
    const at = (i: number) => new Date(Date.UTC(2025, 0, 1, 0, i));
    await db.scenario.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({ advisorId: owner.id, clientId: clients.alpha, name: `Bulk ${i}`, nameSearch: `bulk ${i}`, createdAt: at(i), updatedAt: at(i) })),
    });
  });

  test("25 a page, pages in order without overlap, the last page short", async () => {
    const pages = [await list({ q: "bulk", page: 1 }), await list({ q: "bulk", page: 2 }), await list({ q: "bulk", page: 3 })];
    expect(pages.map((p) => [p.rows.length, p.page, p.pageCount, p.total])).toEqual([
      [25, 1, 3, 60],
      [25, 2, 3, 60],
      [10, 3, 3, 60],
    ]);
    const all = pages.flatMap((p) => p.rows.map((r) => r.name));
    expect(new Set(all).size).toBe(60);
    expect(all.slice(0, 2)).toEqual(["Bulk 59", "Bulk 58"]);
  });

  test("a page past the end shows the last page", async () => {
    expect(await list({ q: "bulk", page: 99 })).toMatchObject({ page: 3, pageCount: 3 });
  });

  test("a search with a wildcard character pages the same way (filtered in code)", async () => {
    await db.scenario.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ advisorId: owner.id, clientId: clients.beta, name: `Plan_${i}`, nameSearch: `plan_${i}`, createdAt: new Date(Date.UTC(2024, 0, 1, 0, i)), updatedAt: new Date(Date.UTC(2024, 0, 1, 0, i)) })),
    });
    const [first, second] = [await list({ q: "plan_", page: 1 }), await list({ q: "plan_", page: 2 })];
    expect([first.total, first.rows.length, second.rows.length]).toEqual([30, 25, 5]);
    expect(first.rows[0]!.name).toBe("Plan_29");
    expect(second.rows.at(-1)!.name).toBe("Plan_0");
  });
});

describe("the page: URL parameters are validated, never a crash", () => {
  test("filters in the URL apply", async () => {
    const text = await pageText({ status: "proposed" });
    expect(text).toContain("Retirement base");
    expect(text).not.toContain("Growth tilt");
  });

  test.each([
    ["an unknown status", { status: "archived" }, "status"],
    ["an impossible date", { from: "2026-02-30" }, "updated from"],
    ["a page that is not a number", { page: "two" }, "page"],
    ["a range that ends before it starts", { from: "2026-03-01", to: "2026-01-01" }, "updated from and updated to"],
    ["a search over 100 characters", { q: "x".repeat(101) }, "search"],
    ["an object for a filter", { client: { not: "" } }, "client"],
  ])("%s: left out, with a message, the rest shown", async (_label, params, named) => {
    const text = await pageText(params);
    expect(text).toContain(`Some filters in the address could not be used and were left out: ${named}.`);
    expect(text).toContain("Retirement base");
  });

  test("repeated parameters: the first counts", async () => {
    expect(parseScenarioListQuery({ status: ["declined", "draft"], sort: ["name", "oldest"] })).toEqual({ query: { ...DEFAULTS, status: "declined", sort: "name" }, ignored: [] });
  });

  test("no scenarios matching says so", async () => {
    expect(await pageText({ q: "nothing like this" })).toContain("No scenarios match these filters.");
  });
});

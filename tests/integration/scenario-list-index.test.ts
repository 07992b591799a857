import { beforeAll, describe, expect, test, vi } from "vitest";
import "./helpers/session-mock";
import { makeAdvisor } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { listScenarioPage } from "@/lib/db/scenario-list";
import type { SessionUser } from "@/lib/auth/session";

/**
 * The scenarios page's first page, on an advisor with 2,000 scenarios (among others' rows), must come from the
 * (advisorId, updatedAt, id) index, not a scan of every Scenario row. The SQL checked is the one Prisma sends: this
 * file's client logs its queries, and the first page's SELECT is run again under EXPLAIN with its parameters.
 */
const captured = vi.hoisted(() => [] as { query: string; params: string }[]);

vi.mock("@/lib/db/prisma", async () => {
  const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient: SqliteClient } = await import("@/generated/sqlite");
  const { PrismaClient: PostgresClient } = await import("@/generated/postgresql");
  const { databaseUrl: urlOf, providerOf: provider, sqlitePath } = await import("@/lib/db/database-url");
  const url = urlOf();
  const log = [{ emit: "event" as const, level: "query" as const }];
  const client =
    provider(url) === "postgresql"
      ? (new PostgresClient({ adapter: new PrismaPg({ connectionString: url }), log }) as unknown as InstanceType<typeof SqliteClient>)
      : new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: sqlitePath(url) }), log });
  (client as unknown as { $on: (e: "query", f: (e: { query: string; params: string }) => void) => void }).$on("query", (e) => captured.push({ query: e.query, params: e.params }));
  return { db: client, createDb: () => client };
});

const SCENARIOS = 2_000;
const INDEX = "Scenario_advisorId_updatedAt_id_idx";
const provider = providerOf(databaseUrl());

let advisor: SessionUser;

async function seed(advisorId: string, count: number, tag: string) {
  const client = await db.client.create({
    data: { advisorId, name: `Index ${tag}`, nameSearch: `index ${tag}`, homeMarket: "US", riskTolerance: 3, horizonYears: 10, investableAssets: 1e6, currency: "USD" },
  });
  const start = Date.UTC(2020, 0, 1);
  const rows = Array.from({ length: count }, (_, i) => {
    const at = new Date(start + i * 3_600_000);
    return { advisorId, clientId: client.id, name: `${tag} ${i}`, nameSearch: `${tag} ${i}`, status: ["draft", "proposed", "accepted", "declined"][i % 4]!, createdAt: at, updatedAt: at };
  });
  for (let i = 0; i < rows.length; i += 500) await db.scenario.createMany({ data: rows.slice(i, i + 500) });
}

/** The plan of `sql` (with `params`) as lines of text, on either database. */
async function planOf(sql: string, params: unknown[]): Promise<string[]> {
  if (provider === "sqlite") {
    const rows = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params);
    return rows.map((r) => r.detail);
  }
  const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...params);
  return rows.map((r) => r["QUERY PLAN"]);
}

beforeAll(async () => {
  advisor = await makeAdvisor();
  await seed(advisor.id, SCENARIOS, "mine");
  for (let i = 0; i < 4; i++) await seed((await makeAdvisor()).id, 500, `other${i}`);
  // Fresh statistics, as a database that has been in use has them.
  await db.$executeRawUnsafe(provider === "sqlite" ? "ANALYZE" : `ANALYZE "Scenario"`);
}, 120_000);

describe(`the first page of ${SCENARIOS} scenarios (${provider})`, () => {
  test("is read through the (advisorId, updatedAt, id) index, not a scan of Scenario", async () => {
    captured.length = 0;
    const started = performance.now();
    const page = await listScenarioPage(advisor.id, { q: "", clientId: null, status: null, from: null, to: null, sort: "updated", page: 1 });
    const elapsed = performance.now() - started;
    expect(page).toMatchObject({ total: SCENARIOS, pageCount: 80, page: 1 });
    expect(page.rows.map((r) => r.name).slice(0, 2)).toEqual([`mine ${SCENARIOS - 1}`, `mine ${SCENARIOS - 2}`]);

    const select = captured.find((c) => /ORDER BY/i.test(c.query) && /Scenario/.test(c.query));
    const count = captured.find((c) => /COUNT/i.test(c.query));
    expect(select, "the page's SELECT was not captured").toBeDefined();
    const plan = await planOf(select!.query, JSON.parse(select!.params) as unknown[]);
    // The count behind the page numbers is printed for information: it reads every row of the advisor either
    // way, and with half of the table being the advisor's the planner may rightly prefer a scan for it.
    const countPlan = count ? await planOf(count.query, JSON.parse(count.params) as unknown[]) : [];
    console.log(
      `scenario list, first page of ${SCENARIOS} (${provider}): ${elapsed.toFixed(1)} ms for count + page\n  SQL: ${select!.query}\n` +
        `  plan:\n    ${plan.join("\n    ")}\n  count plan:\n    ${countPlan.join("\n    ")}`,
    );
    expect(plan.join("\n")).toContain(INDEX);
    const fullScan = provider === "sqlite" ? /^SCAN (main\.)?Scenario$/m : /Seq Scan on "Scenario"/;
    expect(plan.join("\n")).not.toMatch(fullScan);
  });
});

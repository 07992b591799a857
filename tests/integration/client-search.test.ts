import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/prisma";
import { insertClient } from "@/lib/db/clients";
import { listClientPage } from "@/lib/db/client-list";
import { CLIENT_PAGE_SIZE } from "@/lib/domain/client-list";
import { profileFieldsOf } from "@/lib/services/clients/profile-fields";
import { clientInputSchema } from "@/lib/validation/client";
import { clientValues, makeAdvisor } from "./helpers/fixtures";

const listPage = (advisorId: string, q: string, page = 1) => listClientPage(advisorId, { q, sort: "name", archived: false, page });
const names = async (advisorId: string, q: string, page = 1) => (await listPage(advisorId, q, page)).rows.map((c) => c.name);

async function advisorWith(...clientNames: string[]) {
  const advisor = await makeAdvisor();
  for (const name of clientNames) await insertClient(advisor.id, profileFieldsOf(clientInputSchema.parse(clientValues({ name }))));
  return advisor;
}

/** "n_000", "n_001", …: names that sort in the same order under every collation. */
const numbered = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(3, "0")}`);

/** Rows written straight through Prisma: hundreds of clients without a transaction each. */
async function bulkClients(advisorId: string, names: string[]) {
  await db.client.createMany({
    data: names.map((name) => ({
      advisorId, name, nameSearch: `${name} `.toLowerCase(), homeMarket: "US", riskTolerance: 3, horizonYears: 10,
      investableAssets: 1000, currency: "USD",
    })),
  });
}

// SQL LIKE treats % and _ as wildcards (and \ as the escape on PostgreSQL); the search must not.
describe("client search is literal on both databases", () => {
  test.each([
    ["%", ["100% equities"]],
    ["0%", ["100% equities"]],
    ["a_b", ["a_b trust"]],
    ["_", ["a_b trust"]],
    ["a\\b", ["a\\b holdings"]],
    ["\\", ["a\\b holdings"]],
    ["%_\\", []],
    ["ab", ["ab corp"]],
  ])("q = %j finds %j", async (q, expected) => {
    const advisor = await advisorWith("100% equities", "1000 bonds", "a_b trust", "axb partners", "a\\b holdings", "ab corp");
    expect(await names(advisor.id, q)).toEqual(expected);
  });

  test("literal matches after 600 wildcard-only matches are found and counted", async () => {
    const advisor = await makeAdvisor();
    // 600 names that LIKE '%a_b%' matches but that do not contain "a_b", sorted before the three that do.
    await bulkClients(advisor.id, Array.from({ length: 600 }, (_, i) => `a-b ${String(i).padStart(3, "0")}`));
    await bulkClients(advisor.id, ["z a_b 1", "z a_b 2", "z a_b 3"]);
    expect(await listPage(advisor.id, "a_b")).toMatchObject({ total: 3, pageCount: 1 });
    expect(await names(advisor.id, "a_b")).toEqual(["z a_b 1", "z a_b 2", "z a_b 3"]);
  });
});

// 120 clients are three pages of 50: 50, 50 and 20.
describe("the clients list is paged in the database, with the real total", () => {
  test("a search without wildcards: counted and paged by the database", async () => {
    const advisor = await makeAdvisor();
    await bulkClients(advisor.id, numbered("n", 120));
    expect(CLIENT_PAGE_SIZE).toBe(50);
    const first = await listPage(advisor.id, "");
    expect(first).toMatchObject({ total: 120, page: 1, pageCount: 3 });
    expect(first.rows.map((c) => c.name)).toEqual(numbered("n", 50));
    expect(await names(advisor.id, "", 2)).toEqual(numbered("n", 100).slice(50));
    expect(await names(advisor.id, "", 3)).toEqual(numbered("n", 120).slice(100));
  });

  test("a search with wildcards: only literal matches are counted and paged", async () => {
    const advisor = await makeAdvisor();
    // LIKE '%n_%' also matches the 60 "n-…" names; 70 hold "n_" itself: pages of 50 and 20.
    await bulkClients(advisor.id, [...numbered("n-", 60), ...numbered("n_", 70)]);
    expect(await listPage(advisor.id, "n_")).toMatchObject({ total: 70, page: 1, pageCount: 2 });
    expect(await names(advisor.id, "n_")).toEqual(numbered("n_", 50));
    expect(await names(advisor.id, "n_", 2)).toEqual(numbered("n_", 70).slice(50));
  });

  test.each([
    ["no clients: one empty page", 0, "", 1, { total: 0, page: 1, pageCount: 1, rows: [] }],
    ["exactly one page", 50, "", 2, { total: 50, page: 1, pageCount: 1 }],
    ["a page past the end shows the last one", 51, "", 9, { total: 51, page: 2, pageCount: 2 }],
    ["the same with wildcards", 51, "n_", 9, { total: 51, page: 2, pageCount: 2 }],
  ])("%s", async (_label, count, q, page, expected) => {
    const advisor = await makeAdvisor();
    await bulkClients(advisor.id, numbered("n_", count));
    expect(await listPage(advisor.id, q, page)).toMatchObject(expected);
  });
});

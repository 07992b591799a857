import { describe, expect, test } from "vitest";
import { db } from "@/lib/db/prisma";
import { insertClient, listClients } from "@/lib/db/clients";
import { clientInputSchema } from "@/lib/validation/client";
import { clientValues, makeAdvisor } from "./helpers/fixtures";

const names = async (advisorId: string, q: string) =>
  (await listClients(advisorId, { q, sort: "name", archived: false })).map((c) => c.name);

async function advisorWith(...clientNames: string[]) {
  const advisor = await makeAdvisor();
  for (const name of clientNames) await insertClient(advisor.id, clientInputSchema.parse(clientValues({ name })));
  return advisor;
}

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

  test("literal matches beyond the first 500 wildcard matches are still found", async () => {
    const advisor = await makeAdvisor();
    // 600 names that LIKE '%a_b%' matches but that do not contain "a_b", sorted before the three that do.
    await bulkClients(advisor.id, Array.from({ length: 600 }, (_, i) => `a-b ${String(i).padStart(3, "0")}`));
    await bulkClients(advisor.id, ["z a_b 1", "z a_b 2", "z a_b 3"]);
    expect(await names(advisor.id, "a_b")).toEqual(["z a_b 1", "z a_b 2", "z a_b 3"]);
  });

  test("the list stops at 500 clients, in the requested order", async () => {
    const advisor = await makeAdvisor();
    await bulkClients(advisor.id, Array.from({ length: 620 }, (_, i) => `n_${String(i).padStart(3, "0")}`));
    const found = await names(advisor.id, "n_");
    expect(found).toHaveLength(500);
    expect(found[0]).toBe("n_000");
    expect(found[499]).toBe("n_499");
  });
});

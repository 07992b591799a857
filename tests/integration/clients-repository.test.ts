import { describe, expect, test } from "vitest";
import { clientInputSchema } from "@/lib/validation/client";
import { profileFieldsOf } from "@/lib/services/clients/profile-fields";
import { getClientOrThrow, insertClient, setClientArchived, updateClientOrThrow } from "@/lib/db/clients";
import { listClientPage } from "@/lib/db/client-list";
import type { ClientSort } from "@/lib/domain/client-list";
import { clientValues, makeAdvisor } from "./helpers/fixtures";

/** The form's values as the client service hands them to the repository. */
const parse = (v: Parameters<typeof clientValues>[0] = {}) => profileFieldsOf(clientInputSchema.parse(clientValues(v)));
const query = (q = "", sort: ClientSort = "name", archived = false) => ({ q, sort, archived, page: 1 });
const listClients = async (advisorId: string, q: ReturnType<typeof query>) => (await listClientPage(advisorId, q)).rows;

describe("clients repository", () => {
  test("creates a client and reads it back with parsed constraints", async () => {
    const advisor = await makeAdvisor();
    const created = await insertClient(
      advisor.id,
      parse({ name: "Kim", excludedRegions: ["EM", "JAPAN"], maxSmallCapSharePct: "25", maxFeeBps: "80", passiveOnly: true }),
    );
    const read = await getClientOrThrow(advisor.id, created.id);
    expect(read).toMatchObject({ name: "Kim", excludedRegions: ["EM", "JAPAN"], maxSmallCapShare: 0.25, maxFeeBps: 80, passiveOnly: true });
  });

  test("a current allocation is stored as fractions and cleared when the fields are emptied", async () => {
    const advisor = await makeAdvisor();
    const mix = { currentUsEquityPct: "25", currentIntlEquityPct: "25", currentBondsPct: "45", currentCashPct: "5" };
    const created = await insertClient(advisor.id, parse({ name: "Mix", ...mix }));
    expect((await getClientOrThrow(advisor.id, created.id)).currentAllocation).toEqual({ usEquity: 0.25, intlEquity: 0.25, bonds: 0.45, cash: 0.05 });
    await updateClientOrThrow(advisor.id, created.id, created.version, parse({ name: "Mix" }));
    expect((await getClientOrThrow(advisor.id, created.id)).currentAllocation).toBeNull();
  });

  test("search is case-insensitive on name and email, on both databases", async () => {
    const advisor = await makeAdvisor();
    await insertClient(advisor.id, parse({ name: "Alice Kwon", email: "AK@Example.com" }));
    await insertClient(advisor.id, parse({ name: "Bob Stone" }));
    expect((await listClients(advisor.id, query("KWON"))).map((c) => c.name)).toEqual(["Alice Kwon"]);
    expect((await listClients(advisor.id, query("ak@example"))).map((c) => c.name)).toEqual(["Alice Kwon"]);
  });

  test.each([
    ["name", ["A", "B", "C"]],
    ["assets", ["C", "A", "B"]],
    ["risk", ["B", "C", "A"]],
  ] as const)("sorts by %s", async (sort, expected) => {
    const advisor = await makeAdvisor();
    await insertClient(advisor.id, parse({ name: "B", investableAssets: 100, riskTolerance: 5 }));
    await insertClient(advisor.id, parse({ name: "A", investableAssets: 200, riskTolerance: 1 }));
    await insertClient(advisor.id, parse({ name: "C", investableAssets: 300, riskTolerance: 3 }));
    expect((await listClients(advisor.id, query("", sort))).map((c) => c.name)).toEqual(expected);
  });

  test("archived clients leave the default list and come back with the filter", async () => {
    const advisor = await makeAdvisor();
    const c = await insertClient(advisor.id, parse({ name: "To archive" }));
    await setClientArchived(advisor.id, c.id, true);
    expect(await listClients(advisor.id, query())).toHaveLength(0);
    expect(await listClients(advisor.id, query("", "name", true))).toHaveLength(1);
  });

  test("an advisor sees only their own clients", async () => {
    const [a, b] = [await makeAdvisor(), await makeAdvisor()];
    const c = await insertClient(a.id, parse({ name: "Mine" }));
    expect(await listClients(b.id, query())).toHaveLength(0);
    await expect(getClientOrThrow(b.id, c.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateClientOrThrow(b.id, c.id, c.version, parse({ name: "Hijacked" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getClientOrThrow(a.id, c.id)).name).toBe("Mine");
  });
});

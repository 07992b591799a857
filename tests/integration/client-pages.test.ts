import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { treeText as pageText } from "./helpers/tree-text";
import { db } from "@/lib/db/prisma";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import ClientsPage from "@/app/(app)/clients/(list)/page";
import ClientPage from "@/app/(app)/clients/[id]/page";
import EditClientPage from "@/app/(app)/clients/[id]/edit/page";
import ProposalPage from "@/app/(app)/clients/[id]/proposal/page";
import ScenarioPage from "@/app/(app)/scenarios/[id]/page";
import type { SessionUser } from "@/lib/auth/session";

// Pages read the locale cookie; outside a request there is none (English).
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };
const params = (id: unknown) => ({ params: Promise.resolve({ id: id as string }) });
// Next gives params as strings; anything else must not reach a query (an object would be a Prisma filter).
const MALFORMED_IDS = [{ not: "" }, ["x"], 42, "x".repeat(65)];
const search = (sp: Record<string, string | string[]>) => ClientsPage({ searchParams: Promise.resolve(sp) });

let owner: SessionUser;
let intruder: SessionUser;
let clientId: string;

beforeAll(async () => {
  await seedMarketData();
});

beforeEach(async () => {
  owner = await makeAdvisor();
  intruder = await makeAdvisor();
  session.user = owner;
  for (const name of ["Alice Kwon", "Bob Stone"]) {
    const created = await createClientAction(clientValues({ name }));
    if (!created.ok) throw new Error("setup failed");
    clientId = created.data.id;
  }
});

describe("clients list page: the URL is validated, never a crash", () => {
  test("a search over 100 characters is ignored, with a message", async () => {
    const text = pageText(await search({ q: "K".repeat(101) }));
    expect(text).toContain("The search text is longer than 100 characters");
    expect(text).toContain("Alice Kwon");
    expect(text).toContain("Bob Stone");
  });

  test("repeated parameters: the first value counts", async () => {
    const text = pageText(await search({ q: ["kwon", "stone"], sort: ["risk", "name"], archived: ["0", "1"] }));
    expect(text).toContain("Alice Kwon");
    expect(text).not.toContain("Bob Stone");
    expect(text).not.toContain("longer than");
  });

  test("another advisor's list does not show these clients", async () => {
    session.user = intruder;
    const text = pageText(await search({ archived: "1" }));
    expect(text).not.toContain("Alice Kwon");
    expect(text).toContain("No clients match.");
  });
});

describe("clients list page: 50 clients a page, with the real total and links that keep the query", () => {
  // With Alice Kwon and Bob Stone: 57 clients, pages of 50 and 7 ("Carol 48" to "Carol 54" on the second).
  beforeEach(async () => {
    const names = Array.from({ length: 55 }, (_, i) => `Carol ${String(i).padStart(2, "0")}`);
    await db.client.createMany({
      data: names.map((name) => ({
        advisorId: owner.id, name, nameSearch: `${name} `.toLowerCase(), homeMarket: "US", riskTolerance: 3, horizonYears: 10,
        investableAssets: 1000, currency: "USD",
      })),
    });
  });

  test("the first page: 50 clients, the total and a link to the next page", async () => {
    const text = pageText(await search({}));
    expect(text).toContain("Page 1 of 2 · 57 clients");
    expect(text).toContain("Carol 47");
    expect(text).not.toContain("Carol 48");
    expect(text).toContain("/clients?page=2");
    expect(text).not.toContain("Previous");
  });

  test("the last page links back, keeping the search, sort and archived filter", async () => {
    const text = pageText(await search({ q: "carol", sort: "assets", archived: "1", page: "2" }));
    expect(text).toContain("Page 2 of 2 · 55 clients");
    expect(text).toContain("/clients?q=carol&sort=assets&archived=1");
    expect(text).not.toContain("Next");
  });

  test.each(["abc", "0", "-1", "2.5", "1e1", ""])("page=%j is the first page", async (page) => {
    expect(pageText(await search({ page }))).toContain("Page 1 of 2 · 57 clients");
  });

  test("a page past the end is the last page", async () => {
    expect(pageText(await search({ page: "99" }))).toContain("Page 2 of 2 · 57 clients");
  });
});

describe("pages for another advisor's ids answer not found, like absent ids", () => {
  test.each([
    ["client", ClientPage],
    ["edit", EditClientPage],
    ["proposal", ProposalPage],
  ])("%s page", async (_name, Page) => {
    expect(pageText(await Page(params(clientId)))).toContain("Bob Stone");
    session.user = intruder;
    await expect(Page(params(clientId))).rejects.toMatchObject(NOT_FOUND);
    await expect(Page(params("does-not-exist"))).rejects.toMatchObject(NOT_FOUND);
    session.user = owner;
    for (const id of MALFORMED_IDS) await expect(Page(params(id))).rejects.toMatchObject(NOT_FOUND);
  });

  test("scenario page", async () => {
    const saved = await saveScenarioAction({ clientId, name: "Base case", assumptions: { activeOverride: "model", rebalance: "annual" } });
    if (!saved.ok) throw new Error("save failed");
    expect(pageText(await ScenarioPage(params(saved.data.id)))).toContain("Base case");
    session.user = intruder;
    await expect(ScenarioPage(params(saved.data.id))).rejects.toMatchObject(NOT_FOUND);
    await expect(ScenarioPage(params("does-not-exist"))).rejects.toMatchObject(NOT_FOUND);
    session.user = owner;
    for (const id of MALFORMED_IDS) await expect(ScenarioPage(params(id))).rejects.toMatchObject(NOT_FOUND);
  });
});

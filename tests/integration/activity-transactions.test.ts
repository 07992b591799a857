import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { updateClientAction } from "@/lib/actions/clients/update-client";
import { archiveClientAction } from "@/lib/actions/clients/archive-client";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import type { SessionUser } from "@/lib/auth/session";

let owner: SessionUser;
let clientId: string;
const defaults = { activeOverride: "model", rebalance: "annual" } as const;

/**
 * Makes the activity insert fail inside every transaction the app opens: the write before it has already
 * run in the same transaction, so what is left in the database shows whether the two were atomic.
 */
function failActivityWrites() {
  const original = db.$transaction.bind(db) as (fn: (tx: unknown) => Promise<unknown>, options?: unknown) => Promise<unknown>;
  const broken = { create: async () => Promise.reject(new Error("activity insert failed (test)")) };
  vi.spyOn(db, "$transaction").mockImplementation(((fn: (tx: unknown) => Promise<unknown>, options?: unknown) =>
    original(
      (tx) => fn(new Proxy(tx as object, { get: (target, key) => (key === "activity" ? broken : Reflect.get(target, key)) })),
      options,
    )) as never);
}

const activities = (kind: string) => db.activity.count({ where: { advisorId: owner.id, kind } });

beforeAll(async () => {
  await seedMarketData();
});

beforeEach(async () => {
  owner = await makeAdvisor();
  session.user = owner;
  const created = await createClientAction(clientValues({ name: "Before" }));
  if (!created.ok) throw new Error("setup failed");
  clientId = created.data.id;
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => vi.restoreAllMocks());

describe("each write and its activity row are stored together", () => {
  test("create, update, archive and save each record one activity", async () => {
    expect(await updateClientAction({ id: clientId, version: 1, values: clientValues({ name: "After" }) })).toMatchObject({ ok: true });
    expect(await archiveClientAction({ id: clientId, archived: true })).toMatchObject({ ok: true });
    expect(await archiveClientAction({ id: clientId, archived: false })).toMatchObject({ ok: true });
    expect(await saveScenarioAction({ clientId, name: "Base", assumptions: defaults })).toMatchObject({ ok: true });
    const rows = await db.activity.findMany({ where: { advisorId: owner.id } });
    expect(rows.map((r) => [r.kind, r.summary]).sort()).toEqual(
      [["client_archived", "After"], ["client_created", "Before"], ["client_restored", "After"], ["client_updated", "After"], ["scenario_saved", "Base"]],
    );
  });

  test("create: no client without its activity", async () => {
    failActivityWrites();
    expect(await createClientAction(clientValues({ name: "Orphan" }))).toEqual({ ok: false, error: { code: "INTERNAL" } });
    expect(await db.client.count({ where: { advisorId: owner.id, name: "Orphan" } })).toBe(0);
  });

  test("update: the client keeps its old values and version", async () => {
    const before = await db.client.findUniqueOrThrow({ where: { id: clientId } });
    failActivityWrites();
    expect(await updateClientAction({ id: clientId, version: 1, values: clientValues({ name: "After" }) })).toEqual({ ok: false, error: { code: "INTERNAL" } });
    expect(await db.client.findUniqueOrThrow({ where: { id: clientId } })).toEqual(before);
    expect(await activities("client_updated")).toBe(0);
  });

  test("archive: the client stays active", async () => {
    failActivityWrites();
    expect(await archiveClientAction({ id: clientId, archived: true })).toEqual({ ok: false, error: { code: "INTERNAL" } });
    expect(await db.client.findUniqueOrThrow({ where: { id: clientId } })).toMatchObject({ archivedAt: null, version: 1 });
  });

  test("save scenario: no scenario (nor version) without its activity", async () => {
    failActivityWrites();
    expect(await saveScenarioAction({ clientId, name: "Orphan", assumptions: defaults })).toEqual({ ok: false, error: { code: "INTERNAL" } });
    expect(await db.scenario.count({ where: { advisorId: owner.id } })).toBe(0);
    expect(await db.scenarioVersion.count({ where: { scenario: { advisorId: owner.id } } })).toBe(0);
  });
});

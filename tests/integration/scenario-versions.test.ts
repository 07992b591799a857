import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import { saveScenarioVersionAction } from "@/lib/actions/scenarios/save-scenario-version";
import { changeScenarioStatusAction } from "@/lib/actions/scenarios/change-scenario-status";
import { getLatestVersionAction } from "@/lib/actions/scenarios/get-latest-version";
import { getScenarioVersionOrThrow } from "@/lib/db/scenarios";
import { insertScenarioVersion } from "@/lib/db/scenario-versions";
import type { SessionUser } from "@/lib/auth/session";

const BASE = { activeOverride: "model", rebalance: "annual" } as const;
const REVISED = { activeOverride: "all_passive", rebalance: "quarterly" } as const;

let owner: SessionUser;
let clientId: string;
let scenarioId: string;

const save = (basedOnVersion: number, assumptions: object = REVISED) =>
  saveScenarioVersionAction({ scenarioId, basedOnVersion, assumptions: assumptions as typeof REVISED });

/** Everything a save writes, to show a refused save wrote none of it. */
async function written() {
  const [scenario, versions, events, activities] = await Promise.all([
    db.scenario.findUniqueOrThrow({ where: { id: scenarioId }, select: { latestVersion: true, status: true, updatedAt: true } }),
    db.scenarioVersion.findMany({ where: { scenarioId }, orderBy: { version: "asc" } }),
    db.scenarioEvent.findMany({ where: { scenarioId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.activity.count({ where: { advisorId: owner.id } }),
  ]);
  return { scenario, versions, events, activities };
}

beforeAll(async () => {
  await seedMarketData();
});

beforeEach(async () => {
  owner = await makeAdvisor();
  session.user = owner;
  const client = await createClientAction(clientValues({ name: "Versioned client" }));
  if (!client.ok) throw new Error("setup failed");
  clientId = client.data.id;
  const saved = await saveScenarioAction({ clientId, name: "Base case", assumptions: BASE });
  if (!saved.ok) throw new Error("setup failed");
  scenarioId = saved.data.id;
});

describe("versions", () => {
  test("a new scenario is a draft at version 1, with its 'created' event", async () => {
    const { scenario, version } = await getScenarioVersionOrThrow(owner.id, scenarioId);
    expect(scenario).toMatchObject({ name: "Base case", status: "draft", latestVersion: 1, client: { id: clientId, name: "Versioned client", currency: "USD" } });
    expect(scenario.advisorName).toBe(owner.name);
    expect(version).toMatchObject({ version: 1, assumptions: BASE });
    expect(version.view?.methodology.rebalance).toBe("annual");
    expect((await written()).events.map((e) => [e.kind, e.version, e.userId])).toEqual([["created", 1, owner.id]]);
  });

  test("saving on version 1 writes version 2; version 1 stays exactly as it was", async () => {
    const v1Row = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId, version: 1 } });
    expect(await save(1)).toEqual({ ok: true, data: { id: scenarioId, version: 2, status: "draft" } });
    expect(await save(2, BASE)).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId, version: 1 } })).toEqual(v1Row);
    const latest = await getScenarioVersionOrThrow(owner.id, scenarioId);
    expect(latest.version.version).toBe(3);
    expect(latest.scenario.latestVersion).toBe(3);
    const v2 = await getScenarioVersionOrThrow(owner.id, scenarioId, 2);
    expect(v2.version).toMatchObject({ version: 2, assumptions: REVISED });
    expect(v2.version.view?.methodology.rebalance).toBe("quarterly");
    expect((await written()).events.map((e) => [e.kind, e.version])).toEqual([["created", 1], ["version_saved", 2], ["version_saved", 3]]);
  });

  test("a proposed scenario that gets a new version is a draft again, with both events", async () => {
    expect(await changeScenarioStatusAction({ scenarioId, from: "draft", to: "proposed" })).toMatchObject({ ok: true });
    expect(await save(1)).toMatchObject({ ok: true, data: { version: 2, status: "draft" } });
    const { scenario, events } = await written();
    expect(scenario.status).toBe("draft");
    expect(events.slice(-2).map((e) => [e.kind, e.version, e.fromStatus, e.toStatus])).toEqual([
      ["version_saved", 2, null, null],
      ["status_changed", 2, "proposed", "draft"],
    ]);
  });

  test("a version that does not exist, another advisor's scenario and a missing one are NOT_FOUND alike", async () => {
    await expect(getScenarioVersionOrThrow(owner.id, scenarioId, 2)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const intruder = await makeAdvisor();
    await expect(getScenarioVersionOrThrow(intruder.id, scenarioId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getScenarioVersionOrThrow(owner.id, "does-not-exist")).rejects.toMatchObject({ code: "NOT_FOUND" });
    session.user = intruder;
    const before = await written();
    expect(await save(1)).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await getLatestVersionAction({ scenarioId })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await saveScenarioVersionAction({ scenarioId: "does-not-exist", basedOnVersion: 1, assumptions: REVISED })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await written()).toEqual(before);
  });

  test("malformed input is refused before anything is read", async () => {
    for (const basedOnVersion of [0, 1.5, -1, "1"]) {
      expect(await saveScenarioVersionAction({ scenarioId, basedOnVersion: basedOnVersion as number, assumptions: REVISED })).toMatchObject({
        ok: false,
        error: { code: "INVALID_INPUT" },
      });
    }
    expect(await saveScenarioVersionAction({ scenarioId: { not: "" } as never, basedOnVersion: 1, assumptions: REVISED })).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
  });
});

describe("optimistic concurrency", () => {
  test("a save based on a version someone has saved past is a CONFLICT, and says who and when", async () => {
    expect(await save(1)).toMatchObject({ ok: true });
    const before = await written();
    expect(await save(1, BASE)).toEqual({ ok: false, error: { code: "CONFLICT" } });
    expect(await save(7, BASE)).toEqual({ ok: false, error: { code: "CONFLICT" } });
    expect(await written()).toEqual(before);
    const latest = await getLatestVersionAction({ scenarioId });
    expect(latest).toEqual({ ok: true, data: { version: 2, savedBy: owner.name, savedAt: before.versions[1]!.createdAt } });
  });

  test("two saves based on the same version at once: exactly one wins, the other is a CONFLICT, nothing partial", async () => {
    const before = await written();
    const results = await Promise.all([save(1, REVISED), save(1, { ...BASE, smallCapSharePct: 30 })]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: { code: "CONFLICT" } });
    const after = await written();
    expect(after.scenario.latestVersion).toBe(2);
    expect(after.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(after.events.map((e) => [e.kind, e.version])).toEqual([["created", 1], ["version_saved", 2]]);
    expect(after.activities).toBe(before.activities + 1);
  });

  test("in the data layer alone (no early check): two writes on one version, one succeeds, one CONFLICT", async () => {
    const content = { inputs: { assumptions: BASE }, outputs: {}, methodology: {} };
    const results = await Promise.allSettled([1, 1].map((basedOnVersion) => insertScenarioVersion({ advisorId: owner.id, scenarioId, basedOnVersion, content })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect((await written()).events.map((e) => e.kind)).toEqual(["created", "version_saved"]);
  });

  test("three saves at once on one version: one version 2, two conflicts", async () => {
    const results = await Promise.all([save(1), save(1), save(1)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === "CONFLICT")).toHaveLength(2);
    expect(await db.scenarioVersion.count({ where: { scenarioId } })).toBe(2);
  });

  // Issue 11's acceptance: 20 parallel saves on one version end with exactly one new version and 19 CONFLICTs,
  // with no orphan audit rows and no gap in the version numbers.
  test("twenty saves at once on one version: one version 2, nineteen conflicts, nothing partial", async () => {
    // The per-user save limit (20 a minute) would otherwise count the set-up's save as well.
    await db.rateCounter.deleteMany({ where: { key: { contains: owner.id } } });
    const before = await written();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => save(1, { ...BASE, smallCapSharePct: 10 + i })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === "CONFLICT")).toHaveLength(19);
    const after = await written();
    expect(after.scenario.latestVersion).toBe(2);
    expect(after.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(after.events.map((e) => [e.kind, e.version])).toEqual([["created", 1], ["version_saved", 2]]);
    expect(after.activities).toBe(before.activities + 1);
  });

  test("the database enforces one row per (scenario, version) even when the counter check is bypassed", async () => {
    expect(await save(1)).toMatchObject({ ok: true });
    // As if a second writer had read the counter before the first committed: the counter says 1, version 2 exists.
    await db.scenario.update({ where: { id: scenarioId }, data: { latestVersion: 1 } });
    const before = await written();
    expect(await save(1, BASE)).toEqual({ ok: false, error: { code: "CONFLICT" } });
    expect(await written()).toEqual(before);
    await expect(db.scenarioVersion.create({ data: { scenarioId, version: 2, inputs: "{}", outputs: "{}", methodology: "{}" } })).rejects.toMatchObject({ code: "P2002" });
  });
});

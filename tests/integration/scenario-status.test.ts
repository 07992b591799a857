import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import { saveScenarioVersionAction } from "@/lib/actions/scenarios/save-scenario-version";
import { changeScenarioStatusAction } from "@/lib/actions/scenarios/change-scenario-status";
import { recordScenarioExport } from "@/lib/db/scenarios";
import { listScenarioEvents } from "@/lib/db/scenario-events";
import type { ScenarioStatus } from "@/lib/scenarios/status";
import type { SessionUser } from "@/lib/auth/session";

const ASSUMPTIONS = { activeOverride: "model", rebalance: "annual" } as const;

let owner: SessionUser;
let scenarioId: string;

const move = (from: ScenarioStatus, to: ScenarioStatus) => changeScenarioStatusAction({ scenarioId, from, to });
const status = async () => (await db.scenario.findUniqueOrThrow({ where: { id: scenarioId } })).status;
const eventRows = () => db.scenarioEvent.findMany({ where: { scenarioId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

beforeAll(async () => {
  await seedMarketData();
});

beforeEach(async () => {
  owner = await makeAdvisor();
  session.user = owner;
  const client = await createClientAction(clientValues({ name: "Status client" }));
  if (!client.ok) throw new Error("setup failed");
  const saved = await saveScenarioAction({ clientId: client.data.id, name: "Workflow", assumptions: ASSUMPTIONS });
  if (!saved.ok) throw new Error("setup failed");
  scenarioId = saved.data.id;
});

describe("status transitions", () => {
  test("draft → proposed → accepted → draft → proposed → declined → draft, each recorded with who and the version", async () => {
    const path: [ScenarioStatus, ScenarioStatus][] = [
      ["draft", "proposed"],
      ["proposed", "accepted"],
      ["accepted", "draft"],
      ["draft", "proposed"],
      ["proposed", "declined"],
      ["declined", "draft"],
    ];
    for (const [from, to] of path) {
      expect(await move(from, to)).toEqual({ ok: true, data: { status: to, version: 1 } });
      expect(await status()).toBe(to);
    }
    const events = await listScenarioEvents(owner.id, scenarioId);
    expect(events.filter((e) => e.kind === "status_changed").map((e) => [e.fromStatus, e.toStatus, e.version, e.userName])).toEqual(
      path.map(([from, to]) => [from, to, 1, owner.name]),
    );
  });

  test.each([
    ["draft", "accepted"],
    ["draft", "declined"],
    ["draft", "draft"],
    ["accepted", "declined"],
  ] as const)("%s → %s is refused, and nothing is written", async (from, to) => {
    const before = await eventRows();
    const result = await move(from, to);
    expect(result).toEqual({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { to: ["scenarios.transitionRefused"] } } });
    expect(await status()).toBe("draft");
    expect(await eventRows()).toEqual(before);
  });

  test("a change made from a status the scenario no longer has is a CONFLICT", async () => {
    expect(await move("draft", "proposed")).toMatchObject({ ok: true });
    const before = await eventRows();
    expect(await move("draft", "proposed")).toEqual({ ok: false, error: { code: "CONFLICT" } });
    expect(await eventRows()).toEqual(before);
    const results = await Promise.all([move("proposed", "accepted"), move("proposed", "declined")]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: { code: "CONFLICT" } });
  });

  test("another advisor's scenario and a missing one are NOT_FOUND, and unchanged", async () => {
    session.user = await makeAdvisor();
    const before = await eventRows();
    expect(await move("draft", "proposed")).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await changeScenarioStatusAction({ scenarioId: "does-not-exist", from: "draft", to: "proposed" })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await status()).toBe("draft");
    expect(await eventRows()).toEqual(before);
    expect(await listScenarioEvents(session.user.id, scenarioId)).toEqual([]);
  });
});

describe("the audit trail", () => {
  test("is append-only: each change adds rows and leaves every earlier row as it was", async () => {
    const snapshots = [await eventRows()];
    const steps = [
      () => move("draft", "proposed"),
      () => saveScenarioVersionAction({ scenarioId, basedOnVersion: 1, assumptions: { ...ASSUMPTIONS, rebalance: "quarterly" } }),
      () => recordScenarioExport(owner.id, scenarioId, 2, "pdf"),
      () => recordScenarioExport(owner.id, scenarioId, 1, "weights_csv"),
      () => recordScenarioExport(owner.id, scenarioId, 2, "backtest_csv"),
    ];
    for (const step of steps) {
      await step();
      const now = await eventRows();
      const previous = snapshots.at(-1)!;
      expect(now.length).toBeGreaterThan(previous.length);
      expect(now.slice(0, previous.length)).toEqual(previous);
      snapshots.push(now);
    }
    expect(snapshots.at(-1)!.map((e) => [e.kind, e.version, e.fromStatus, e.toStatus, e.userId])).toEqual([
      ["created", 1, null, null, owner.id],
      ["status_changed", 1, "draft", "proposed", owner.id],
      ["version_saved", 2, null, null, owner.id],
      ["status_changed", 2, "proposed", "draft", owner.id],
      ["exported_pdf", 2, null, null, owner.id],
      ["exported_weights_csv", 1, null, null, owner.id],
      ["exported_backtest_csv", 2, null, null, owner.id],
    ]);
  });

  test("an export of a version that does not exist, or of another advisor's scenario, is NOT_FOUND and not recorded", async () => {
    const before = await eventRows();
    await expect(recordScenarioExport(owner.id, scenarioId, 2, "pdf")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordScenarioExport((await makeAdvisor()).id, scenarioId, 1, "pdf")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordScenarioExport(owner.id, "does-not-exist", 1, "weights_csv")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await eventRows()).toEqual(before);
  });

  test("no code in the app updates or deletes audit rows (they go only with their scenario)", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const sources = ["lib", "app", "scripts"].flatMap((dir) => filesUnder(path.join(root, dir))).filter((f) => /\.(ts|tsx)$/.test(f));
    const writes = sources.filter((f) => /scenarioEvent\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/.test(readFileSync(f, "utf8")));
    expect(writes.map((f) => path.relative(root, f))).toEqual([]);
    expect(sources.length).toBeGreaterThan(50);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

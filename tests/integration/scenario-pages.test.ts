import { isValidElement, type ReactElement } from "react";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { treeText as text } from "./helpers/tree-text";
import { db } from "@/lib/db/prisma";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { updateClientAction } from "@/lib/actions/clients/update-client";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import { saveScenarioVersionAction } from "@/lib/actions/scenarios/save-scenario-version";
import type { ProposalComparison } from "@/lib/scenarios/diff";
import ScenarioPage from "@/app/(app)/scenarios/[id]/page";
import RerunPage from "@/app/(app)/scenarios/[id]/rerun/page";
import ComparePage from "@/app/(app)/scenarios/compare/page";
import ProposalPage from "@/app/(app)/clients/[id]/proposal/page";
import { UnreadableVersion } from "@/components/scenarios/unreadable-version";
import { CompareView } from "@/components/scenarios/compare-view";
import { ProposalView } from "@/components/proposal/proposal-view";
import { ProposalWorkspace } from "@/components/proposal/proposal-workspace";
import { EventTimeline } from "@/components/scenarios/event-timeline";
import type { SessionUser } from "@/lib/auth/session";

// Pages read the locale cookie; outside a request there is none (English).
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };
const BASE = { activeOverride: "model", rebalance: "annual" } as const;
const REVISED = { activeOverride: "all_passive", rebalance: "quarterly" } as const;

type Query = Record<string, unknown>;
const props = (id: unknown, query: Query = {}) => ({ params: Promise.resolve({ id: id as string }), searchParams: Promise.resolve(query as Record<string, string>) });
const compare = (v: unknown) => ComparePage({ searchParams: Promise.resolve({ v } as Record<string, string>) });

/** The elements of `type` in a rendered server-component tree (client components are not rendered, only found). */
function elementsOf<P>(node: unknown, type: (props: P) => unknown): ReactElement<P>[] {
  if (Array.isArray(node)) return node.flatMap((n) => elementsOf(n, type));
  if (!isValidElement(node)) return [];
  const own = node.type === type ? [node as ReactElement<P>] : [];
  return [...own, ...Object.values(node.props as Record<string, unknown>).flatMap((p) => elementsOf(p, type))];
}

const changedRows = (c: ProposalComparison) => [...c.weights, ...c.stats, ...c.methodology, ...c.datasets, ...c.evidence].filter((r) => r.changed);

let owner: SessionUser;
let clientId: string;
let scenarioId: string;

beforeAll(async () => {
  await seedMarketData();
});

beforeEach(async () => {
  owner = await makeAdvisor();
  session.user = owner;
  const client = await createClientAction(clientValues({ name: "Page client" }));
  if (!client.ok) throw new Error("setup failed");
  clientId = client.data.id;
  const saved = await saveScenarioAction({ clientId, name: "Two versions", assumptions: BASE });
  if (!saved.ok) throw new Error("setup failed");
  scenarioId = saved.data.id;
  if (!(await saveScenarioVersionAction({ scenarioId, basedOnVersion: 1, assumptions: REVISED })).ok) throw new Error("setup failed");
});

describe("scenario page", () => {
  test("shows the latest version as stored, its versions and its history", async () => {
    const tree = await ScenarioPage(props(scenarioId));
    expect(text(tree)).toContain("Version 2 of 2");
    expect(elementsOf(tree, ProposalView)[0]!.props.view.methodology.rebalance).toBe("quarterly");
    expect(elementsOf(tree, EventTimeline)[0]!.props.events.map((e) => e.kind)).toEqual(["created", "version_saved"]);
  });

  test("?version=1 shows version 1; malformed values show the latest; a version it does not have is not found", async () => {
    expect(elementsOf(await ScenarioPage(props(scenarioId, { version: "1" })), ProposalView)[0]!.props.view.methodology.rebalance).toBe("annual");
    for (const version of ["abc", "0", "-1", 42, { not: "" }, ["1", "2"], "x".repeat(10_000)]) {
      const heading = text(await ScenarioPage(props(scenarioId, { version })));
      expect(heading).toContain(Array.isArray(version) ? "Version 1 of 2" : "Version 2 of 2");
    }
    await expect(ScenarioPage(props(scenarioId, { version: "3" }))).rejects.toMatchObject(NOT_FOUND);
  });

  test("another advisor's scenario and a missing one are not found", async () => {
    session.user = await makeAdvisor();
    await expect(ScenarioPage(props(scenarioId))).rejects.toMatchObject(NOT_FOUND);
    await expect(ScenarioPage(props(scenarioId, { version: "1" }))).rejects.toMatchObject(NOT_FOUND);
    await expect(ScenarioPage(props("does-not-exist"))).rejects.toMatchObject(NOT_FOUND);
  });

  test("a version an older engine wrote is shown with a note, not a crash", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const old = { engineVersion: "0.9.0", parametersVersion: "2025-01", datasets: [], rebalance: "annual" };
    await db.scenario.update({ where: { id: scenarioId }, data: { latestVersion: 3 } });
    await db.scenarioVersion.create({
      data: { scenarioId, version: 3, inputs: JSON.stringify({ client: { id: clientId }, assumptions: BASE }), outputs: JSON.stringify({ weights: { US_LARGE: 1 }, methodology: old }), methodology: JSON.stringify(old) },
    });
    const tree = await ScenarioPage(props(scenarioId));
    expect(elementsOf(tree, UnreadableVersion).map((e) => e.props.engineVersion)).toEqual(["0.9.0"]);
    expect(elementsOf(tree, ProposalView)).toEqual([]);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("cannot be shown in full"), expect.anything());
    // Not even JSON: the engine is unknown, the page still renders.
    await db.scenarioVersion.update({ where: { scenarioId_version: { scenarioId, version: 3 } }, data: { outputs: "{", methodology: "" } });
    expect(elementsOf(await ScenarioPage(props(scenarioId)), UnreadableVersion).map((e) => e.props.engineVersion)).toEqual([null]);
    logged.mockRestore();
  });
});

describe("re-run with current data", () => {
  test("the same data gives the same figures; a changed client profile shows as changes; nothing is written", async () => {
    const count = () => db.scenarioVersion.count({ where: { scenarioId } });
    const same = elementsOf(await RerunPage(props(scenarioId, { version: "2" })), CompareView)[0]!.props;
    expect(same.columns).toEqual(["Saved (version 2)", "Re-run today"]);
    expect(changedRows(same.comparison)).toEqual([]);
    const client = await db.client.findUniqueOrThrow({ where: { id: clientId } });
    expect(await updateClientAction({ id: clientId, version: client.version, values: clientValues({ name: "Page client", riskTolerance: 5 }) })).toMatchObject({ ok: true });
    const after = elementsOf(await RerunPage(props(scenarioId, { version: "1" })), CompareView)[0]!.props.comparison;
    expect(after.stats.find((r) => r.key === "equityShare")!.changed).toBe(true);
    expect(after.weights.some((r) => r.changed)).toBe(true);
    expect(await count()).toBe(2);
  });

  test("another advisor's scenario is not found", async () => {
    session.user = await makeAdvisor();
    await expect(RerunPage(props(scenarioId))).rejects.toMatchObject(NOT_FOUND);
  });
});

describe("compare page", () => {
  test("two versions of one scenario side by side, the differences marked", async () => {
    const view = elementsOf(await compare(`${scenarioId}:1,${scenarioId}:2`), CompareView)[0]!.props;
    expect(view.columns).toEqual(["Two versions, version 1", "Two versions, version 2"]);
    expect(view.comparison.methodology.find((r) => r.key === "rebalance")!.cells.map((c) => [c.value, c.changed])).toEqual([
      ["annual", false],
      ["quarterly", true],
    ]);
    expect(view.wealth.length).toBeGreaterThan(12);
  });

  test("scenarios of different clients of the advisor, three at once, repeated `v` parameters", async () => {
    const other = await createClientAction(clientValues({ name: "Second client", riskTolerance: 1 }));
    if (!other.ok) throw new Error("setup failed");
    const saved = await saveScenarioAction({ clientId: other.data.id, name: "Cautious", assumptions: BASE });
    if (!saved.ok) throw new Error("setup failed");
    const view = elementsOf(await compare([`${scenarioId}:1`, `${saved.data.id}:1,${scenarioId}:2`]), CompareView)[0]!.props;
    expect(view.columns).toEqual(["Two versions, version 1", "Cautious, version 1", "Two versions, version 2"]);
    expect(view.comparison.stats.find((r) => r.key === "equityShare")!.cells[1]!.changed).toBe(true);
  });

  test("another advisor's id, a missing id or a missing version is not found, whatever else is named", async () => {
    const stranger = await makeAdvisor();
    session.user = stranger;
    const theirs = await createClientAction(clientValues({ name: "Stranger's client" }));
    if (!theirs.ok) throw new Error("setup failed");
    const mine = await saveScenarioAction({ clientId: theirs.data.id, name: "Stranger's", assumptions: BASE });
    if (!mine.ok) throw new Error("setup failed");
    await expect(compare(`${mine.data.id}:1,${scenarioId}:1`)).rejects.toMatchObject(NOT_FOUND);
    session.user = owner;
    await expect(compare(`${scenarioId}:1,${mine.data.id}:1`)).rejects.toMatchObject(NOT_FOUND);
    await expect(compare(`${scenarioId}:1,does-not-exist:1`)).rejects.toMatchObject(NOT_FOUND);
    await expect(compare(`${scenarioId}:1,${scenarioId}:9`)).rejects.toMatchObject(NOT_FOUND);
  });

  test.each([
    ["nothing", undefined, "Choose two or three versions to compare."],
    ["one version", "a:1", "Choose two or three versions to compare."],
    ["four versions", "a:1,b:1,c:1,d:1", "Choose two or three versions to compare."],
    ["no version number", "a,b", "in the form scenario:version"],
    ["a number", 42, "in the form scenario:version"],
    ["an object", { not: "" }, "in the form scenario:version"],
    ["one version twice", "a:1,a:1", "The same version is named twice."],
    ["a 10 kB value", "x".repeat(10_240), "Choose two or three versions to compare."],
  ])("%s: a message, not a crash", async (_label, v, message) => {
    expect(text(await compare(v))).toContain(message);
  });
});

describe("revise: the proposal page opened on a saved version", () => {
  test("starts from that version's assumptions and saves after the latest version", async () => {
    const tree = await ProposalPage(props(clientId, { scenario: scenarioId, version: "1" }));
    const workspace = elementsOf(tree, ProposalWorkspace)[0]!.props;
    expect(workspace.revise).toEqual({ scenarioId, name: "Two versions", fromVersion: 1, latestVersion: 2 });
    expect(workspace.initial.assumptions).toEqual(BASE);
    const latest = elementsOf(await ProposalPage(props(clientId, { scenario: scenarioId })), ProposalWorkspace)[0]!.props;
    expect(latest.initial.assumptions).toEqual(REVISED);
  });

  test("a scenario of another client, of another advisor, or missing is not found; malformed parameters are ignored", async () => {
    const other = await createClientAction(clientValues({ name: "Other client" }));
    if (!other.ok) throw new Error("setup failed");
    await expect(ProposalPage(props(other.data.id, { scenario: scenarioId }))).rejects.toMatchObject(NOT_FOUND);
    await expect(ProposalPage(props(clientId, { scenario: "does-not-exist" }))).rejects.toMatchObject(NOT_FOUND);
    await expect(ProposalPage(props(clientId, { scenario: scenarioId, version: "5" }))).rejects.toMatchObject(NOT_FOUND);
    for (const scenario of [42, { not: "" }, "", "x".repeat(100), [scenarioId]]) {
      expect(elementsOf(await ProposalPage(props(clientId, { scenario })), ProposalWorkspace)[0]!.props.revise).toBeUndefined();
    }
    session.user = await makeAdvisor();
    await expect(ProposalPage(props(clientId, { scenario: scenarioId }))).rejects.toMatchObject(NOT_FOUND);
  });
});

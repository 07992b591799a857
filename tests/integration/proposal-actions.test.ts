import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { generateProposalAction } from "@/lib/actions/proposals/generate-proposal";
import { projectRiskAction } from "@/lib/actions/proposals/project-risk";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import { getScenarioOrThrow, listScenarios } from "@/lib/db/scenarios";
import { RATE_LIMITS } from "@/lib/security/rate-limit-policy";
import type { SessionUser } from "@/lib/auth/session";
import { clientView } from "@/lib/services/proposal/client-view";
import type { ProposalView } from "@/lib/services/proposal/view-model";

let owner: SessionUser;
let intruder: SessionUser;
let clientId: string;
const defaults = { activeOverride: "model", rebalance: "annual" } as const;

beforeAll(async () => {
  await seedMarketData();
});

beforeEach(async () => {
  owner = await makeAdvisor();
  intruder = await makeAdvisor();
  session.user = owner;
  const created = await createClientAction(clientValues({ name: "Proposal client", riskTolerance: 3, horizonYears: 15 }));
  if (!created.ok) throw new Error("setup failed");
  clientId = created.data.id;
});

describe("generateProposal", () => {
  test("returns a complete view for the owner's client", async () => {
    const result = await generateProposalAction({ clientId, assumptions: defaults });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const view = result.data;
    const total = view.allocation.lines.reduce((a, l) => a + l.weight, 0);
    // The browser's copy is rounded (lib/services/proposal/client-view.ts): six significant digits per weight.
    expect(total).toBeCloseTo(1, 5);
    expect(view.backtest.months.length).toBe(view.backtest.commonPeriod.months);
    expect(view.evidence.rows.length).toBeGreaterThan(0);
    expect(view.synthetic).toBe(true);
    expect(view.methodology.datasets.map((d) => d.vintage)).toContain("synthetic-v1");
  });

  test("more risk tolerance raises the small-cap share", async () => {
    const low = await generateProposalAction({ clientId, assumptions: { ...defaults, riskTolerance: 1 } });
    const high = await generateProposalAction({ clientId, assumptions: { ...defaults, riskTolerance: 5 } });
    if (!low.ok || !high.ok) throw new Error("expected ok");
    expect(high.data.allocation.smallCapShareOfEquities!).toBeGreaterThan(low.data.allocation.smallCapShareOfEquities!);
  });

  test("a client's current allocation becomes the benchmark", async () => {
    const mixed = await createClientAction(
      clientValues({ name: "Has a portfolio", currentUsEquityPct: "40", currentIntlEquityPct: "10", currentBondsPct: "40", currentCashPct: "10" }),
    );
    if (!mixed.ok) throw new Error("setup failed");
    const result = await generateProposalAction({ clientId: mixed.data.id, assumptions: defaults });
    if (!result.ok) throw new Error("expected ok");
    expect(result.data.backtest.benchmark.current).toEqual({ usEquity: 0.4, intlEquity: 0.1, bonds: 0.4, cash: 0.1 });
    expect(result.data.backtest.benchmark.weights.CASH).toBeCloseTo(0.1, 12);
  });

  test("another advisor's client id is not found", async () => {
    session.user = intruder;
    expect(await generateProposalAction({ clientId, assumptions: defaults })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
  });

  test("malformed assumptions are rejected with field errors", async () => {
    const result = await generateProposalAction({
      clientId,
      assumptions: { ...defaults, smallCapSharePct: 140, includedRegions: [], rebalance: "weekly" as never },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("INVALID_INPUT");
    expect(Object.keys(result.error.fieldErrors ?? {}).sort()).toEqual([
      "assumptions.includedRegions",
      "assumptions.rebalance",
      "assumptions.smallCapSharePct",
    ]);
  });
});

describe("saveScenario", () => {
  test("stores inputs, outputs and the methodology stamp; the scenario is listed under the client", async () => {
    const saved = await saveScenarioAction({ clientId, name: "Base case", assumptions: { ...defaults, rebalance: "quarterly" } });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect((await listScenarios(owner.id, clientId)).map((s) => s.name)).toEqual(["Base case"]);
    const scenario = await getScenarioOrThrow(owner.id, saved.data.id);
    const version = scenario.versions[0]!;
    expect(version.version).toBe(1);
    expect(version.methodology).toMatchObject({ engineVersion: expect.any(String), rebalance: "quarterly", survivorship: "total_loss" });
    expect((version.inputs as { assumptions: unknown }).assumptions).toMatchObject({ rebalance: "quarterly" });
    const live = await generateProposalAction({ clientId, assumptions: { ...defaults, rebalance: "quarterly" } });
    if (!live.ok) throw new Error("expected ok");
    // The live page loads the risk section separately; a save stores both, with the projection's stamp.
    const risk = await projectRiskAction({ clientId, assumptions: { ...defaults, rebalance: "quarterly" } });
    if (!risk.ok) throw new Error("expected ok");
    const shown = { ...live.data, risk: risk.data, methodology: { ...live.data.methodology, risk: risk.data.projection.methodology } };
    // What was saved is what the page showed, the page's copy being rounded for the browser (clientView).
    expect(clientView(version.outputs as ProposalView)).toEqual(JSON.parse(JSON.stringify(clientView(shown))));
  });

  test("another advisor cannot save on this client, nor read the scenario", async () => {
    const saved = await saveScenarioAction({ clientId, name: "Mine", assumptions: defaults });
    if (!saved.ok) throw new Error("expected ok");
    session.user = intruder;
    const count = await db.scenario.count();
    expect(await saveScenarioAction({ clientId, name: "Planted", assumptions: defaults })).toEqual({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await db.scenario.count()).toBe(count);
    await expect(getScenarioOrThrow(intruder.id, saved.data.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("saves count against the per-user save limit", async () => {
    const { limit } = RATE_LIMITS.save;
    for (let i = 0; i < limit; i++) {
      expect(await saveScenarioAction({ clientId: "does-not-exist", name: `Try ${i}`, assumptions: defaults })).toMatchObject({ ok: false });
    }
    expect(await saveScenarioAction({ clientId, name: "One too many", assumptions: defaults })).toEqual({ ok: false, error: { code: "RATE_LIMITED" } });
    expect(await db.scenario.count({ where: { advisorId: owner.id } })).toBe(0);
  });

  test("an empty name is a field error", async () => {
    const result = await saveScenarioAction({ clientId, name: "  ", assumptions: defaults });
    expect(result).toEqual({ ok: false, error: { code: "INVALID_INPUT", fieldErrors: { name: ["errors.required"] } } });
  });
});

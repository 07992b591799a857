import { beforeAll, describe, expect, test } from "vitest";
import { session } from "./helpers/session-mock";
import { resetRequest } from "./helpers/next-request-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { projectRiskAction } from "@/lib/actions/proposals/project-risk";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import { saveScenarioVersionAction } from "@/lib/actions/scenarios/save-scenario-version";
import { getScenarioVersionOrThrow } from "@/lib/db/scenarios";
import { loadMarketData } from "@/lib/services/proposal/load-market-data";
import { runMonteCarlo, RISK_ENGINE_VERSION } from "@/lib/risk";
import type { SessionUser } from "@/lib/auth/session";
import type { ScenarioRouteContext } from "@/app/(app)/scenarios/[id]/scenario-export";
import { GET as getReportPdf } from "@/app/(app)/scenarios/[id]/report.pdf/route";
import { pageTexts } from "../helpers/pdf-text";

/**
 * A saved scenario keeps the proposal's forward-looking risk and the projection's method, seed, paths and block
 * length in its methodology stamp; re-running the engine with what was stored, on the same sleeve history, gives
 * the stored projection exactly. The live page's risk action answers the same for the same assumptions.
 */
const ASSUMPTIONS = { activeOverride: "model", rebalance: "quarterly", yearlyCashFlow: 12_000, inflationPct: 2, targetAmount: 900_000, shockEquitiesPct: -25 } as const;

let owner: SessionUser;
let clientId: string;
let scenarioId: string;

beforeAll(async () => {
  await seedMarketData();
  owner = await makeAdvisor();
  session.user = owner;
  const client = await createClientAction(clientValues({ name: "Risk client", horizonYears: "12", investableAssets: "750000" }));
  if (!client.ok) throw new Error(`setup: createClient failed: ${JSON.stringify(client.error)}`);
  clientId = client.data.id;
  const saved = await saveScenarioAction({ clientId, name: "Projected", assumptions: ASSUMPTIONS });
  if (!saved.ok) throw new Error(`setup: saveScenario failed: ${JSON.stringify(saved.error)}`);
  scenarioId = saved.data.id;
}, 120_000);

describe("a saved scenario's risk section", () => {
  test("the stamp holds the method, seed, paths, block length and risk engine version, in the view and in its own column", async () => {
    const { version } = await getScenarioVersionOrThrow(owner.id, scenarioId);
    const risk = version.view!.risk!;
    const stamp = version.view!.methodology.risk!;
    expect(stamp).toMatchObject({ method: "stationary_block_bootstrap", paths: 10_000, meanBlockLength: 12, engineVersion: RISK_ENGINE_VERSION });
    expect(Number.isInteger(stamp.seed)).toBe(true);
    expect(risk.projection.methodology).toEqual(stamp);
    const row = await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId, version: 1 } });
    expect((JSON.parse(row.methodology) as { risk: unknown }).risk).toEqual(stamp);
    expect(risk.inputs).toMatchObject({ horizonYears: 12, initialAmount: 750_000, yearlyCashFlow: 12_000, inflation: 0.02, target: { amount: 900_000, basis: "real" } });
    expect(risk.shocks.scenario.equities).toBeCloseTo(-0.25, 12);
    expect(risk.stress).toHaveLength(5);
  });

  test("re-running runMonteCarlo with the stored seed and inputs on the same history gives the stored projection", async () => {
    const { version } = await getScenarioVersionOrThrow(owner.id, scenarioId);
    const { inputs, projection } = version.view!.risk!;
    const { seed, paths, meanBlockLength } = version.view!.methodology.risk!;
    const market = await loadMarketData(owner.firmId);
    const rerun = runMonteCarlo({ series: market.history.series, ...inputs, seed, paths, meanBlockLength });
    expect(rerun).toEqual(projection);
  }, 60_000);

  test("the live page's risk action gives the same numbers for the same assumptions", async () => {
    session.user = owner;
    resetRequest();
    const live = await projectRiskAction({ clientId, assumptions: ASSUMPTIONS });
    if (!live.ok) throw new Error(JSON.stringify(live.error));
    const { version } = await getScenarioVersionOrThrow(owner.id, scenarioId);
    expect(live.data).toEqual(version.view!.risk);
  }, 60_000);

  test("another advisor's call for this client is NOT_FOUND and projects nothing", async () => {
    session.user = await makeAdvisor();
    resetRequest();
    const refused = await projectRiskAction({ clientId, assumptions: ASSUMPTIONS });
    expect(refused).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    session.user = owner;
  });

  test("a new version stores its own risk section, for its own assumptions", async () => {
    session.user = owner;
    resetRequest();
    const next = await saveScenarioVersionAction({ scenarioId, basedOnVersion: 1, assumptions: { activeOverride: "model", rebalance: "quarterly", riskTolerance: 5 } });
    if (!next.ok) throw new Error(JSON.stringify(next.error));
    const { version } = await getScenarioVersionOrThrow(owner.id, scenarioId, 2);
    expect(version.view!.risk!.fit.riskTolerance).toBe(5);
    expect(version.view!.risk!.inputs).not.toHaveProperty("target");
  }, 60_000);

  test("the PDF report has a page for it", async () => {
    session.user = owner;
    resetRequest();
    const context: ScenarioRouteContext = { params: Promise.resolve({ id: scenarioId }) };
    const response = await getReportPdf(new Request(`http://localhost/scenarios/${scenarioId}/report.pdf?version=1`), context);
    expect(response.status).toBe(200);
    const text = pageTexts(new Uint8Array(await response.arrayBuffer())).map((p) => p.text).join("\n").replace(/\s+/g, " ");
    for (const part of ["Forward-looking risk", "Historical stress tests", "Global financial crisis", "Hypothetical shocks", "Fit with the risk tolerance"]) expect(text).toContain(part);
  }, 60_000);
});

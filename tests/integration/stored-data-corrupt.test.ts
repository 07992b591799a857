import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { session } from "./helpers/session-mock";
import { makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { getClientOrThrow } from "@/lib/db/clients";
import { listClientPage } from "@/lib/db/client-list";
import { getScenarioOrThrow } from "@/lib/db/scenarios";
import { generateProposalAction } from "@/lib/actions/proposals/generate-proposal";
import type { SessionUser } from "@/lib/auth/session";

let advisor: SessionUser;
let logged: ReturnType<typeof vi.spyOn>;

/** A client row written with Prisma directly, bypassing the form's validation: what a damaged row looks like. */
async function clientRow(patch: Record<string, unknown> = {}) {
  const row = await db.client.create({
    data: {
      advisorId: advisor.id, name: "Stored", nameSearch: "stored ", homeMarket: "US", riskTolerance: 3, horizonYears: 10,
      investableAssets: 1000, currency: "USD", excludedRegions: "[]", currentAllocation: null, ...patch,
    },
  });
  return row.id;
}

const validMethodology = { engineVersion: "1", parametersVersion: "1", datasets: [], rebalance: "annual" };
const validOutputs = {
  client: { id: "c", currency: "USD", riskTolerance: 3 },
  assumptions: {},
  allocation: { lines: [] },
  backtest: { months: [], stats: {} },
  evidence: { rows: [] },
  synthetic: true,
  methodology: validMethodology,
};
const validInputs = { client: { id: "c" }, assumptions: {} };

async function scenarioRow(patch: Partial<Record<"inputs" | "outputs" | "methodology", string>>) {
  const clientId = await clientRow();
  const version = { version: 1, inputs: JSON.stringify(validInputs), outputs: JSON.stringify(validOutputs), methodology: JSON.stringify(validMethodology), ...patch };
  const scenario = await db.scenario.create({ data: { advisorId: advisor.id, clientId, name: "S", versions: { create: version } } });
  return scenario.id;
}

beforeAll(async () => {
  // Market data present, so that the proposal fails on the client row and not for want of data.
  await seedMarketData();
});

beforeEach(async () => {
  advisor = await makeAdvisor();
  session.user = advisor;
  logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => vi.restoreAllMocks());

describe("a damaged client row is an error, not silently repaired", () => {
  test("a well-formed row reads back", async () => {
    const id = await clientRow({ excludedRegions: '["EM"]', currentAllocation: '{"usEquity":0.5,"intlEquity":0.2,"bonds":0.2,"cash":0.1}' });
    expect(await getClientOrThrow(advisor.id, id)).toMatchObject({ excludedRegions: ["EM"], currentAllocation: { usEquity: 0.5, cash: 0.1 } });
    expect(logged).not.toHaveBeenCalled();
  });

  test.each([
    ["excludedRegions is not JSON", { excludedRegions: "EM,JAPAN" }],
    ["excludedRegions is not a list", { excludedRegions: '{"0":"EM"}' }],
    ["an unknown region", { excludedRegions: '["EM","ATLANTIS"]' }],
    ["currentAllocation is not JSON", { currentAllocation: "{usEquity:1" }],
    ["currentAllocation lacks a share", { currentAllocation: '{"usEquity":0.5,"intlEquity":0.5,"bonds":0}' }],
    ["currentAllocation has a text share", { currentAllocation: '{"usEquity":"0.5","intlEquity":0.2,"bonds":0.2,"cash":0.1}' }],
    ["an unknown home market", { homeMarket: "MARS" }],
    ["an unknown currency", { currency: "XXX" }],
  ])("%s: DATA_CORRUPT, logged with the row id", async (_label, patch) => {
    const id = await clientRow(patch);
    await expect(getClientOrThrow(advisor.id, id)).rejects.toMatchObject({ code: "DATA_CORRUPT" });
    await expect(listClientPage(advisor.id, { q: "", sort: "name", archived: false, page: 1 })).rejects.toMatchObject({ code: "DATA_CORRUPT" });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(id), expect.anything());
  });

  test("the proposal action answers DATA_CORRUPT for it", async () => {
    const id = await clientRow({ excludedRegions: "oops" });
    expect(await generateProposalAction({ clientId: id, assumptions: { activeOverride: "model", rebalance: "annual" } })).toEqual({
      ok: false,
      error: { code: "DATA_CORRUPT" },
    });
  });
});

describe("a damaged scenario version is an error", () => {
  test("a well-formed envelope reads back", async () => {
    const id = await scenarioRow({});
    const scenario = await getScenarioOrThrow(advisor.id, id);
    expect(scenario.versions[0]).toMatchObject({ inputs: validInputs, outputs: validOutputs, methodology: validMethodology });
  });

  test.each([
    ["outputs is not JSON", { outputs: "{" }],
    ["outputs is a list", { outputs: "[]" }],
    ["outputs lacks the allocation", { outputs: JSON.stringify({ ...validOutputs, allocation: undefined }) }],
    ["outputs has no methodology stamp", { outputs: JSON.stringify({ ...validOutputs, methodology: null }) }],
    ["inputs is a string", { inputs: '"x"' }],
    ["methodology lacks the engine version", { methodology: JSON.stringify({ ...validMethodology, engineVersion: undefined }) }],
  ])("%s: DATA_CORRUPT, logged with the version's id", async (_label, patch) => {
    const id = await scenarioRow(patch);
    await expect(getScenarioOrThrow(advisor.id, id)).rejects.toMatchObject({ code: "DATA_CORRUPT" });
    const versionId = (await db.scenarioVersion.findFirstOrThrow({ where: { scenarioId: id } })).id;
    expect(logged).toHaveBeenCalledWith(expect.stringContaining(versionId), expect.anything());
  });
});

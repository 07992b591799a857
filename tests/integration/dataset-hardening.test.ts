import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { session } from "./helpers/session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./helpers/fixtures";
import { db } from "@/lib/db/prisma";
import { globalDatasetExists, insertDataset } from "@/lib/db/datasets";
import { loadDataOverview } from "@/lib/services/datasets/data-overview";
import { loadMarketData } from "@/lib/services/proposal/load-market-data";
import { importHoldingsAction } from "@/lib/actions/admin/import-holdings";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import { isAppError } from "@/lib/errors/app-error";
import { demoDatasets } from "@/lib/demo/demo-datasets";

/** Review findings on the dataset import, activation and loading code: each test failed before its fix. */

const HOLDINGS = [
  "iShares Example Small-Cap ETF",
  'Fund Holdings as of,"Jul 01, 2030"',
  "",
  "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location",
  '"AAA","ALPHA INC","Industrials","Equity","6,000.00","60.00","United States"',
  '"BBB","BETA INC","Energy","Equity","4,000.00","40.00","United States"',
].join("\n");

beforeAll(async () => {
  await seedMarketData();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("dataset hardening", () => {
  test("a holdings upload on /admin is stored with its importer and an activity row, like every other import", async () => {
    const admin = await makeAdvisor("ADMIN");
    session.user = admin;
    const result = await importHoldingsAction({ label: "Example small caps", region: "US", size: "small", fileName: "example.csv", content: Buffer.from(HOLDINGS).toString("base64") });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(await db.dataset.findUniqueOrThrow({ where: { id: result.data.id }, select: { firmId: true, importedById: true } })).toEqual({ firmId: admin.firmId, importedById: admin.id });
    const activity = await db.activity.findMany({ where: { advisorId: admin.id }, select: { kind: true, summary: true } });
    expect(activity).toEqual([{ kind: "dataset_imported", summary: "Example small caps" }]);
  });

  test("the demo seed's existence check does not count a firm's own dataset of the same name and vintage", async () => {
    const admin = await makeAdvisor("ADMIN");
    const name = `Firm copy ${randomUUID()}`;
    await insertDataset({ kind: "snapshots", name, source: "s", vintage: "2030-01-01", asOf: null, synthetic: false, firmId: admin.firmId, payload: [] });
    expect(await globalDatasetExists(name, "2030-01-01")).toBe(false);
    // No global row is written here (other tests read the global datasets): the seeded demo ones answer true.
    const demo = demoDatasets()[0]!;
    expect(await globalDatasetExists(demo.name, demo.vintage)).toBe(true);
  });

  test("the data page of a firm with more datasets than SQLite takes bound parameters still lists them, with their usage", async () => {
    const admin = await makeAdvisor("ADMIN");
    const advisor = await db.user.create({ data: { firmId: admin.firmId, role: "ADVISOR", email: `adv-${admin.id}@example.com`, name: "Advisor", passwordHash: "x" } });
    session.user = { id: advisor.id, firmId: admin.firmId, email: advisor.email, name: advisor.name, role: "ADVISOR", locale: "en" };
    const client = await createClientAction(clientValues({ name: "Demo client" }));
    if (!client.ok) throw new Error(JSON.stringify(client.error));
    const saved = await saveScenarioAction({ clientId: client.data.id, name: "On the demo data", assumptions: { activeOverride: "model", rebalance: "annual" } });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const count = 1100;
    await db.dataset.createMany({
      data: Array.from({ length: count }, (_, i) => ({ kind: "snapshots", name: `d${i}`, source: "s", vintage: "v", synthetic: false, firmId: admin.firmId, payload: "[]" })),
    });
    const overview = await loadDataOverview(admin.firmId);
    expect(overview.datasets.filter((d) => d.firmId === admin.firmId)).toHaveLength(count);
    // The scenario was generated on the global demo datasets, listed after the firm's 1,100 (oldest last).
    const used = overview.datasets.filter((d) => d.usedBy.length > 0);
    expect(used.length).toBeGreaterThan(0);
    for (const d of used) {
      expect(d.firmId).toBeNull();
      expect(d.usedBy).toEqual([{ id: saved.data.id, name: "On the demo data" }]);
    }
  }, 60_000);

  test("an activated French size dataset whose stored payload is damaged is DATA_CORRUPT, never series built from it", async () => {
    const admin = await makeAdvisor("ADMIN");
    vi.spyOn(console, "error").mockImplementation(() => {});
    const section = { title: "Value Weight Returns -- Monthly", kind: "vw", frequency: "monthly", unit: "decimal", line: 1, columns: ["Lo 10", "Hi 10"], periods: ["2020-01"], values: [["0.01"], [0.02]] };
    const damaged = await insertDataset({
      kind: "french_size", name: "Damaged size file", source: "s", vintage: "202601 CRSP", asOf: null, synthetic: false, firmId: admin.firmId,
      payload: { vintage: null, preamble: "", sections: [section] }, slots: ["returns:US_SMALL"],
    });
    await db.datasetActivation.create({ data: { firmId: admin.firmId, slot: "returns:US_SMALL", datasetId: damaged.id, activatedById: admin.id } });
    const error = await loadMarketData(admin.firmId).then(() => null, (e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("DATA_CORRUPT");
  });
});

import { randomUUID } from "node:crypto";
import { session } from "./session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./fixtures";
import { db } from "@/lib/db/prisma";
import { Prisma } from "@/generated/sqlite";
import { listDatasets } from "@/lib/db/datasets";
import { listReferenceFigures } from "@/lib/db/reference-figures";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
import { importPanelDataset } from "@/lib/services/datasets/import-panel";
import { importDataFile } from "@/lib/services/datasets/import-file";
import type { SessionUser } from "@/lib/auth/session";

/**
 * One firm with an advisor who owns a client and a saved scenario, a second advisor and an admin in that firm,
 * and an admin of another firm: everyone the access matrix calls the app as.
 */
export type AccessFixtures = {
  owner: SessionUser;
  colleague: SessionUser;
  firmAdmin: SessionUser;
  outsider: SessionUser;
  clientId: string;
  scenarioId: string;
  /** A stored panel of the owner's firm (small: studied inline) and a finished study job on it. */
  panelDatasetId: string;
  jobId: string;
  /** An imported holdings snapshot of the owner's firm (admins activate and delete it: idsOf imports another once deleted). */
  datasetId: string;
};

/** What an input can name of the owner's: read afresh before each call, since the owner's own edits bump the version. */
export type Ids = { clientId: string; clientVersion: number; scenarioId: string; panelDatasetId: string; jobId: string; datasetId: string };

async function addUser(firmId: string, role: "ADMIN" | "ADVISOR"): Promise<SessionUser> {
  const tag = randomUUID().slice(0, 8);
  const user = await db.user.create({
    data: { firmId, role, email: `matrix-${tag}@example.com`, name: `Matrix ${role} ${tag}`, passwordHash: "not used: no sign-in" },
  });
  return { id: user.id, firmId, email: user.email, name: user.name, role, locale: "en" };
}

export async function makeAccessFixtures(): Promise<AccessFixtures> {
  await seedMarketData();
  const owner = await makeAdvisor("ADVISOR");
  const [colleague, firmAdmin, outsider] = [await addUser(owner.firmId, "ADVISOR"), await addUser(owner.firmId, "ADMIN"), await makeAdvisor("ADMIN")];
  session.user = owner;
  const client = await createClientAction(clientValues({ name: "Owner's client" }));
  if (!client.ok) throw new Error(`fixture: createClient failed: ${JSON.stringify(client.error)}`);
  const scenario = await saveScenarioAction({ clientId: client.data.id, name: "Owner's scenario", assumptions: { activeOverride: "model", rebalance: "annual" } });
  if (!scenario.ok) throw new Error(`fixture: saveScenario failed: ${JSON.stringify(scenario.error)}`);
  session.user = null;
  const { panelDatasetId, jobId } = await makePanelFixtures(owner);
  const datasetId = await importMatrixDataset(firmAdmin);
  return { owner, colleague, firmAdmin, outsider, clientId: client.data.id, scenarioId: scenario.data.id, panelDatasetId, jobId, datasetId };
}

/** A minimal iShares export, named as an IWM file so it fills the US small-cap snapshot slot. */
const MATRIX_HOLDINGS = [
  "iShares Russell 2000 ETF",
  'Fund Holdings as of,"Jan 02, 2031"',
  "",
  "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Location",
  '"MTXA","MATRIX ALPHA CORP","Utilities","Equity","6,000.00","60.00","United States"',
  '"MTXB","MATRIX BETA CORP","Materials","Equity","3,900.00","39.00","United States"',
].join("\n");

async function importMatrixDataset(admin: SessionUser): Promise<string> {
  const bytes = Buffer.from(MATRIX_HOLDINGS);
  const imported = await importDataFile({ bytes, fileName: "IWM_matrix.csv", firmId: admin.firmId, importedById: admin.id, options: {}, activate: false });
  return imported.id;
}

export async function idsOf(fx: AccessFixtures): Promise<Ids> {
  const client = await db.client.findUniqueOrThrow({ where: { id: fx.clientId }, select: { version: true } });
  // The firm's admin may have deleted the dataset (deleteDatasetAction): the next caller gets a fresh one.
  if ((await db.dataset.count({ where: { id: fx.datasetId } })) === 0) fx.datasetId = await importMatrixDataset(fx.firmAdmin);
  return { clientId: fx.clientId, clientVersion: client.version, scenarioId: fx.scenarioId, panelDatasetId: fx.panelDatasetId, jobId: fx.jobId, datasetId: fx.datasetId };
}

/**
 * A two-security panel with two May ends (one window) stored for the owner's firm, and a cancelled job on it
 * (finished, so no call starts a runner).
 */
async function makePanelFixtures(owner: SessionUser) {
  const csv = "id,date,market_cap,return\nA,2020-05-29,100,\nB,2020-05-29,50,\nA,2021-05-31,110,0.1\nB,2021-05-31,40,-0.2\n";
  const panel = await importPanelDataset({ bytes: Buffer.from(csv), fileName: "matrix-panel.csv", label: "Matrix panel", firmId: owner.firmId, importedById: owner.id });
  const job = await db.backtestJob.create({
    data: { firmId: owner.firmId, userId: owner.id, datasetId: panel.id, cacheKey: "matrix", engineVersion: "matrix", inputs: "{}", status: "cancelled", cancelRequested: true },
  });
  return { panelDatasetId: panel.id, jobId: job.id };
}

/** Row counts of every table but RateCounter (which counts refused calls too, by design). */
async function tableCounts(): Promise<Record<string, number>> {
  const models = Object.values(Prisma.ModelName).filter((m) => m !== "RateCounter");
  const delegates = db as unknown as Record<string, { count(): Promise<number> }>;
  const count = (model: string) => delegates[model.charAt(0).toLowerCase() + model.slice(1)]!.count();
  return Object.fromEntries(await Promise.all(models.map(async (m) => [m, await count(m)] as const)));
}

/** The owner's own rows: only the owner may change them. */
async function ownerRows(fx: AccessFixtures) {
  const [client, scenario, user] = await Promise.all([
    db.client.findUniqueOrThrow({ where: { id: fx.clientId }, select: { updatedAt: true, version: true, archivedAt: true } }),
    db.scenario.findUniqueOrThrow({ where: { id: fx.scenarioId }, select: { updatedAt: true, _count: { select: { versions: true } } } }),
    db.user.findUniqueOrThrow({ where: { id: fx.owner.id }, select: { updatedAt: true, locale: true, role: true } }),
  ]);
  return { client, scenario, user };
}

/** What the owner's firm shares: only its admins (and the owner, where allowed) may change it. */
async function firmShared(fx: AccessFixtures) {
  const [figures, datasets] = await Promise.all([listReferenceFigures(fx.owner.firmId), listDatasets(fx.owner.firmId)]);
  return { figures, datasets: datasets.map((d) => d.id) };
}

export async function snapshotOf(fx: AccessFixtures) {
  const [counts, owner, firm] = await Promise.all([tableCounts(), ownerRows(fx), firmShared(fx)]);
  return { counts, owner, firm };
}

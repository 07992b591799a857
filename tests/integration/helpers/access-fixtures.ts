import { randomUUID } from "node:crypto";
import { session } from "./session-mock";
import { clientValues, makeAdvisor, seedMarketData } from "./fixtures";
import { db } from "@/lib/db/prisma";
import { Prisma } from "@/generated/sqlite";
import { listDatasets } from "@/lib/db/datasets";
import { listReferenceFigures } from "@/lib/db/reference-figures";
import { createClientAction } from "@/lib/actions/clients/create-client";
import { saveScenarioAction } from "@/lib/actions/scenarios/save-scenario";
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
};

/** What an input can name of the owner's: read afresh before each call, since the owner's own edits bump the version. */
export type Ids = { clientId: string; clientVersion: number; scenarioId: string };

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
  return { owner, colleague, firmAdmin, outsider, clientId: client.data.id, scenarioId: scenario.data.id };
}

export async function idsOf(fx: AccessFixtures): Promise<Ids> {
  const client = await db.client.findUniqueOrThrow({ where: { id: fx.clientId }, select: { version: true } });
  return { clientId: fx.clientId, clientVersion: client.version, scenarioId: fx.scenarioId };
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

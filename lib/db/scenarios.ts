import type { z } from "zod";
import { db } from "./prisma";
import { recordActivity } from "./activity";
import { AppError } from "../errors/app-error";
import { parseStoredRow } from "../validation/stored-json";
import { storedScenarioVersionSchema } from "../validation/stored-scenario";

export type ScenarioSummary = {
  id: string;
  name: string;
  clientId: string;
  clientName: string;
  latestVersion: number;
  createdAt: Date;
  updatedAt: Date;
};

const summarySelect = {
  id: true,
  name: true,
  clientId: true,
  createdAt: true,
  updatedAt: true,
  client: { select: { name: true } },
  versions: { select: { version: true }, orderBy: { version: "desc" as const }, take: 1 },
};

type SummaryRow = {
  id: string;
  name: string;
  clientId: string;
  createdAt: Date;
  updatedAt: Date;
  client: { name: string };
  versions: { version: number }[];
};

function toSummary(row: SummaryRow): ScenarioSummary {
  return {
    id: row.id,
    name: row.name,
    clientId: row.clientId,
    clientName: row.client.name,
    latestVersion: row.versions[0]?.version ?? 0,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function listScenarios(advisorId: string, clientId?: string): Promise<ScenarioSummary[]> {
  const rows = await db.scenario.findMany({
    where: { advisorId, ...(clientId ? { clientId } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: summarySelect,
    take: 200,
  });
  return rows.map(toSummary);
}

type StoredContent = z.output<typeof storedScenarioVersionSchema>;

/** A stored version, its JSON envelope checked (lib/validation/stored-scenario.ts). */
export type ScenarioVersionRecord = StoredContent & { version: number; createdAt: Date };

/** @throws AppError NOT_FOUND for a missing scenario or another advisor's; DATA_CORRUPT for a damaged version */
export async function getScenarioOrThrow(advisorId: string, id: string) {
  const row = await db.scenario.findFirst({
    where: { id, advisorId },
    include: { client: { select: { id: true, name: true } }, versions: { orderBy: { version: "desc" } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return {
    id: row.id,
    name: row.name,
    client: row.client,
    createdAt: row.createdAt,
    versions: row.versions.map(
      (v): ScenarioVersionRecord => ({
        version: v.version,
        ...parseStoredRow(storedScenarioVersionSchema, v, { table: "ScenarioVersion", id: v.id }),
        createdAt: v.createdAt,
      }),
    ),
  };
}

type VersionContent = { inputs: unknown; outputs: unknown; methodology: unknown };

/**
 * Saves a new scenario with version 1 and its "scenario_saved" activity, in one transaction. The client's
 * ownership is part of the lookup, so a foreign client id is NOT_FOUND. Versions are never updated in place.
 */
export async function insertScenario(advisorId: string, clientId: string, name: string, content: VersionContent) {
  return db.$transaction(async (tx) => {
    const client = await tx.client.findFirst({ where: { id: clientId, advisorId }, select: { id: true } });
    if (!client) throw new AppError("NOT_FOUND");
    const scenario = await tx.scenario.create({
      data: { advisorId, clientId, name, versions: { create: { version: 1, ...serialise(content) } } },
      select: { id: true, name: true },
    });
    await recordActivity(tx, { advisorId, kind: "scenario_saved", summary: name, clientId });
    return scenario;
  });
}

function serialise(content: VersionContent) {
  return {
    inputs: JSON.stringify(content.inputs),
    outputs: JSON.stringify(content.outputs),
    methodology: JSON.stringify(content.methodology),
  };
}

export async function countScenarios(advisorId: string): Promise<number> {
  return db.scenario.count({ where: { advisorId } });
}

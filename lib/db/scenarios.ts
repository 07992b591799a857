import { z } from "zod";
import { db } from "./prisma";
import { recordActivity } from "./activity";
import { appendScenarioEvent } from "./scenario-events";
import { AppError } from "../errors/app-error";
import { parseStoredRow } from "../validation/stored-json";
import { readStoredVersion, storedScenarioVersionSchema, type StoredVersion } from "../validation/stored-scenario";
import { exportEventKind, type ExportFormat } from "../scenarios/events";
import { SCENARIO_STATUSES, type ScenarioStatus } from "../scenarios/status";
import type { VersionContent } from "../scenarios/content";

export type ScenarioSummary = {
  id: string;
  name: string;
  clientId: string;
  clientName: string;
  status: ScenarioStatus;
  latestVersion: number;
  createdAt: Date;
  updatedAt: Date;
};

export const summarySelect = {
  id: true,
  name: true,
  clientId: true,
  status: true,
  latestVersion: true,
  createdAt: true,
  updatedAt: true,
  client: { select: { name: true } },
} as const;

type SummaryRow = Omit<ScenarioSummary, "clientName" | "status"> & { status: string; client: { name: string } };

const statusSchema = z.object({ status: z.enum(SCENARIO_STATUSES) });

/** @throws AppError DATA_CORRUPT for a status the app never writes (logged with the id) */
export function toSummary(row: SummaryRow): ScenarioSummary {
  const { client, ...rest } = row;
  return { ...rest, clientName: client.name, ...parseStoredRow(statusSchema, row, { table: "Scenario", id: row.id }) };
}

/** The advisor's scenarios, newest first (at most 200): the client page's list. */
export async function listScenarios(advisorId: string, clientId?: string): Promise<ScenarioSummary[]> {
  const rows = await db.scenario.findMany({
    where: { advisorId, ...(clientId ? { clientId } : {}) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: summarySelect,
    take: 200,
  });
  return rows.map(toSummary);
}

/** What a page or report says about a scenario besides its content. */
export type ScenarioHeader = {
  id: string;
  name: string;
  status: ScenarioStatus;
  latestVersion: number;
  createdAt: Date;
  updatedAt: Date;
  client: { id: string; name: string; currency: string };
  advisorName: string;
  firmName: string;
};

/**
 * The advisor's own scenario and one stored version of it (the latest when `version` is omitted), read as
 * stored: never recomputed, and never throwing for a version an older engine wrote (its `view` is null).
 * @throws AppError NOT_FOUND for a missing scenario, another advisor's, or a version it does not have
 */
export async function getScenarioVersionOrThrow(advisorId: string, scenarioId: string, version?: number): Promise<{ scenario: ScenarioHeader; version: StoredVersion }> {
  const row = await db.scenario.findFirst({
    where: { id: scenarioId, advisorId },
    select: {
      ...summarySelect,
      client: { select: { id: true, name: true, currency: true } },
      advisor: { select: { name: true, firm: { select: { name: true } } } },
      versions: { where: version === undefined ? {} : { version }, orderBy: { version: "desc" }, take: 1 },
    },
  });
  const stored = row?.versions[0];
  if (!row || !stored) throw new AppError("NOT_FOUND");
  const scenario: ScenarioHeader = {
    id: row.id,
    name: row.name,
    status: parseStoredRow(statusSchema, row, { table: "Scenario", id: row.id }).status,
    latestVersion: row.latestVersion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    client: row.client,
    advisorName: row.advisor.name,
    firmName: row.advisor.firm.name,
  };
  return { scenario, version: readStoredVersion(stored) };
}

/**
 * Records that a version left the app as a PDF or CSV file, in the scenario's audit trail (as the advisor).
 * @throws AppError NOT_FOUND for a missing scenario, another advisor's, or a version it does not have
 */
export async function recordScenarioExport(advisorId: string, scenarioId: string, version: number, format: ExportFormat): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await tx.scenarioVersion.count({ where: { scenarioId, version, scenario: { advisorId } } });
    if (found === 0) throw new AppError("NOT_FOUND");
    await appendScenarioEvent(tx, { scenarioId, userId: advisorId, kind: exportEventKind(format), version });
  });
}

type StoredContent = z.output<typeof storedScenarioVersionSchema>;

/** A stored version, its JSON envelope checked (lib/validation/stored-scenario.ts). */
export type ScenarioVersionRecord = StoredContent & { version: number; createdAt: Date };

/**
 * The scenario with every version's envelope checked, strictly: for checks over all versions at once. The pages
 * read one version at a time with getScenarioVersionOrThrow, which shows an unreadable version as such.
 * @throws AppError NOT_FOUND for a missing scenario or another advisor's; DATA_CORRUPT for a damaged version
 */
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

export function serialiseContent(content: VersionContent) {
  return {
    inputs: JSON.stringify(content.inputs),
    outputs: JSON.stringify(content.outputs),
    methodology: JSON.stringify(content.methodology),
  };
}

export type NewScenario = { advisorId: string; clientId: string; name: string; content: VersionContent; /** fixed ids for the demo seed */ id?: string };

/**
 * Saves a new scenario (a draft) with version 1, its "created" audit event and its "scenario_saved" activity,
 * in one transaction. The client's ownership is part of the lookup, so a foreign client id is NOT_FOUND.
 */
export async function insertScenario({ advisorId, clientId, name, content, id }: NewScenario) {
  return db.$transaction(async (tx) => {
    const client = await tx.client.findFirst({ where: { id: clientId, advisorId }, select: { id: true } });
    if (!client) throw new AppError("NOT_FOUND");
    const scenario = await tx.scenario.create({
      data: { id, advisorId, clientId, name, nameSearch: name.toLowerCase(), versions: { create: { version: 1, ...serialiseContent(content) } } },
      select: { id: true, name: true },
    });
    await appendScenarioEvent(tx, { scenarioId: scenario.id, userId: advisorId, kind: "created", version: 1 });
    await recordActivity(tx, { advisorId, kind: "scenario_saved", summary: name, clientId });
    return scenario;
  });
}

export async function countScenarios(advisorId: string): Promise<number> {
  return db.scenario.count({ where: { advisorId } });
}

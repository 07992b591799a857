import { z } from "zod";
import { db } from "./prisma";
import type { Tx } from "./activity";
import { parseStoredRow } from "../validation/stored-json";
import { SCENARIO_EVENT_KINDS, VERSION_WRITING_KINDS, type ScenarioEventKind } from "../scenarios/events";
import { SCENARIO_STATUSES, type ScenarioStatus } from "../scenarios/status";

/**
 * A scenario's audit trail. Rows are only ever created, each inside the transaction of the change it records
 * (a version, a status change, an export), so a change never exists without its row. Nothing in the app updates
 * or deletes them: there is no function for it here, and lib/db is the only place that talks to Prisma.
 */

export type ScenarioEventEntry = {
  scenarioId: string;
  userId: string;
  kind: ScenarioEventKind;
  version: number | null;
  fromStatus?: ScenarioStatus;
  toStatus?: ScenarioStatus;
};

export async function appendScenarioEvent(tx: Tx, entry: ScenarioEventEntry): Promise<void> {
  await tx.scenarioEvent.create({ data: entry });
}

export type ScenarioEventRecord = {
  id: string;
  kind: ScenarioEventKind;
  version: number | null;
  fromStatus: ScenarioStatus | null;
  toStatus: ScenarioStatus | null;
  createdAt: Date;
  userName: string;
};

const storedEventSchema = z.object({
  kind: z.enum(SCENARIO_EVENT_KINDS),
  fromStatus: z.enum(SCENARIO_STATUSES).nullable(),
  toStatus: z.enum(SCENARIO_STATUSES).nullable(),
});

/** The advisor's own scenario's events, oldest first; another advisor's scenario has none. */
export async function listScenarioEvents(advisorId: string, scenarioId: string): Promise<ScenarioEventRecord[]> {
  const rows = await db.scenarioEvent.findMany({
    where: { scenarioId, scenario: { advisorId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { user: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    userName: row.user.name,
    ...parseStoredRow(storedEventSchema, row, { table: "ScenarioEvent", id: row.id }),
  }));
}

export type VersionStamp = { version: number; savedAt: Date; savedBy: string | null };

/** The advisor's own scenario's versions, newest first, with who wrote each (from the trail). */
export async function listVersionStamps(advisorId: string, scenarioId: string, take?: number): Promise<VersionStamp[]> {
  const [versions, writes] = await Promise.all([
    db.scenarioVersion.findMany({
      where: { scenarioId, scenario: { advisorId } },
      orderBy: { version: "desc" },
      select: { version: true, createdAt: true },
      take,
    }),
    db.scenarioEvent.findMany({
      where: { scenarioId, scenario: { advisorId }, kind: { in: [...VERSION_WRITING_KINDS] } },
      select: { version: true, user: { select: { name: true } } },
    }),
  ]);
  const by = new Map(writes.map((w) => [w.version, w.user.name]));
  return versions.map((v) => ({ version: v.version, savedAt: v.createdAt, savedBy: by.get(v.version) ?? null }));
}

import { db } from "./prisma";
import { isUniqueViolation } from "./unique-violation";
import { recordActivity, type Tx } from "./activity";
import { appendScenarioEvent, listVersionStamps, type VersionStamp } from "./scenario-events";
import { serialiseContent } from "./scenarios";
import type { VersionContent } from "../scenarios/content";
import { AppError } from "../errors/app-error";
import { isScenarioStatus, type ScenarioStatus } from "../scenarios/status";

export type NextVersion = { advisorId: string; scenarioId: string; basedOnVersion: number; content: VersionContent };

/**
 * Writes the next version of the advisor's own scenario, with its audit event and activity, in one transaction.
 * Optimistic concurrency: the scenario's latest version moves from `basedOnVersion` to the next only if it is
 * still `basedOnVersion` (so of two saves based on one version exactly one succeeds), and the unique
 * (scenarioId, version) of ScenarioVersion refuses a second row for a number in the database as well. A
 * scenario that was proposed, accepted or declined returns to draft: what the client saw was an earlier version.
 * @throws AppError NOT_FOUND for a missing scenario or another advisor's; CONFLICT when the scenario has moved on
 * from `basedOnVersion` (nothing is written)
 */
export async function insertScenarioVersion({ advisorId, scenarioId, basedOnVersion, content }: NextVersion) {
  const version = basedOnVersion + 1;
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.scenario.updateMany({ where: { id: scenarioId, advisorId, latestVersion: basedOnVersion }, data: { latestVersion: version } });
      if (count === 0) throw new AppError((await tx.scenario.count({ where: { id: scenarioId, advisorId } })) > 0 ? "CONFLICT" : "NOT_FOUND");
      const scenario = await tx.scenario.findFirstOrThrow({ where: { id: scenarioId, advisorId }, select: { name: true, clientId: true, status: true } });
      await tx.scenarioVersion.create({ data: { scenarioId, version, ...serialiseContent(content) } });
      await appendScenarioEvent(tx, { scenarioId, userId: advisorId, kind: "version_saved", version });
      const status = await backToDraft(tx, advisorId, scenarioId, scenario.status, version);
      await recordActivity(tx, { advisorId, kind: "scenario_saved", summary: scenario.name, clientId: scenario.clientId });
      return { id: scenarioId, version, status, clientId: scenario.clientId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT");
    throw error;
  }
}

async function backToDraft(tx: Tx, advisorId: string, scenarioId: string, from: string, version: number): Promise<ScenarioStatus> {
  if (from === "draft") return "draft";
  if (!isScenarioStatus(from)) throw new AppError("DATA_CORRUPT", `Scenario ${scenarioId}`);
  await tx.scenario.updateMany({ where: { id: scenarioId, advisorId }, data: { status: "draft" } });
  await appendScenarioEvent(tx, { scenarioId, userId: advisorId, kind: "status_changed", version, fromStatus: from, toStatus: "draft" });
  return "draft";
}

/**
 * Who wrote the advisor's own scenario's latest version, and when: what a CONFLICT message names.
 * @throws AppError NOT_FOUND for a missing scenario or another advisor's
 */
export async function getLatestVersionStamp(advisorId: string, scenarioId: string): Promise<VersionStamp> {
  const [latest] = await listVersionStamps(advisorId, scenarioId, 1);
  if (!latest) throw new AppError("NOT_FOUND");
  return latest;
}

/**
 * The advisor's own scenario's client and latest version, without reading any version's content.
 * @throws AppError NOT_FOUND for a missing scenario or another advisor's
 */
export async function getScenarioHeadOrThrow(advisorId: string, scenarioId: string): Promise<{ clientId: string; latestVersion: number }> {
  const head = await db.scenario.findFirst({ where: { id: scenarioId, advisorId }, select: { clientId: true, latestVersion: true } });
  if (!head) throw new AppError("NOT_FOUND");
  return head;
}

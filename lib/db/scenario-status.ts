import { db } from "./prisma";
import { appendScenarioEvent } from "./scenario-events";
import { AppError } from "../errors/app-error";
import { canChangeStatus, type ScenarioStatus } from "../scenarios/status";

export type StatusChange = { advisorId: string; scenarioId: string; from: ScenarioStatus; to: ScenarioStatus };

/**
 * Moves the advisor's own scenario from `from` to `to` and appends the change (who, when, at which version) to
 * its trail, in one transaction. `from` is in the update's filter, so a change made on a stale page (someone
 * moved it meanwhile) writes nothing.
 * @throws AppError INVALID_INPUT for a move the workflow does not allow (lib/scenarios/status.ts); NOT_FOUND for
 * a missing scenario or another advisor's; CONFLICT when its status is no longer `from`
 */
export async function changeScenarioStatus({ advisorId, scenarioId, from, to }: StatusChange): Promise<{ status: ScenarioStatus; version: number }> {
  if (!canChangeStatus(from, to)) throw new AppError("INVALID_INPUT");
  return db.$transaction(async (tx) => {
    const { count } = await tx.scenario.updateMany({ where: { id: scenarioId, advisorId, status: from }, data: { status: to } });
    if (count === 0) throw new AppError((await tx.scenario.count({ where: { id: scenarioId, advisorId } })) > 0 ? "CONFLICT" : "NOT_FOUND");
    const { latestVersion } = await tx.scenario.findFirstOrThrow({ where: { id: scenarioId, advisorId }, select: { latestVersion: true } });
    await appendScenarioEvent(tx, { scenarioId, userId: advisorId, kind: "status_changed", version: latestVersion, fromStatus: from, toStatus: to });
    return { status: to, version: latestVersion };
  });
}

import "./zod-config";
import { z } from "zod";
import { idSchema } from "./client";
import { proposalAssumptionsSchema } from "./proposal";
import { canChangeStatus, SCENARIO_STATUSES } from "../scenarios/status";

/** A stored version's number (1, 2, 3…), as an action receives it. */
const versionNumberSchema = z.number({ error: "errors.invalidNumber" }).int({ error: "errors.invalidNumber" }).min(1, { error: "errors.outOfRange" }).max(1_000_000, { error: "errors.outOfRange" });

/**
 * The next version of a scenario. `basedOnVersion` is the scenario's latest version when the advisor opened
 * it (optimistic concurrency): if another save has written the next version since, this one is a CONFLICT.
 */
export const saveScenarioVersionSchema = z.object({
  scenarioId: idSchema,
  basedOnVersion: versionNumberSchema,
  assumptions: proposalAssumptionsSchema,
});

/**
 * A status change names the status it was made from, so one made on a stale page is a CONFLICT rather than
 * a jump the advisor did not see; a move the workflow does not allow (lib/scenarios/status.ts) is refused here.
 */
export const changeScenarioStatusSchema = z
  .object({
    scenarioId: idSchema,
    from: z.enum(SCENARIO_STATUSES, { error: "errors.invalidChoice" }),
    to: z.enum(SCENARIO_STATUSES, { error: "errors.invalidChoice" }),
  })
  .refine((v) => canChangeStatus(v.from, v.to), { path: ["to"], error: "scenarios.transitionRefused" });

export const scenarioIdInputSchema = z.object({ scenarioId: idSchema });

"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { changeScenarioStatusSchema } from "../../validation/scenario-actions";
import { changeScenarioStatus } from "../../db/scenario-status";

/**
 * Moves one of the advisor's scenarios along the workflow (draft → proposed → accepted or declined, and back to
 * draft), recording who did it and when. A move the workflow does not allow is refused by the schema; one made
 * from a status the scenario no longer has is a CONFLICT.
 */
export const changeScenarioStatusAction = authedAction(changeScenarioStatusSchema, async ({ scenarioId, from, to }, { user }) => {
  const changed = await changeScenarioStatus({ advisorId: user.id, scenarioId, from, to });
  revalidatePath(`/scenarios/${scenarioId}`);
  revalidatePath("/scenarios");
  return changed;
});

"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { AppError } from "../../errors/app-error";
import { saveScenarioVersionSchema } from "../../validation/scenario-actions";
import { generateProposal } from "../../services/proposal/generate-proposal";
import { getScenarioHeadOrThrow, insertScenarioVersion } from "../../db/scenario-versions";
import { contentOf } from "../../scenarios/content";

/**
 * Saves the next version of one of the advisor's scenarios (after "Revise" or "Re-run with current data"),
 * recomputed on the server from the validated assumptions for the scenario's client, with today's data. The
 * save names the version it was based on: when another save got there first it is a CONFLICT and nothing is
 * written (checked before the back-test, and again, atomically, when writing).
 */
export const saveScenarioVersionAction = authedAction(
  saveScenarioVersionSchema,
  async ({ scenarioId, basedOnVersion, assumptions }, { user }) => {
    const head = await getScenarioHeadOrThrow(user.id, scenarioId);
    if (head.latestVersion !== basedOnVersion) throw new AppError("CONFLICT");
    const view = await generateProposal({ advisorId: user.id, firmId: user.firmId, clientId: head.clientId, assumptions, withRisk: true });
    const saved = await insertScenarioVersion({
      advisorId: user.id,
      scenarioId,
      basedOnVersion,
      content: contentOf(view, assumptions),
    });
    revalidatePath(`/scenarios/${scenarioId}`);
    revalidatePath(`/clients/${head.clientId}`);
    revalidatePath("/scenarios");
    return { id: scenarioId, version: saved.version, status: saved.status };
  },
  { rateLimit: "save" },
);

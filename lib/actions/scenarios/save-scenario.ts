"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { saveScenarioSchema } from "../../validation/proposal";
import { generateProposal } from "../../services/proposal/generate-proposal";
import { insertScenario } from "../../db/scenarios";
import { contentOf } from "../../scenarios/content";

/**
 * Saves what the advisor sees as a new scenario (version 1, a draft): the proposal is recomputed on the server
 * from the validated assumptions (never taken from the browser) and stored with its inputs, methodology stamp,
 * audit event and activity row. A full back-test per call, so it counts against the per-user "save" limit.
 */
export const saveScenarioAction = authedAction(
  saveScenarioSchema,
  async ({ clientId, name, assumptions }, { user }) => {
    const view = await generateProposal({ advisorId: user.id, firmId: user.firmId, clientId, assumptions, withRisk: true });
    const scenario = await insertScenario({
      advisorId: user.id,
      clientId,
      name,
      content: contentOf(view, assumptions),
    });
    revalidatePath(`/clients/${clientId}`);
    revalidatePath("/scenarios");
    return { id: scenario.id };
  },
  { rateLimit: "save" },
);

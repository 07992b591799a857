"use server";

import { z } from "zod";
import { authedAction } from "../safe-action";
import { idSchema } from "../../validation/client";
import { sizeStudyInputsSchema } from "../../jobs/size-study-inputs";
import { requestPanelStudy } from "../../services/research/panel-study";

const schema = z.object({ datasetId: idSchema, inputs: sizeStudyInputsSchema.default({ rebalanceMonth: 5, costBps: 0, includePreferred: false }) });

/**
 * Runs the size study on one of the user's firm's stored panels: the study itself for a small panel, else the
 * background job (new, or the cached or running one with the same dataset, inputs and engine version).
 * Another firm's dataset id answers NOT_FOUND, as a missing one does.
 */
export const runPanelStudyAction = authedAction(schema, async ({ datasetId, inputs }, { user }) => requestPanelStudy(user, datasetId, inputs), { rateLimit: "generate" });

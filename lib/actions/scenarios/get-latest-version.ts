"use server";

import { authedAction } from "../safe-action";
import { scenarioIdInputSchema } from "../../validation/scenario-actions";
import { getLatestVersionStamp } from "../../db/scenario-versions";

/**
 * Who saved the latest version of one of the advisor's scenarios, and when: asked by a form whose save came
 * back CONFLICT, to say "Version 4 was saved by … at …" (error results carry a code only).
 */
export const getLatestVersionAction = authedAction(scenarioIdInputSchema, async ({ scenarioId }, { user }) => getLatestVersionStamp(user.id, scenarioId));

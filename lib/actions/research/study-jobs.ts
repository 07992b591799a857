"use server";

import { z } from "zod";
import { authedAction } from "../safe-action";
import { idSchema } from "../../validation/client";
import { cancelPanelStudyJob, getPanelStudyJob } from "../../services/research/panel-study";

const schema = z.object({ jobId: idSchema });

/**
 * A study job of the user's firm, polled by the research page: status, progress (0..1) and the study once
 * done. Jobs are the firm's, like its datasets: a colleague who asks the same question shares the answer.
 * Another firm's job id answers NOT_FOUND.
 */
export const getStudyJobAction = authedAction(schema, async ({ jobId }, { user }) => getPanelStudyJob(user.firmId, jobId));

/** Cancels a study job of the user's firm: at once when queued, at the runner's next step when running. */
export const cancelStudyJobAction = authedAction(schema, async ({ jobId }, { user }) => cancelPanelStudyJob(user.firmId, jobId));

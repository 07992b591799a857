"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { activateDataset, chooseSlotDataset, deleteDataset } from "../../db/dataset-activation";
import { parseSlotKey } from "../../market/slots";
import { idSchema } from "../../validation/client";

const datasetInput = z.object({ datasetId: idSchema });

/**
 * Admins choose which of their firm's datasets stand in its proposals. Every query names the admin's firm:
 * another firm's dataset id answers NOT_FOUND, exactly like a missing one. Advisors get FORBIDDEN.
 */

/** Makes a dataset stand for every slot it can fill (replacing the previous choice in each). */
export const activateDatasetAction = authedAction(
  datasetInput,
  async ({ datasetId }, { user }) => {
    const slots = await activateDataset(user.firmId, datasetId, user.id);
    revalidatePath("/admin/data");
    return { slots };
  },
  { role: "ADMIN" },
);

/** One slot's dataset, or the demo data (`datasetId: null`). */
export const chooseSlotDatasetAction = authedAction(
  z.object({
    slot: z.string().max(64).refine((s) => parseSlotKey(s) !== null, { error: "errors.invalidChoice" }),
    datasetId: idSchema.nullable(),
  }),
  async ({ slot, datasetId }, { user }) => {
    await chooseSlotDataset(user.firmId, slot, datasetId, user.id);
    revalidatePath("/admin/data");
    return { slot, datasetId };
  },
  { role: "ADMIN" },
);

/** Deletes a dataset no saved scenario was generated with; otherwise names those scenarios and keeps it. */
export const deleteDatasetAction = authedAction(
  datasetInput,
  async ({ datasetId }, { user }) => {
    const outcome = await deleteDataset(user.firmId, datasetId, user.id);
    if (outcome.deleted) revalidatePath("/admin/data");
    return outcome;
  },
  { role: "ADMIN" },
);

"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { clientInputSchema, idSchema } from "../../validation/client";
import { updateClientOrThrow } from "../../db/clients";
import { recordActivity } from "../../db/activity";

const schema = z.object({ id: idSchema, values: clientInputSchema });

export const updateClientAction = authedAction(schema, async ({ id, values }, { user }) => {
  const client = await updateClientOrThrow(user.id, id, values);
  await recordActivity(user.id, "client_updated", client.name, client.id);
  revalidatePath(`/clients/${client.id}`);
  revalidatePath("/clients");
  return { id: client.id };
});

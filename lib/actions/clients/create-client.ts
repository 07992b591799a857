"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { clientInputSchema } from "../../validation/client";
import { insertClient } from "../../db/clients";
import { recordActivity } from "../../db/activity";

export const createClientAction = authedAction(clientInputSchema, async (input, { user }) => {
  const client = await insertClient(user.id, input);
  await recordActivity(user.id, "client_created", client.name, client.id);
  revalidatePath("/clients");
  return { id: client.id };
});

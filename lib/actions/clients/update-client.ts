"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { clientInputSchema, clientVersionSchema, idSchema } from "../../validation/client";
import { updateClient } from "../../services/clients/save-client";

const schema = z.object({ id: idSchema, version: clientVersionSchema, values: clientInputSchema });

/**
 * Saves an edit made on `version` of the client (the one the form loaded): CONFLICT when someone saved it
 * since, so the last writer never overwrites another's changes unseen.
 */
export const updateClientAction = authedAction(schema, async ({ id, version, values }, { user }) => {
  const client = await updateClient({ advisorId: user.id, clientId: id, expectedVersion: version, input: values });
  revalidatePath(`/clients/${client.id}`);
  revalidatePath("/clients");
  return { id: client.id, version: client.version };
});

"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { clientInputSchema } from "../../validation/client";
import { createClient } from "../../services/clients/save-client";

/** Creates a client for the signed-in advisor (with its activity row, in one transaction). */
export const createClientAction = authedAction(clientInputSchema, async (input, { user }) => {
  const client = await createClient({ advisorId: user.id, input });
  revalidatePath("/clients");
  return { id: client.id };
});

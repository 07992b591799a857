"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { authedAction } from "../safe-action";
import { idSchema } from "../../validation/client";
import { setClientArchived } from "../../db/clients";

const schema = z.object({ id: idSchema, archived: z.boolean() });

export const archiveClientAction = authedAction(schema, async ({ id, archived }, { user }) => {
  const client = await setClientArchived(user.id, id, archived);
  revalidatePath("/clients");
  revalidatePath(`/clients/${client.id}`);
  return { id: client.id, archived: client.archivedAt !== null };
});

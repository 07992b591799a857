"use server";

import { authedAction } from "../safe-action";
import { clientListQuerySchema } from "../../validation/client";
import { listClients } from "../../db/clients";

export const listClientsAction = authedAction(clientListQuerySchema, async (query, { user }) =>
  listClients(user.id, query),
);

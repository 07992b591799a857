"use server";

import { z } from "zod";
import { authedAction } from "../safe-action";
import { idSchema } from "../../validation/client";
import { getClientOrThrow } from "../../db/clients";

export const getClientAction = authedAction(z.object({ id: idSchema }), async ({ id }, { user }) =>
  getClientOrThrow(user.id, id),
);
